package vn.nguon.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.notification.application.InboxQueries;
import vn.nguon.web.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * The home page's inbox ({@code index.xhtml}): the caller's unit's latest notifications, each
 * notice rendered from the bundles in the reader's language.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InboxQueries inbox;

    private List<InboxQueries.Entry> notifications;

    @PostConstruct
    void load() {
        notifications = inbox.mine(10);
    }

    public List<InboxQueries.Entry> getNotifications() {
        return notifications;
    }

    public String subject(InboxQueries.Entry n) {
        return n.code() == null ? n.subject() : Messages.text("notice." + n.code() + ".subject", n.args().toArray());
    }

    public String body(InboxQueries.Entry n) {
        return n.code() == null ? n.body() : Messages.text("notice." + n.code() + ".body", n.args().toArray());
    }
}
