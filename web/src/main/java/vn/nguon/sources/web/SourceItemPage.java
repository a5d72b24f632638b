package vn.nguon.sources.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.broadcast.application.BroadcastService;
import vn.nguon.broadcast.application.BulletinView;
import vn.nguon.broadcast.application.MediaView;
import vn.nguon.broadcast.domain.AudioCheck;
import vn.nguon.shared.UploadLimits;
import vn.nguon.shared.files.FileCheck;
import vn.nguon.shared.files.FileInfo;
import vn.nguon.shared.files.StoredFile;
import vn.nguon.identity.web.CurrentUser;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.org.application.OrgUnitQueries;
import vn.nguon.org.application.UnitView;
import vn.nguon.sources.application.SourceAction;
import vn.nguon.sources.application.SourceCommand;
import vn.nguon.sources.application.SourceItemView;
import vn.nguon.sources.application.SourceLibrary;
import vn.nguon.web.Messages;
import vn.nguon.web.RefusalPage;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One item of the source library ({@code sources/item.xhtml?id=}): read it, and — as its writers, leaders
 * and the communes it is for may — edit, approve, publish, withdraw (reason required) or relay it as a
 * bulletin of the commune (the page then opens that bulletin). Without an id: a new item of the caller's
 * unit. Every wrong field is named and the form kept.
 */
