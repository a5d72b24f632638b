package vn.nguon.feedback.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.feedback.application.FeedbackCategoryView;
import vn.nguon.feedback.application.FeedbackDesk;
import vn.nguon.feedback.application.FeedbackIntake;
import vn.nguon.feedback.application.FeedbackSummary;
import vn.nguon.feedback.domain.Channel;
import vn.nguon.feedback.domain.FeedbackData;
import vn.nguon.feedback.domain.FeedbackPriority;
import vn.nguon.feedback.domain.FeedbackStatus;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.web.Messages;
import vn.nguon.web.RefusalPage;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Phản ánh của người dân ({@code feedback/index.xhtml}): the queue of the caller's unit and the units below it —
 * filtered by state, overdue, category, words or code, newest first — and the form to record feedback that came
 * by phone, hotline, Zalo or in person.
 */
@Named
@ViewScoped
public class FeedbackQueueView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;

    @Inject
    FeedbackDesk desk;

    @Inject
    FeedbackIntake intake;

    @Inject
    vn.nguon.identity.web.CurrentUser me;

    private String status;
    private boolean overdueOnly;
    private String category;
    private String q;
    private List<FeedbackSummary> rows = List.of();
    private long total;
    private final List<String> invalid = new ArrayList<>();
    // recording by hand
    private String channel = Channel.PHONE.name();
    private String recCategory;
    private String recCommune;
    private String recTitle;
    private String recText;
    private String recName;
    private String recPhone;
    private boolean recUrgent;
    // a bulletin answering a group of items on the loudspeakers
    private Long onAirBulletin;
    private String onAirCodes;

    @PostConstruct
    void init() {
        try {
            search();
        } catch (AccessRefusedException | EJBAccessException e) {
            RefusalPage.refused();
        }
    }

    public void search() {
        FeedbackDesk.Page p = desk.queue(status == null || status.isBlank() ? null : FeedbackStatus.valueOf(status), overdueOnly,
                category, q, 0, PAGE, Messages.language());
        rows = p.rows();
        total = p.total();
    }

    /** Records feedback received by another channel; the page then opens it. */
    public void record() {
        invalid.clear();
        try {
            long id = desk.record(new FeedbackData(recCategory, recCommune == null || recCommune.isBlank() ? me.getUnitCode() : recCommune,
                    recTitle, recText, recName, recPhone, null, recName != null && !recName.isBlank() || recPhone != null && !recPhone.isBlank(),
                    false, null, null, recUrgent ? FeedbackPriority.URGENT : FeedbackPriority.NORMAL, Channel.valueOf(channel)),
                    Messages.language()).id();
            jakarta.faces.context.ExternalContext ctx = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
            ctx.getFlash().setKeepMessages(true);
            Messages.info("feedback.recorded");
            ctx.redirect(ctx.getRequestContextPath() + "/feedback/item.xhtml?id=" + id);
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> invalid.add(v.field()));
            Messages.violations(e.violations(), f -> "feedback.field." + f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Links a bulletin of the unit to the items whose codes are listed: it answers them on the loudspeakers. */
    public void answerOnAir() {
        invalid.clear();
        try {
            List<String> codes = onAirCodes == null ? List.of()
                    : java.util.Arrays.stream(onAirCodes.split("[,;\\s]+")).filter(x -> !x.isBlank()).toList();
            int n = desk.answerOnAir(onAirBulletin == null ? -1 : onAirBulletin, codes, Messages.language()).size();
            Messages.info("feedback.done.onAir", n);
            onAirCodes = null;
            search();
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> invalid.add(v.field()));
            Messages.violations(e.violations(), f -> "feedback.field." + f.replaceAll("\\[\\d+]", ""));
        } catch (vn.nguon.kernel.TransitionRefusedException e) {
            Messages.error("feedback.workflow." + e.code());
        }
    }

    public boolean invalid(String field) {
        return invalid.contains(field);
    }

    public List<FeedbackCategoryView> getCategories() {
        return intake.categories(me.getUnitCode(), Messages.language());
    }

    public List<String> getStatuses() {
        return java.util.Arrays.stream(FeedbackStatus.values()).map(Enum::name).toList();
    }

    public List<String> getChannels() {
        return java.util.Arrays.stream(Channel.values()).filter(Channel::byHand).map(Enum::name).toList();
    }

    public String time(Instant t) {
        return vn.nguon.web.Times.minutes(t);
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public List<FeedbackSummary> getRows() { return rows; }
    public long getTotal() { return total; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getRecCategory() { return recCategory; }
    public void setRecCategory(String recCategory) { this.recCategory = recCategory; }
    public String getRecCommune() { return recCommune; }
    public void setRecCommune(String recCommune) { this.recCommune = recCommune; }
    public String getRecTitle() { return recTitle; }
    public void setRecTitle(String recTitle) { this.recTitle = recTitle; }
    public String getRecText() { return recText; }
    public void setRecText(String recText) { this.recText = recText; }
    public String getRecName() { return recName; }
    public void setRecName(String recName) { this.recName = recName; }
    public String getRecPhone() { return recPhone; }
    public void setRecPhone(String recPhone) { this.recPhone = recPhone; }
    public boolean isRecUrgent() { return recUrgent; }
    public Long getOnAirBulletin() { return onAirBulletin; }
    public void setOnAirBulletin(Long onAirBulletin) { this.onAirBulletin = onAirBulletin; }
    public String getOnAirCodes() { return onAirCodes; }
    public void setOnAirCodes(String onAirCodes) { this.onAirCodes = onAirCodes; }
    public void setRecUrgent(boolean recUrgent) { this.recUrgent = recUrgent; }
}
