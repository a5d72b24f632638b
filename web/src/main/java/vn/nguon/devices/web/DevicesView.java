package vn.nguon.devices.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.devices.application.DeviceProblemsException;
import vn.nguon.devices.application.DeviceService;
import vn.nguon.devices.application.DeviceView;
import vn.nguon.devices.domain.DeviceData;
import vn.nguon.devices.domain.DeviceProblem;
import vn.nguon.devices.domain.DeviceType;
import vn.nguon.devices.domain.Transport;
import vn.nguon.identity.web.CurrentUser;
import vn.nguon.kernel.AccessRefusedException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import vn.nguon.devices.application.DeviceBroadcasts;

/**
 * The device registry ({@code devices/index.xhtml}): the devices of the caller's communes, a form
 * to register one, a CSV import that lists every problem by line, and credentials (the secret is
 * shown once, right after it is issued).
 */
@Named
@ViewScoped
public class DevicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    vn.nguon.shared.UploadLimits limits;

    @Inject
    DeviceService service;

    @Inject
    CurrentUser me;

    @Inject
    DeviceBroadcasts broadcasts;


    private List<DeviceView> devices = List.of();
    private java.util.Map<String, vn.nguon.devices.domain.DeviceActivity> activity = java.util.Map.of();
    private final List<String> problems = new ArrayList<>();
    private DeviceService.Credentials issued;

    // the registration form
    private String commune;
    private DeviceType type;
    private String name;
    private String village;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private Transport transport = Transport.CELLULAR;
    /** The CSV of the current request (a servlet part lives for one request only). */
    private transient jakarta.servlet.http.Part file;

    // the volume dialog
    private String volumeDevice;
    private Integer volume;

    @PostConstruct
    void load() {
        try {
            // ?unit= (a dashboard's drill-down to a commune's devices): the service checks the caller may see it
            String unit = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("unit");
            devices = service.list(unit == null || unit.isBlank() ? null : unit.strip());
        } catch (AccessRefusedException | EJBAccessException e) {
            devices = List.of();
            error(text("device.refused"));
        }
        try {
            activity = broadcasts.activity(null);
        } catch (AccessRefusedException | EJBAccessException e) {
            activity = java.util.Map.of();
        }
    }

    public boolean isManager() {
        return me.hasAny("device-operator province-officer province-leader ministry-officer ministry-leader");
    }

    /** Province and ministry users register for a commune they name; a commune's operator for their own. */
    public boolean isCommuneChosen() {
        return !"COMMUNE".equals(me.getLevel());
    }

    public void register() {
        run(() -> {
            DeviceView d = service.register(new DeviceData(isCommuneChosen() ? commune : null, type, name, village,
                    latitude, longitude, transport));
            info(MessageFormat.format(text("device.registered"), d.id(), d.name()));
            name = null;
            village = null;
            latitude = null;
            longitude = null;
        });
    }

    public void importFile() {
        run(() -> {
            if (file == null || file.getSize() == 0) {
                error(text("device.import.noFile"));
                return;
            }
            if (file.getSize() > limits.maxBytes()) {
                error(MessageFormat.format(text("violation.fileTooBig"), limits.maxMb()));
                return;
            }
            String csv;
            try (java.io.InputStream in = file.getInputStream()) {
                csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            int n = service.importCsv(csv, isCommuneChosen() ? commune : null).size();
            info(MessageFormat.format(text("device.imported"), n));
        });
    }

    public void issue(String id) {
        run(() -> issued = service.issueCredentials(id));
    }

    public void revoke(String id) {
        run(() -> {
            service.revokeCredentials(id);
            info(text("device.revoked"));
        });
    }

    public void stop(String id) {
        run(() -> {
            broadcasts.stop(id);
            sent(id, MessageFormat.format(text("device.command.stopSent"), id));
        });
    }

    public void sync(String id) {
        run(() -> {
            int n = broadcasts.syncSchedule(id);
            sent(id, MessageFormat.format(text("device.command.syncSent"), id, n));
        });
    }

    /** Opens the volume dialog for a device, with its last reported volume. */
    public void chooseVolume(String id) {
        problems.clear();
        volumeDevice = id;
        volume = shown(id).map(DeviceView::volume).orElse(null);
    }

    public void applyVolume() {
        run(() -> {
            broadcasts.setVolume(volumeDevice, volume);
            sent(volumeDevice, MessageFormat.format(text("device.command.volumeSent"), volumeDevice, volume));
        });
    }

    /** Says the command went, and that it waits for a device that is offline. */
    private void sent(String id, String what) {
        boolean online = shown(id).map(DeviceView::online).orElse(false);
        info(online ? what : what + " " + text("device.command.whenBack"));
    }

    /** The device as the page shows it. */
    private java.util.Optional<DeviceView> shown(String id) {
        return devices.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** "Dự phòng FM 7 ngày qua: 35 phút", or null. */
    public String fmFallback(DeviceView d) {
        return d.fmFallbackMinutes() == 0 ? null : MessageFormat.format(text("device.fmFallback"), d.fmFallbackMinutes());
    }

    private void run(Runnable step) {
        problems.clear();
        issued = null;
        try {
            step.run();
            load();
        } catch (DeviceProblemsException e) {
            for (DeviceProblem p : e.problems()) {
                String field = p.field().isEmpty() ? "" : text("device.field." + p.field()) + ": ";
                String line = p.line() > 0 ? MessageFormat.format(text("device.line"), p.line()) + " — " : "";
                problems.add(line + field + MessageFormat.format(text("device.problem." + p.code()), p.arg()));
            }
            FacesContext.getCurrentInstance().validationFailed();
            error(MessageFormat.format(text("device.problems"), e.problems().size()));
        } catch (AccessRefusedException | EJBAccessException e) {
            error(text("device.refused"));
        }
    }

    private static String text(String key) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ResourceBundle b = fc.getApplication().getResourceBundle(fc, "msg");
        return b.getString(key);
    }

    private static void info(String s) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, s, null));
    }

    private static void error(String s) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, s, null));
    }


    /** "Lần cuối: 23/11/2026 07:02", or nothing for a device never seen. */
    public String time(java.time.Instant at) {
        return at == null ? "" : text("device.lastSeen") + ": " + vn.nguon.web.Times.minutes(at);
    }

    public List<DeviceView> getDevices() { return devices; }

    /** Polled: status and activity change while the page is open. */
    public void refresh() {
        load();
    }

    /** What the device is playing now, or null. */
    public String playing(String deviceId) {
        vn.nguon.devices.domain.DeviceActivity a = activity.get(deviceId);
        return a == null ? null : a.playing();
    }

    /** "2 lỗi trong 24 giờ (MEDIA_UNREACHABLE)", or null. */
    public String failures(String deviceId) {
        vn.nguon.devices.domain.DeviceActivity a = activity.get(deviceId);
        return a == null || a.failures() == 0 ? null
                : MessageFormat.format(text("device.failures"), a.failures(), a.lastFailure() == null ? "" : a.lastFailure());
    }

    public long getOnline() { return devices.stream().filter(DeviceView::online).count(); }

    public long getFmFallback() { return devices.stream().filter(d -> d.online() && "FM_FALLBACK".equals(d.mode())).count(); }

    public List<String> getProblems() { return problems; }

    public DeviceService.Credentials getIssued() { return issued; }

    public DeviceType[] getTypes() { return DeviceType.values(); }

    public Transport[] getTransports() { return Transport.values(); }

    public String getCommune() { return commune; }

    public void setCommune(String commune) { this.commune = commune; }

    public DeviceType getType() { return type; }

    public void setType(DeviceType type) { this.type = type; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public String getVillage() { return village; }

    public void setVillage(String village) { this.village = village; }

    public BigDecimal getLatitude() { return latitude; }

    public void setLatitude(BigDecimal latitude) { this.latitude = latitude; }

    public BigDecimal getLongitude() { return longitude; }

    public void setLongitude(BigDecimal longitude) { this.longitude = longitude; }

    public Transport getTransport() { return transport; }

    public void setTransport(Transport transport) { this.transport = transport; }

    public String getVolumeDevice() { return volumeDevice; }

    public Integer getVolume() { return volume; }

    public void setVolume(Integer volume) { this.volume = volume; }

    public jakarta.servlet.http.Part getFile() { return file; }

    public void setFile(jakarta.servlet.http.Part file) { this.file = file; }
}
