package vn.nguon.broadcast.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import vn.nguon.audit.application.TimelineEntry;
import vn.nguon.broadcast.application.BroadcastAction;
import vn.nguon.broadcast.application.BroadcastQueries;
import vn.nguon.broadcast.application.BroadcastService;
import vn.nguon.broadcast.application.BulletinView;
import vn.nguon.broadcast.application.DeliveryView;
import vn.nguon.broadcast.application.MediaView;
import vn.nguon.broadcast.domain.DeliveryState;
import vn.nguon.broadcast.domain.Priority;
import vn.nguon.devices.application.DeviceService;
import vn.nguon.devices.application.DeviceView;
import vn.nguon.identity.web.CurrentUser;
import vn.nguon.broadcast.domain.AudioCheck;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.shared.UploadLimits;
import vn.nguon.web.RefusalPage;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.org.application.OrgUnitQueries;
import vn.nguon.org.application.UnitView;
import vn.nguon.web.Messages;
import vn.nguon.web.Times;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the bulletin page and the alert page share: one bulletin's form ({@link BulletinForm}),
 * the steps of its approval, and following it (the per-device outcomes, refreshed while the page is
 * open, and its history; {@code WEB-INF/includes/broadcasts/follow.xhtml}). Every field problem
 * comes back together, by field, and nothing typed is lost. Each page has its own view:
 * {@link BulletinEditView}, {@link AlertEditView}.
 */
public abstract class BroadcastPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Rows of the outcomes table (refreshed every 3 s): what needs attention first; all are counted above it. */
    static final int SHOWN = 500;

    @Inject
    UploadLimits limits;

    @Inject
    vn.nguon.shared.files.FileLinks fileLinks;

    @Inject
    BroadcastService service;

    @Inject
    BroadcastQueries queries;

    @Inject
    OrgUnitQueries unitQueries;

    @Inject
    DeviceService deviceService;

    @Inject
    CurrentUser me;

    private Long id;
    private BulletinView current;
    private List<DeliveryView> deliveries = List.of();
    private List<TimelineEntry> history = List.of();
    private final List<String> invalid = new ArrayList<>();
    private String reason;
    private BulletinForm form;

    /** The form of a new item of this page's kind, for the caller's unit. */
    abstract BulletinForm blankForm(String unitCode);

    /** Called by f:viewAction once the view parameters are set. */
    public void init() {
        form = blankForm(me.getUnitCode());
        if (id != null) {
            try {
                current = queries.get(id);
            } catch (AccessRefusedException | EJBAccessException e) {
                RefusalPage.refused();
                return;
            } catch (TransitionRefusedException e) {
                RefusalPage.notFound();
                return;
            }
            run(() -> current, null);
        }
    }

    public BulletinForm getForm() {
        return form;
    }

    public boolean isAlert() {
        return form.isAlert();
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
        return current == null ? service.create(form.command(null).data())
                : service.update(current.id(), current.version(), form.command(current.version()).data());
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
        }, emergency() ? "broadcast.approved.emergency" : "broadcast.approved");
    }

    public void submit() {
        run(() -> service.submit(current.id()), "broadcast.submitted");
    }

    public void approve() {
        run(() -> service.approve(current.id()), emergency() ? "broadcast.approved.emergency" : "broadcast.approved");
    }

    private boolean emergency() {
        return current != null ? current.priority().equals(Priority.EMERGENCY.name())
                : Priority.EMERGENCY.name().equals(form.getPriority());
    }

    /** What approving will do: an emergency plays now on D devices; a bulletin plays on its schedule on D devices. */
    public String getApproveConfirmation() {
        if (current == null) {
            return "";
        }
        int devices = queries.targetDeviceCount(current.id());
        return Messages.text(emergency() ? "broadcast.approve.confirm.emergency" : "broadcast.approve.confirm", devices);
    }

    /** What "write, send and approve" does on the alert page: the alert plays at once wherever it is sent. */
    public String getSendNowConfirmation() {
        return Messages.text("broadcast.sendNow.confirm");
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

    /** A link to the board picture for this page (signed, valid for four hours). */
    public String getBoardImageLink() {
        Long id = getForm().getBoardImageId();
        return id == null ? null : fileLinks.path(id, java.time.Instant.now().plus(java.time.Duration.ofHours(4))
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS));
    }

    /** The upload limit in bytes, for the page's own check before sending (nguon.js). */
    public long getMaxUploadBytes() {
        return limits.maxBytes();
    }

    /** What the page says when a chosen file is larger than the limit. */
    public String getTooBigText() {
        return Messages.text("broadcast.audio.tooBig", limits.maxMb());
    }

    public void upload() {
        if (form.getAudio() == null || form.getAudio().getSize() == 0) {
            Messages.error("broadcast.audio.none");
            return;
        }
        media(() -> {
            if (form.getAudio().getSize() > limits.maxBytes()) {
                // refused before reading it: the limit is the one the API and the documentation give
                throw new ValidationFailedException(AudioCheck.tooBig(limits.maxBytes()).violations());
            }
            try (java.io.InputStream in = form.getAudio().getInputStream()) {
                return service.uploadAudio(form.getAudio().getSubmittedFileName(), in.readAllBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    public void speak() {
        media(() -> service.synthesize(form.getText(), "vi"));
    }

    private void media(Supplier<MediaView> step) {
        try {
            MediaView m = step.get();
            form.attach(m.id(), MessageFormat.format(Messages.text("broadcast.audio.label"),
                    m.fileName() == null ? "" : m.fileName(), m.durationMs() / 1000));
            Messages.info("broadcast.audio.ok");
        } catch (ValidationFailedException e) {
            report(e.violations());
        } catch (AccessRefusedException | EJBAccessException e) {
            Messages.error("broadcast.refused");
        }
    }

    private void run(Supplier<BulletinView> step, String successKey) {
        invalid.clear();
        try {
            current = step.get();
            form.fill(current);
            deliveries = queries.deliveries(current.id(), SHOWN);
            history = queries.history(current.id());
            reason = null;
            if (successKey != null) {
                Messages.info(successKey);
            }
        } catch (ValidationFailedException e) {
            report(e.violations());
        } catch (TransitionRefusedException e) {
            Messages.error("broadcast.workflow." + e.code());
            Messages.failed();
        } catch (AccessRefusedException | EJBAccessException e) {
            Messages.error("broadcast.refused");
            Messages.failed();
        }
    }

    private void report(List<Violation> violations) {
        violations.forEach(v -> invalid.add(v.field().replaceAll("\\[\\d+]", "")));
        Messages.violations(violations, field -> "broadcast.field." + field.replaceAll("\\[\\d+]", "").replace('.', '_'));
    }

    /** Whether a field had a problem (the page marks it). */
    public boolean invalid(String field) {
        return invalid.contains(field);
    }

    // --- choices that need the caller --------------------------------------------------------

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

    public String time(Instant t) {
        return Times.minutes(t);
    }

    public long count(String state) {
        return current == null ? 0 : current.outcomes().getOrDefault(DeliveryState.valueOf(state), 0L);
    }

    // --- properties ---------------------------------------------------------------------------

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public BulletinView getCurrent() { return current; }
    public List<DeliveryView> getDeliveries() { return deliveries; }
    public List<TimelineEntry> getHistory() { return history; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
