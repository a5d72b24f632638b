package vn.nguon.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.notification.application.InboxQueries;

import java.io.Serializable;
import java.util.List;

/** The home page ({@code index.xhtml}): who you are, your unit, your unit's latest notifications. */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InboxQueries inbox;

    private List<InboxQueries.Entry> notifications;

    @PostConstruct
    void load() {
        notifications = inbox.mine(10);
    }

    public List<InboxQueries.Entry> getNotifications() {
        return notifications;
    }
}
