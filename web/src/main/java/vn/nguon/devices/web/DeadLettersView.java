package vn.nguon.devices.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.devices.application.DeadLetters;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.web.Messages;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The device messages the broker gave up on ({@code devices/dead-letters.xhtml}), for operators. */
@Named
@ViewScoped
public class DeadLettersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeadLetters deadLetters;

    private List<DeadLetters.Letter> letters = List.of();
    private List<DeadLetters.Sender> senders = List.of();

    @PostConstruct
    void load() {
        try {
            letters = deadLetters.list();
            senders = deadLetters.senders();
        } catch (AccessRefusedException | EJBAccessException e) {
            Messages.error("device.refused");
        }
    }

    public String time(Instant t) {
        return vn.nguon.web.Times.minutes(t);
    }

    public List<DeadLetters.Sender> getSenders() {
        return senders;
    }

    public List<DeadLetters.Letter> getLetters() {
        return letters;
    }
}
