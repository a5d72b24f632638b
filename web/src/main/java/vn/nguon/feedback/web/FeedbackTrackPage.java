package vn.nguon.feedback.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.feedback.application.FeedbackIntake;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.web.Messages;

import java.io.Serializable;
import java.time.Instant;

/**
 * Theo dõi phản ánh ({@code public/feedback/track.xhtml?ref=}, no sign-in): anyone holding the code sees the
 * item's state, its public history and the published answer — never personal data, notes or who handled it —
 * and, once it is answered, rates it; "not satisfied" reopens it at its unit.
 */
@Named
@ViewScoped
public class FeedbackTrackPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FeedbackIntake intake;

    private String code;
    private FeedbackIntake.PublicView current;
    private String comment;
    private boolean searched;

    /** Called by f:viewAction once the code is set. */
    public void init() {
        if (code != null && !code.isBlank()) {
            find();
        }
    }

    public void find() {
        searched = true;
        current = intake.track(code).orElse(null);
        if (current != null) {
            code = current.code(); // as typed it may have had spaces or small letters: the rating needs it whole
        }
        if (current == null) {
            Messages.error("feedback.notFound");
        }
    }

    public void satisfied() {
        rate(true);
    }

    public void notSatisfied() {
        rate(false);
    }

    private void rate(boolean satisfied) {
        try {
            current = intake.rate(code, satisfied, comment);
            comment = null;
            Messages.info(satisfied ? "feedback.rated.satisfied" : "feedback.rated.reopened");
        } catch (ValidationFailedException e) {
            Messages.violations(e.violations(), f -> "feedback.field." + f);
        } catch (TransitionRefusedException e) {
            Messages.error("feedback.rated.already");
        }
    }

    public String time(Instant t) {
        return vn.nguon.web.Times.minutes(t);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public FeedbackIntake.PublicView getCurrent() { return current; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public boolean isSearched() { return searched; }
}
