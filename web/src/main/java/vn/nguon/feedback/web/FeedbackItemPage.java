package vn.nguon.feedback.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.feedback.application.FeedbackAction;
import vn.nguon.feedback.application.FeedbackDesk;
import vn.nguon.feedback.application.FeedbackView;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.web.Messages;
import vn.nguon.web.RefusalPage;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One feedback item ({@code feedback/item.xhtml?id=}) for the units handling it and above: the citizen's words,
 * files and (for the handling unit and above) personal data; its history and internal notes; and the steps the
 * caller may take — accept, start, draft the answer, approve it (a leader), transfer, reject or merge, close.
 */
@Named
@ViewScoped
public class FeedbackItemPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FeedbackDesk desk;

    private Long id;
    private FeedbackView current;
    private String assignee;
    private String answer;
    private String transferTo;
    private String reason;
    private String rejectKind = "NOT_RESPONSIBLE";
    private String duplicateOf;
    private String note;
    private Map<String, String> transferChoices = Map.of();

    /** Called by f:viewAction once the id is set. */
    public void init() {
        try {
            current = desk.get(id == null ? -1 : id, Messages.language());
            answer = current.answerDraft();
            transferChoices = desk.transferChoices();
        } catch (AccessRefusedException | EJBAccessException e) {
            RefusalPage.refused();
        }
    }

    public void accept() {
        run(() -> desk.accept(id, assignee, Messages.language()), "feedback.done.accept");
    }

    public void start() {
        run(() -> desk.start(id, Messages.language()), "feedback.done.start");
    }

    public void draft() {
        run(() -> desk.draft(id, answer, Messages.language()), "feedback.done.draft");
    }

    public void approve() {
        run(() -> desk.approve(id, Messages.language()), "feedback.done.approve");
    }

    public void close() {
        run(() -> desk.close(id, Messages.language()), "feedback.done.close");
    }

    public void transfer() {
        run(() -> desk.transfer(id, transferTo, reason, Messages.language()), "feedback.done.transfer");
    }

    public void reject() {
        run(() -> desk.reject(id, rejectKind, reason, duplicateOf, Messages.language()), "feedback.done.reject");
    }

    public void addNote() {
        run(() -> desk.note(id, note, Messages.language()), "feedback.done.note");
    }

    private void run(Supplier<FeedbackView> step, String successKey) {
        try {
            current = step.get();
            answer = current.answerDraft();
            reason = null;
            note = null;
            Messages.info(successKey);
        } catch (ValidationFailedException e) {
            Messages.violations(e.violations(), f -> "feedback.field." + f);
        } catch (TransitionRefusedException e) {
            Messages.error("feedback.workflow." + e.code());
            Messages.failed();
        } catch (AccessRefusedException | EJBAccessException e) {
            Messages.error("feedback.refused");
            Messages.failed();
        }
    }

    public boolean may(String action) {
        return current != null && current.may(FeedbackAction.valueOf(action));
    }

    public String time(Instant t) {
        return vn.nguon.web.Times.minutes(t);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public FeedbackView getCurrent() { return current; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getTransferTo() { return transferTo; }
    public void setTransferTo(String transferTo) { this.transferTo = transferTo; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getRejectKind() { return rejectKind; }
    public void setRejectKind(String rejectKind) { this.rejectKind = rejectKind; }
    public String getDuplicateOf() { return duplicateOf; }
    public void setDuplicateOf(String duplicateOf) { this.duplicateOf = duplicateOf; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Map<String, String> getTransferChoices() { return transferChoices; }
}
