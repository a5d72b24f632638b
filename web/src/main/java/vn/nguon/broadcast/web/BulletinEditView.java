package vn.nguon.broadcast.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import vn.nguon.broadcast.application.BroadcastAction;
import vn.nguon.broadcast.application.BroadcastQueries;
import vn.nguon.broadcast.application.BroadcastService;
import vn.nguon.broadcast.application.BulletinView;
import vn.nguon.broadcast.application.DeliveryView;
import vn.nguon.broadcast.application.MediaView;
import vn.nguon.broadcast.domain.Category;
import vn.nguon.broadcast.domain.DeliveryState;
import vn.nguon.broadcast.domain.Priority;
import vn.nguon.broadcast.domain.Schedule;
import vn.nguon.broadcast.rest.BulletinRequest;
import vn.nguon.devices.application.DeviceService;
import vn.nguon.devices.application.DeviceView;
import vn.nguon.identity.web.CurrentUser;
import vn.nguon.org.application.OrgUnitQueries;
import vn.nguon.org.application.UnitView;
import vn.nguon.reporting.application.AccessRefusedException;
import vn.nguon.reporting.application.ReportQueries;
import vn.nguon.reporting.application.ValidationFailedException;
import vn.nguon.reporting.domain.Violation;
import vn.nguon.reporting.domain.WorkflowException;
import vn.nguon.reporting.web.Messages;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Writing, approving and following one bulletin ({@code broadcasts/bulletin.xhtml?id=}) or one
 * emergency alert ({@code broadcasts/alert.xhtml}: one screen, the caller's whole unit by default,
 * effective now). Every field problem comes back together, by field, and nothing typed is lost.
 * The deliveries table refreshes itself while the page is open.
 */
