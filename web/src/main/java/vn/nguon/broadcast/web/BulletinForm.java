package vn.nguon.broadcast.web;

import vn.nguon.broadcast.application.BulletinCommand;
import vn.nguon.broadcast.application.BulletinView;
import vn.nguon.broadcast.domain.Category;
import vn.nguon.broadcast.domain.Priority;
import vn.nguon.broadcast.domain.Schedule;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the bulletin and alert pages' form holds ({@code WEB-INF/includes/broadcasts/form.xhtml}),
 * and its mapping both ways: {@link #fill} from a stored bulletin, {@link #command} to the
 * application's {@link BulletinCommand}. What a bulletin written through the API has and the form
 * does not show — minority versions after the first, device-group targets — is kept as it was, so
 * that saving the form loses none of it.
 */
public class BulletinForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kind = "BULLETIN";
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
    private List<BulletinCommand.VersionRequest> keptVersions = List.of();
    private List<BulletinCommand.TargetRequest> keptTargets = List.of();
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
    private String boardText;
    private Long boardImageId;
    private transient jakarta.servlet.http.Part audio;

    /** A new bulletin: the caller's unit, from the next full hour for 12 hours. */
    static BulletinForm bulletin(String unitCode) {
        BulletinForm f = new BulletinForm();
        LocalDateTime next = LocalDateTime.now(Schedule.ZONE).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        f.startsAt = next;
        f.expiresAt = next.plusHours(12);
        f.targetUnits = new ArrayList<>(List.of(unitCode));
        return f;
    }

    /** A new emergency alert: a disaster, the caller's whole unit, effective now for 6 hours. */
    static BulletinForm alert(String unitCode) {
        BulletinForm f = new BulletinForm();
        f.kind = "ALERT";
        f.priority = Priority.EMERGENCY.name();
        f.category = Category.DISASTER.name();
        LocalDateTime now = LocalDateTime.now(Schedule.ZONE).truncatedTo(ChronoUnit.MINUTES);
        f.startsAt = now;
        f.expiresAt = now.plusHours(6);
        f.targetUnits = new ArrayList<>(List.of(unitCode));
        return f;
    }

    public boolean isAlert() {
        return "ALERT".equals(kind);
    }

    /** The form as the application's command; {@code version} is the stored bulletin's (null for a new one). */
    BulletinCommand command(Long version) {
        List<BulletinCommand.VersionRequest> versions = new ArrayList<>();
        versions.add(new BulletinCommand.VersionRequest("vi", text, mediaId, List.of()));
        if (extraLanguage != null && !extraLanguage.isBlank()) {
            versions.add(new BulletinCommand.VersionRequest(extraLanguage, extraText, extraMediaId,
                    extraPlaysIn == null ? List.of() : Arrays.stream(extraPlaysIn.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList()));
        }
        versions.addAll(keptVersions);
        List<BulletinCommand.TargetRequest> targets = new ArrayList<>();
        targetUnits.forEach(u -> targets.add(new BulletinCommand.TargetRequest("UNIT", u)));
        targetDevices.forEach(d -> targets.add(new BulletinCommand.TargetRequest("DEVICE", d)));
        targets.addAll(keptTargets);
        BulletinCommand.AlertRequest alert = isAlert()
                ? new BulletinCommand.AlertRequest(event, severity, urgency, certainty, area, instruction) : null;
        return new BulletinCommand(kind, title, category, priority, versions, targets,
                startsAt == null ? null : startsAt.toString(), expiresAt == null ? null : expiresAt.toString(),
                isAlert() ? "ONCE" : recurrence, days, times == null ? List.of() : List.of(times),
                repeatUntil == null ? null : repeatUntil.toString(), volume, alert,
                boardText == null && boardImageId == null ? null : new BulletinCommand.BoardRequest(boardText, boardImageId), version);
    }

    /** Shows a stored bulletin in the form. */
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
                .map(x -> new BulletinCommand.VersionRequest(x.language(), x.text(), x.mediaId(), x.playsIn())).toList();
        targetUnits = new ArrayList<>(v.targets().stream().filter(t -> t.kind().equals("UNIT")).map(BulletinView.TargetView::code).toList());
        targetDevices = new ArrayList<>(v.targets().stream().filter(t -> t.kind().equals("DEVICE")).map(BulletinView.TargetView::code).toList());
        keptTargets = v.targets().stream().filter(t -> !t.kind().equals("UNIT") && !t.kind().equals("DEVICE"))
                .map(t -> new BulletinCommand.TargetRequest(t.kind(), t.code())).toList();
        recurrence = v.recurrence();
        startsAt = LocalDateTime.ofInstant(v.startsAt(), Schedule.ZONE);
        expiresAt = LocalDateTime.ofInstant(v.expiresAt(), Schedule.ZONE);
        days = new ArrayList<>(v.days());
        times = v.times().stream().map(Object::toString).reduce((a, c) -> a + ", " + c).orElse(null);
        repeatUntil = v.repeatUntil();
        volume = v.volume();
        boardText = v.board() == null ? null : v.board().text();
        boardImageId = v.board() == null ? null : v.board().imageId();
        if (v.alert() != null) {
            event = v.alert().event();
            severity = v.alert().severity();
            urgency = v.alert().urgency();
            certainty = v.alert().certainty();
            area = v.alert().area();
            instruction = v.alert().instruction();
        }
    }

    /** The audio just uploaded or synthesised for the Vietnamese version. */
    void attach(long id, String label) {
        mediaId = id;
        mediaLabel = label;
    }

    // --- choices ------------------------------------------------------------------------------

    public Category[] getCategories() { return Category.values(); }
    public Priority[] getPriorities() { return Priority.values(); }
    public List<String> getSeverities() { return List.of("Extreme", "Severe", "Moderate", "Minor"); }
    public List<String> getUrgencies() { return List.of("Immediate", "Expected", "Future"); }
    public List<String> getCertainties() { return List.of("Observed", "Likely", "Possible"); }
    public List<String> getDayChoices() { return Arrays.stream(DayOfWeek.values()).map(Enum::name).toList(); }
    public List<String> getLanguages() { return List.of("hmn", "tyz", "blt", "km", "rad", "jra", "bdq", "cja"); }

    /** Common hazards for the alert's event (free text is allowed too). */
    public List<String> events(String query) {
        List<String> all = List.of("Bão", "Áp thấp nhiệt đới", "Mưa lớn", "Lũ, ngập lụt", "Lũ quét", "Sạt lở đất", "Nắng nóng",
                "Rét đậm, rét hại", "Hạn hán, xâm nhập mặn", "Cháy rừng", "Động đất", "Sóng thần", "Dịch bệnh", "Sự cố hóa chất");
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(e -> e.toLowerCase(Locale.ROOT).contains(q)).toList();
    }

    // --- properties ---------------------------------------------------------------------------

    public String getKind() { return kind; }
    public String getBoardText() { return boardText; }
    public void setBoardText(String boardText) { this.boardText = boardText; }
    public Long getBoardImageId() { return boardImageId; }
    public void clearBoardImage() { boardImageId = null; }
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
    public List<String> getKeptLanguages() { return keptVersions.stream().map(BulletinCommand.VersionRequest::language).toList(); }
    /** The device groups ({@code 12/EBOARD}) the form keeps as targets without showing them. */
    public List<String> getKeptGroups() { return keptTargets.stream().map(BulletinCommand.TargetRequest::code).toList(); }
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
    /** The uploaded file lives for one request only (it is not kept with the view). */
    public jakarta.servlet.http.Part getAudio() { return audio; }
    public void setAudio(jakarta.servlet.http.Part audio) { this.audio = audio; }
}