@Named
@ViewScoped
public class SourceItemPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> LANGUAGES = List.of("vi", "hmn", "tyz", "blt", "km", "rad", "jra", "bdq", "cja");

    @Inject
    SourceLibrary library;

    @Inject
    OrgUnitQueries unitQueries;

    @Inject
    CurrentUser me;

    @Inject
    vn.nguon.sources.application.RelayTracking tracking;

    @Inject
    BroadcastService broadcasts;

    @Inject
    UploadLimits limits;

    private Long id;
    private SourceItemView current;
    private Map<String, String> fields = Map.of();
    private final List<String> invalid = new ArrayList<>();
    private String reason;
    private Integer minPlays;
    private LocalDate requiredFrom;
    private LocalDate requiredTo;

    // the form
    private String title;
    private String summary;
    private String body;
    private String field;
    private String tags;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private boolean wholeSubtree = true;
    private List<String> targets = new ArrayList<>();
    private List<String> languages = new ArrayList<>(List.of("vi"));
    // what is aired: the Vietnamese version's text read aloud and its audio; one more language; the rest kept
    private String viText;
    private Long viMediaId;
    private String viMediaLabel;
    private String extraLanguage;
    private String extraText;
    private List<String> extraPlaysIn = new ArrayList<>();
    private Long extraMediaId;
    private String extraMediaLabel;
    private List<SourceCommand.VersionRequest> keptVersions = List.of();
    // what e-boards show, and the documents
    private String boardText;
    private FileInfo boardImage;
    private List<FileInfo> documents = new ArrayList<>();
    private transient jakarta.servlet.http.Part viAudio;
    private transient jakarta.servlet.http.Part extraAudio;
    private transient jakarta.servlet.http.Part imageFile;
    private transient jakarta.servlet.http.Part documentFile;

    /** Called by f:viewAction once the view parameters are set. */
    public void init() {
        fields = library.fields(Messages.language());
        if (id == null) {
            validFrom = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
            return;
        }
        try {
            current = library.get(id, Messages.language());
            fill(current);
        } catch (AccessRefusedException | EJBAccessException e) {
            RefusalPage.refused();
        }
    }


    private void fill(SourceItemView v) {
        title = v.title();
        summary = v.summary();
        body = v.body();
        field = v.field();
        tags = String.join(", ", v.tags());
        validFrom = v.validFrom();
        validUntil = v.validUntil();
        wholeSubtree = v.wholeSubtree();
        targets = v.wholeSubtree() ? new ArrayList<>() : new ArrayList<>(v.targets().stream().map(SourceItemView.TargetView::code).toList());
        languages = new ArrayList<>(v.languages());
        SourceItemView.VersionView vi = v.versions().stream().filter(x -> x.language().equals("vi")).findFirst().orElse(null);
        viText = vi == null ? null : vi.text();
        viMediaId = vi == null ? null : vi.mediaId();
        viMediaLabel = vi == null || vi.mediaId() == null ? null : audioLabel(vi.mediaSource(), vi.durationMs());
        List<SourceItemView.VersionView> others = v.versions().stream().filter(x -> !x.language().equals("vi")).toList();
        SourceItemView.VersionView extra = others.isEmpty() ? null : others.get(0);
        extraLanguage = extra == null ? null : extra.language();
        extraText = extra == null ? null : extra.text();
        extraPlaysIn = extra == null ? new ArrayList<>() : new ArrayList<>(extra.playsIn());
        extraMediaId = extra == null ? null : extra.mediaId();
        extraMediaLabel = extra == null || extra.mediaId() == null ? null : audioLabel(extra.mediaSource(), extra.durationMs());
        keptVersions = others.stream().skip(1).map(x -> new SourceCommand.VersionRequest(x.language(), x.text(), x.mediaId(), x.playsIn())).toList();
        boardText = v.boardText();
        boardImage = v.boardImage() == null ? null : v.boardImage().file();
        documents = new ArrayList<>(v.documents().stream().map(SourceItemView.Attachment::file).toList());
        if (v.requirement() != null) {
            minPlays = v.requirement().minPlays();
            requiredFrom = v.requirement().from();
            requiredTo = v.requirement().to();
        }
    }

    /** Sets or changes the item's mandatory relay. */
    public void require() {
        guarded(() -> {
            tracking.require(current.id(), new vn.nguon.sources.application.RelayTracking.Requirement(minPlays,
                    requiredFrom == null ? null : requiredFrom.toString(), requiredTo == null ? null : requiredTo.toString()));
            current = library.get(current.id(), Messages.language());
            fill(current);
            Messages.info("relays.saved");
        });
    }

    private SourceCommand command() {
        List<SourceCommand.VersionRequest> versions = new ArrayList<>();
        if (viText != null && !viText.isBlank() || viMediaId != null) {
            versions.add(new SourceCommand.VersionRequest("vi", viText == null || viText.isBlank() ? body : viText, viMediaId, List.of()));
        }
        if (extraLanguage != null && !extraLanguage.isBlank()) {
            versions.add(new SourceCommand.VersionRequest(extraLanguage, extraText, extraMediaId, extraPlaysIn));
        }
        versions.addAll(keptVersions);
        // a language aired is a language of the audience
        List<String> langs = new ArrayList<>(languages);
        versions.stream().map(SourceCommand.VersionRequest::language).filter(l -> !langs.contains(l)).forEach(langs::add);
        return new SourceCommand(title, summary, body, field, tags == null ? List.of() : Arrays.asList(tags.split(",")),
                validFrom == null ? null : validFrom.toString(), validUntil == null ? null : validUntil.toString(),
                wholeSubtree ? List.of() : targets, langs, versions, boardText, boardImage == null ? null : boardImage.id(),
                documents.stream().map(FileInfo::id).toList(), current == null ? null : current.version());
    }

    // ---- attachments: stored at once, kept with the item when it is saved

    /** The Vietnamese version's audio, uploaded (checked as a bulletin's). */
    public void uploadViAudio() {
        audio(viAudio, m -> { viMediaId = m.id(); viMediaLabel = audioLabel(m.source(), m.durationMs()); });
    }

    /** The Vietnamese version's audio, read aloud from its text (or the body) by the speech engine. */
    public void speakVi() {
        guarded(() -> {
            MediaView m = broadcasts.synthesize(viText == null || viText.isBlank() ? body : viText, "vi");
            viMediaId = m.id();
            viMediaLabel = audioLabel(m.source(), m.durationMs());
            Messages.info("broadcast.audio.ok");
        });
    }

    public void uploadExtraAudio() {
        audio(extraAudio, m -> { extraMediaId = m.id(); extraMediaLabel = audioLabel(m.source(), m.durationMs()); });
    }

    public void removeViAudio() {
        viMediaId = null;
        viMediaLabel = null;
    }

    public void removeExtraAudio() {
        extraMediaId = null;
        extraMediaLabel = null;
    }

    public void uploadImage() {
        file(imageFile, StoredFile.Kind.IMAGE, f -> boardImage = f);
    }

    public void removeImage() {
        boardImage = null;
    }

    public void uploadDocument() {
        file(documentFile, StoredFile.Kind.PDF, documents::add);
    }

    public void removeDocument(long fileId) {
        documents.removeIf(d -> d.id() == fileId);
    }

    private void audio(jakarta.servlet.http.Part part, java.util.function.Consumer<MediaView> attach) {
        if (part == null || part.getSize() == 0) {
            Messages.error("broadcast.audio.none");
            return;
        }
        guarded(() -> {
            if (part.getSize() > limits.maxBytes()) {
                throw new ValidationFailedException(AudioCheck.tooBig(limits.maxBytes()).violations());
            }
            attach.accept(broadcasts.uploadAudio(part.getSubmittedFileName(), read(part)));
            Messages.info("broadcast.audio.ok");
        });
    }

    private void file(jakarta.servlet.http.Part part, StoredFile.Kind kind, java.util.function.Consumer<FileInfo> attach) {
        if (part == null || part.getSize() == 0) {
            Messages.error("sources.file.none");
            return;
        }
        guarded(() -> {
            if (part.getSize() > limits.maxBytes()) {
                throw new ValidationFailedException(List.of(FileCheck.tooBig(limits.maxBytes())));
            }
            attach.accept(library.uploadFile(kind, part.getSubmittedFileName(), read(part)));
            Messages.info("sources.file.ok");
        });
    }

    private static byte[] read(jakarta.servlet.http.Part part) {
        try (java.io.InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String audioLabel(String source, Long durationMs) {
        return Messages.text("sources.audio." + ("TTS".equals(source) ? "tts" : "upload"), durationMs == null ? 0 : (durationMs + 500) / 1000);
    }

    /** The upload limit in bytes, for the page's own check before sending (nguon.js). */
    public long getMaxUploadBytes() {
        return limits.maxBytes();
    }

    public String getTooBigText() {
        return Messages.text("broadcast.audio.tooBig", limits.maxMb());
    }

    /** An audio length in whole seconds. */
    public long seconds(Long durationMs) {
        return durationMs == null ? 0 : (durationMs + 500) / 1000;
    }

    /** "1,2 MB", "350 kB": a file's size as the page shows it. */
    public String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(java.util.Locale.forLanguageTag(Messages.language()), "%.1f MB", bytes / (1024.0 * 1024)) : Math.max(1, bytes / 1024) + " kB";
    }

    /** Saves the item; a new one is then opened at its own address (item.xhtml?id=), to come back to. */
    public void save() {
        if (current == null) {
            guarded(() -> open("/sources/item.xhtml?id=" + library.create(command().data(), Messages.language()).id(), "sources.saved"));
        } else {
            run(() -> library.update(current.id(), current.version(), command().data(), Messages.language()), "sources.saved");
        }
    }

    public void approve() {
        run(() -> library.approve(current.id(), Messages.language()), "sources.approved");
    }

    public void publish() {
        run(() -> library.publish(current.id(), Messages.language()), "sources.published");
    }

    public void withdraw() {
        run(() -> library.withdraw(current.id(), reason, Messages.language()), "sources.withdrawn");
    }

    /** Makes the item a draft bulletin of the caller's commune and opens it there. */
    public void relay() {
        guarded(() -> {
            BulletinView b = library.relay(current.id());
            open("/broadcasts/bulletin.xhtml?id=" + b.id(), "sources.relayed");
        });
    }

    /** Shows {@code successKey} on the next page, {@code path}, after a redirect. */
    private static void open(String path, String successKey) {
        jakarta.faces.context.ExternalContext ctx = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        ctx.getFlash().setKeepMessages(true);
        Messages.info(successKey);
        try {
            ctx.redirect(ctx.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs a step of the library; its refusals become messages (every wrong field named), the form kept. */
    private void guarded(Runnable step) {
        invalid.clear();
        try {
            step.run();
        } catch (ValidationFailedException e) {
            report(e.violations());
        } catch (TransitionRefusedException e) {
            Messages.error("sources.workflow." + e.code());
            Messages.failed();
        } catch (AccessRefusedException | EJBAccessException e) {
            Messages.error("sources.refused");
            Messages.failed();
        }
    }


    private void run(Supplier<SourceItemView> step, String successKey) {
        guarded(() -> {
            current = step.get();
            id = current.id();
            fill(current);
            reason = null;
            Messages.info(successKey);
        });
    }

    private void report(List<Violation> violations) {
        violations.forEach(v -> invalid.add(v.field()));
        Messages.violations(violations, field -> (List.of("minPlays", "from", "to").contains(field) ? "relays.field."
                : "sources.field.") + (field.startsWith("versions[") ? "versions" : field));
    }

    public boolean invalid(String field) {
        return invalid.contains(field);
    }

    public boolean may(String action) {
        return current != null && current.may(SourceAction.valueOf(action));
    }

    /** The form is shown to the item's writers while it can change, and for a new item to those who publish. */
    public boolean isEditable() {
        return current == null ? library.publishes() : current.may(SourceAction.EDIT);
    }

    /** The units an item of the caller's unit may be for: those directly below it. */
    public List<UnitView> getTargetChoices() {
        return unitQueries.children(me.getUnitCode());
    }

    public List<String> getLanguageChoices() { return LANGUAGES; }
    public List<String> getExtraLanguageChoices() { return LANGUAGES.subList(1, LANGUAGES.size()); }
    public String getViText() { return viText; }
    public void setViText(String viText) { this.viText = viText; }
    public Long getViMediaId() { return viMediaId; }
    public String getViMediaLabel() { return viMediaLabel; }
    public String getExtraLanguage() { return extraLanguage; }
    public void setExtraLanguage(String extraLanguage) { this.extraLanguage = extraLanguage; }
    public String getExtraText() { return extraText; }
    public void setExtraText(String extraText) { this.extraText = extraText; }
    public List<String> getExtraPlaysIn() { return extraPlaysIn; }
    public void setExtraPlaysIn(List<String> extraPlaysIn) { this.extraPlaysIn = extraPlaysIn; }
    public Long getExtraMediaId() { return extraMediaId; }
    public String getExtraMediaLabel() { return extraMediaLabel; }
    public List<String> getKeptLanguages() { return keptVersions.stream().map(SourceCommand.VersionRequest::language).toList(); }
    public String getBoardText() { return boardText; }
    public void setBoardText(String boardText) { this.boardText = boardText; }
    public FileInfo getBoardImage() { return boardImage; }
    public List<FileInfo> getDocuments() { return documents; }
    public jakarta.servlet.http.Part getViAudio() { return viAudio; }
    public void setViAudio(jakarta.servlet.http.Part viAudio) { this.viAudio = viAudio; }
    public jakarta.servlet.http.Part getExtraAudio() { return extraAudio; }
    public void setExtraAudio(jakarta.servlet.http.Part extraAudio) { this.extraAudio = extraAudio; }
    public jakarta.servlet.http.Part getImageFile() { return imageFile; }
    public void setImageFile(jakarta.servlet.http.Part imageFile) { this.imageFile = imageFile; }
    public jakarta.servlet.http.Part getDocumentFile() { return documentFile; }
    public void setDocumentFile(jakarta.servlet.http.Part documentFile) { this.documentFile = documentFile; }
    public Integer getMinPlays() { return minPlays; }
    public void setMinPlays(Integer minPlays) { this.minPlays = minPlays; }
    public LocalDate getRequiredFrom() { return requiredFrom; }
    public void setRequiredFrom(LocalDate requiredFrom) { this.requiredFrom = requiredFrom; }
    public LocalDate getRequiredTo() { return requiredTo; }
    public void setRequiredTo(LocalDate requiredTo) { this.requiredTo = requiredTo; }
    public Map<String, String> getFields() { return fields; }
    public SourceItemView getCurrent() { return current; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public boolean isWholeSubtree() { return wholeSubtree; }
    public void setWholeSubtree(boolean wholeSubtree) { this.wholeSubtree = wholeSubtree; }
    public List<String> getTargets() { return targets; }
    public void setTargets(List<String> targets) { this.targets = targets; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages; }

    /** A day as the pages write it (dd/MM/yyyy), empty for none. */
    public String day(LocalDate d) {
        return vn.nguon.web.Times.day(d);
    }

    public String time(java.time.Instant t) {
        return vn.nguon.web.Times.minutes(t);
    }
}
