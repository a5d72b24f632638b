package vn.nguon.broadcast.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.broadcast.application.BroadcastQueries;
import vn.nguon.broadcast.application.BulletinView;
import vn.nguon.reporting.application.AccessRefusedException;
import vn.nguon.reporting.web.Messages;
import vn.nguon.web.Times;


import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The broadcasts page ({@code broadcasts/index.xhtml}): bulletins and alerts the caller's unit
 * wrote or receives, newest first, with an attention banner for those waiting for approval.
 */
@Named
@ViewScoped
public class BroadcastsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BroadcastQueries queries;

    private List<BulletinView> bulletins = List.of();
    private long pending;

    @PostConstruct
    void load() {
        try {
            bulletins = queries.list(200);
            pending = queries.pendingApproval();
        } catch (AccessRefusedException | EJBAccessException e) {
            Messages.error("broadcast.refused");
        }
    }

    public String format(Instant t) {
        return Times.minutes(t);
    }

    public List<BulletinView> getBulletins() {
        return bulletins;
    }

    public long getPending() {
        return pending;
    }
}