@Named
@ViewScoped
public class BulletinEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Rows of the outcomes table (refreshed every 3 s): what needs attention first; all are counted above it. */
    static final int SHOWN = 500;

    @Inject
    transient BroadcastService service;

    @Inject
    transient BroadcastQueries queries;

    @Inject
    transient OrgUnitQueries unitQueries;

    @Inject
    transient DeviceService deviceService;

    @Inject
    CurrentUser me;

    private Long id;
    private String kind = "BULLETIN";
    private BulletinView current;
    private List<DeliveryView> deliveries = List.of();
    private List<ReportQueries.TimelineEntry> history = List.of();
    private final List<String> invalid = new ArrayList<>();

    // the form
    private String title;
    private String category = Category.NEWS.name();
    private String priority = Priority.NORMAL.name();
    private String text;
    private Long mediaId;
    private String mediaLabel;
    private String extraLanguage;
    private String extraText;
    private String extraPlaysIn;
    private Long extraMediaId;
    /**
     * What a bulletin written through the API has and the form does not show — minority versions
     * after the first, device-group targets — kept as they were, so that saving the form loses none
     * of them.
     */
    private List<BulletinRequest.VersionRequest> keptVersions = List.of();
    private List<BulletinRequest.TargetRequest> keptTargets = List.of();
    private List<String> targetUnits = new ArrayList<>();
    private List<String> targetDevices = new ArrayList<>();
    private String recurrence = "ONCE";
    private LocalDateTime startsAt;
    private LocalDateTime expiresAt;
    private List<String> days = new ArrayList<>();
    private String times;
    private LocalDate repeatUntil;
    private Integer volume;
    private String event;
    private String severity = "Severe";
    private String urgency = "Immediate";
    private String certainty = "Likely";
    private String area;
    private String instruction;
    private String reason;
    private transient UploadedFile audio;

    /** Called by f:viewAction once the view parameters are set. */
    public void init() {
        if (id != null) {
            run(() -> queries.get(id), null);
        } else if (isAlert()) {
            priority = Priority.EMERGENCY.name();
            category = Category.DISASTER.name();
            LocalDateTime now = LocalDateTime.now(Schedule.ZONE).truncatedTo(ChronoUnit.MINUTES);
            startsAt = now;
            expiresAt = now.plusHours(6);
            targetUnits = new ArrayList<>(List.of(me.getUnitCode()));
        } else {
            LocalDateTime next = LocalDateTime.now(Schedule.ZONE).truncatedTo(ChronoUnit.HOURS).plusHours(1);
            startsAt = next;
            expiresAt = next.plusHours(12);
            targetUnits = new ArrayList<>(List.of(me.getUnitCode()));
        }
    }

    public boolean isAlert() {
        return "ALERT".equals(kind);
    }

    public boolean isEditable() {
        return current == null || current.may(BroadcastAction.EDIT);
    }

    public boolean may(String action) {
        return current != null && current.may(BroadcastAction.valueOf(action));
    }

    /** A leader writing for their own unit may approve in the same click (alerts: "a few clicks"). */
    public boolean isLeader() {
        return me.hasAny("commune-leader province-leader ministry-leader");
    }

    /** Creates the bulletin, or saves the changes to the one shown. */
    private BulletinView saved() {
        return current == null ? service.create(request().data()) : service.update(current.id(), current.version(), request().data());
    }

    public void save() {
        run(this::saved, "broadcast.saved");
    }

    /** Saves and sends for approval (an approved bulletin that changes is already back waiting for approval). */
    public void saveAndSubmit() {
        run(() -> {
            BulletinView v = saved();
            return v.may(BroadcastAction.SUBMIT) ? service.submit(v.id()) : v;
        }, "broadcast.submitted");
    }

    /** Alert screen, for a leader: write, send and approve at once; it plays within seconds. */
    public void saveSubmitApprove() {
        run(() -> {
            BulletinView v = saved();
            if (v.may(BroadcastAction.SUBMIT)) {
                v = service.submit(v.id());
            }
            return service.approve(v.id());
        }, "broadcast.approved");
    }

    public void submit() {
        run(() -> service.submit(current.id()), "broadcast.submitted");
    }

    public void approve() {
        run(() -> service.approve(current.id()), "broadcast.approved");
    }

    public void reject() {
        run(() -> service.reject(current.id(), reason), "broadcast.rejected");
    }

    public void cancel() {
        run(() -> service.cancel(current.id(), reason), "broadcast.cancelled");
    }

    /** Polled while the page is open: outcomes per device. */
    public void refresh() {
        if (current != null) {
            try {
                current = queries.get(current.id());
                deliveries = queries.deliveries(current.id(), SHOWN);
            } catch (AccessRefusedException | EJBAccessException e) {
                deliveries = List.of();
            }
        }
    }

    public void upload() {
        if (audio == null || audio.getSize() == 0) {
            Messages.error("broadcast.audio.none");
            return;
        }
        media(() -> service.uploadAudio(audio.getFileName(), audio.getContent()));
    }

    public void speak() {
        media(() -> service.synthesize(text, "vi"));
    }

    private void media(Supplier<MediaView> step) {
        try {
            MediaView m = step.get();
            mediaId = m.id();
            mediaLabel = MessageFormat.format(Messages.text("broadcast.audio.label"), m.fileName() == null ? "" : m.fileName(),
                    m.durationMs() / 1000);
            Messages.info("broadcast.audio.ok");
        } catch (ValidationFailedException e) {
            report(e.violations());
        } catch (AccessRefusedException | EJBAccessException e) {
            Messages.error("broadcast.refused");
        }
    }

    BulletinRequest request() {
        List<BulletinRequest.VersionRequest> versions = new ArrayList<>();
        versions.add(new BulletinRequest.VersionRequest("vi", text, mediaId, List.of()));
        if (extraLanguage != null && !extraLanguage.isBlank()) {
            versions.add(new BulletinRequest.VersionRequest(extraLanguage, extraText, extraMediaId,
                    extraPlaysIn == null ? List.of() : Arrays.stream(extraPlaysIn.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList()));
        }
        versions.addAll(keptVersions);
        List<BulletinRequest.TargetRequest> targets = new ArrayList<>();
        targetUnits.forEach(u -> targets.add(new BulletinRequest.TargetRequest("UNIT", u)));
        targetDevices.forEach(d -> targets.add(new BulletinRequest.TargetRequest("DEVICE", d)));
        targets.addAll(keptTargets);
        BulletinRequest.AlertRequest alert = isAlert()
                ? new BulletinRequest.AlertRequest(event, severity, urgency, certainty, area, instruction) : null;
        return new BulletinRequest(kind, title, category, priority, versions, targets,
                startsAt == null ? null : startsAt.toString(), expiresAt == null ? null : expiresAt.toString(),
                isAlert() ? "ONCE" : recurrence, days, times == null ? List.of() : List.of(times),
                repeatUntil == null ? null : repeatUntil.toString(), volume, alert, current == null ? null : current.version());
    }

    private void run(Supplier<BulletinView> step, String successKey) {
        invalid.clear();
        try {
            current = step.get();
            fill(current);
            deliveries = queries.deliveries(current.id(), SHOWN);
            history = queries.history(current.id());
            reason = null;
            if (successKey != null) {
                Messages.info(successKey);
            }
        } catch (ValidationFailedException e) {
            report(e.violations());
        } catch (WorkflowException e) {
            Messages.error("broadcast.workflow." + e.code());
            Messages.failed();
        } catch (AccessRefusedException | EJBAccessException e) {
            Messages.error("broadcast.refused");
            Messages.failed();
        }
    }

    private void report(List<Violation> violations) {
        ResourceBundle b = Messages.bundle();
        for (Violation v : violations) {
            invalid.add(v.field().replaceAll("\\[\\d+]", ""));
            String label = label(b, v.field());
            String message;
            try {
                message = MessageFormat.format(b.getString("violation." + v.code()), v.args().toArray());
            } catch (MissingResourceException e) {
                message = v.code();
            }
            Messages.add(FacesMessage.SEVERITY_ERROR, label + ": " + message);
        }
        Messages.failed();
    }

    private static String label(ResourceBundle b, String field) {
        String key = "broadcast.field." + field.replaceAll("\\[\\d+]", "").replace('.', '_');
        return b.containsKey(key) ? b.getString(key) : field;
    }

    /** Whether a field had a problem (the page marks it). */
    public boolean invalid(String field) {
        return invalid.contains(field);
    }

    void fill(BulletinView v) {
        kind = v.kind();
        title = v.title();
        category = v.category();
        priority = v.priority();
        BulletinView.VersionView vi = v.versions().stream().filter(x -> x.language().equals("vi")).findFirst().orElse(v.versions().get(0));
        text = vi.text();
        mediaId = vi.mediaId();
        List<BulletinView.VersionView> others = v.versions().stream().filter(x -> x != vi).toList();
        BulletinView.VersionView extra = others.isEmpty() ? null : others.get(0);
        extraLanguage = extra == null ? null : extra.language();
        extraText = extra == null ? null : extra.text();
        extraPlaysIn = extra == null ? null : String.join(", ", extra.playsIn());
        extraMediaId = extra == null ? null : extra.mediaId();
        keptVersions = others.stream().skip(1)
                .map(x -> new BulletinRequest.VersionRequest(x.language(), x.text(), x.mediaId(), x.playsIn())).toList();
        targetUnits = new ArrayList<>(v.targets().stream().filter(t -> t.kind().equals("UNIT")).map(BulletinView.TargetView::code).toList());
        targetDevices = new ArrayList<>(v.targets().stream().filter(t -> t.kind().equals("DEVICE")).map(BulletinView.TargetView::code).toList());
        keptTargets = v.targets().stream().filter(t -> !t.kind().equals("UNIT") && !t.kind().equals("DEVICE"))
                .map(t -> new BulletinRequest.TargetRequest(t.kind(), t.code())).toList();
        recurrence = v.recurrence();
        startsAt = LocalDateTime.ofInstant(v.startsAt(), Schedule.ZONE);
        expiresAt = LocalDateTime.ofInstant(v.expiresAt(), Schedule.ZONE);
        days = new ArrayList<>(v.days());
        times = v.times().stream().map(Object::toString).reduce((a, c) -> a + ", " + c).orElse(null);
        repeatUntil = v.repeatUntil();
        volume = v.volume();
        if (v.alert() != null) {
            event = v.alert().event();
            severity = v.alert().severity();
            urgency = v.alert().urgency();
            certainty = v.alert().certainty();
            area = v.alert().area();
            instruction = v.alert().instruction();
        }
    }

    // --- choices ------------------------------------------------------------------------------

    /** The caller's unit and the units right below it. */
    public List<UnitView> getUnitChoices() {
        List<UnitView> out = new ArrayList<>();
        unitQueries.unit(me.getUnitCode()).ifPresent(out::add);
        out.addAll(unitQueries.children(me.getUnitCode()));
        return out;
    }

    public List<DeviceView> getDeviceChoices() {
        try {
            return deviceService.list(null);
        } catch (AccessRefusedException | EJBAccessException e) {
            return List.of();
        }
    }

    public Category[] getCategories() { return Category.values(); }
    public Priority[] getPriorities() { return Priority.values(); }
    public List<String> getSeverities() { return List.of("Extreme", "Severe", "Moderate", "Minor"); }
    public List<String> getUrgencies() { return List.of("Immediate", "Expected", "Future"); }
    public List<String> getCertainties() { return List.of("Observed", "Likely", "Possible"); }
    public List<String> getDayChoices() {
        return Arrays.stream(java.time.DayOfWeek.values()).map(Enum::name).toList();
    }
    public List<String> getLanguages() { return List.of("hmn", "tyz", "blt", "km", "rad", "jra", "bdq", "cja"); }

    /** Common hazards for the alert's event (free text is allowed too). */
    public List<String> events(String query) {
        List<String> all = List.of("Bão", "Áp thấp nhiệt đới", "Mưa lớn", "Lũ, ngập lụt", "Lũ quét", "Sạt lở đất", "Nắng nóng",
                "Rét đậm, rét hại", "Hạn hán, xâm nhập mặn", "Cháy rừng", "Động đất", "Sóng thần", "Dịch bệnh", "Sự cố hóa chất");
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        return all.stream().filter(e -> e.toLowerCase(java.util.Locale.ROOT).contains(q)).toList();
    }

    public String time(Instant t) {
        return vn.nguon.web.Times.minutes(t);
    }

    public long count(String state) {
        return current == null ? 0 : current.outcomes().getOrDefault(DeliveryState.valueOf(state), 0L);
    }

    // --- properties ---------------------------------------------------------------------------

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = "ALERT".equals(kind) ? "ALERT" : "BULLETIN"; }
    public BulletinView getCurrent() { return current; }
    public List<DeliveryView> getDeliveries() { return deliveries; }
    public List<ReportQueries.TimelineEntry> getHistory() { return history; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getMediaId() { return mediaId; }
    public String getMediaLabel() { return mediaLabel; }
    public void clearMedia() { mediaId = null; mediaLabel = null; }
    public String getExtraLanguage() { return extraLanguage; }
    public void setExtraLanguage(String extraLanguage) { this.extraLanguage = extraLanguage; }
    public String getExtraText() { return extraText; }
    public void setExtraText(String extraText) { this.extraText = extraText; }
    /** The languages of the minority versions the form keeps without showing them. */
    public List<String> getKeptLanguages() { return keptVersions.stream().map(BulletinRequest.VersionRequest::language).toList(); }
    /** The device groups ({@code 12/EBOARD}) the form keeps as targets without showing them. */
    public List<String> getKeptGroups() { return keptTargets.stream().map(BulletinRequest.TargetRequest::code).toList(); }
    public String getExtraPlaysIn() { return extraPlaysIn; }
    public void setExtraPlaysIn(String extraPlaysIn) { this.extraPlaysIn = extraPlaysIn; }
    public List<String> getTargetUnits() { return targetUnits; }
    public void setTargetUnits(List<String> targetUnits) { this.targetUnits = targetUnits; }
    public List<String> getTargetDevices() { return targetDevices; }
    public void setTargetDevices(List<String> targetDevices) { this.targetDevices = targetDevices; }
    public String getRecurrence() { return recurrence; }
    public void setRecurrence(String recurrence) { this.recurrence = recurrence; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
    public void setExpiresAt(LocalDateTime expiresAt) { this.expiresAt = expiresAt; }
    public List<String> getDays() { return days; }
    public void setDays(List<String> days) { this.days = days; }
    public String getTimes() { return times; }
    public void setTimes(String times) { this.times = times; }
    public LocalDate getRepeatUntil() { return repeatUntil; }
    public void setRepeatUntil(LocalDate repeatUntil) { this.repeatUntil = repeatUntil; }
    public Integer getVolume() { return volume; }
    public void setVolume(Integer volume) { this.volume = volume; }
    public String getEvent() { return event; }
    public void setEvent(String event) { this.event = event; }
    public String getSeverity() { return severity; }
    public void setSeverity(String severity) { this.severity = severity; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String urgency) { this.urgency = urgency; }
    public String getCertainty() { return certainty; }
    public void setCertainty(String certainty) { this.certainty = certainty; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getInstruction() { return instruction; }
    public void setInstruction(String instruction) { this.instruction = instruction; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public UploadedFile getAudio() { return audio; }
    public void setAudio(UploadedFile audio) { this.audio = audio; }

}
