package vn.nguon.feedback.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import vn.nguon.feedback.application.FeedbackCategoryView;
import vn.nguon.feedback.application.FeedbackIntake;
import vn.nguon.feedback.domain.Channel;
import vn.nguon.feedback.domain.FeedbackData;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.org.application.OrgUnitQueries;
import vn.nguon.org.application.UnitView;
import vn.nguon.web.ClientAddress;
import vn.nguon.web.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Gửi phản ánh, kiến nghị ({@code public/feedback/new.xhtml}, no sign-in): the citizen picks the province and the
 * commune, the category, writes a title and the text, adds up to five photos or documents, and — if they wish a
 * reply — their name, phone or e-mail with the consent line; or stays anonymous. Every wrong field is named and
 * the form kept; on success the page shows the tracking code at its own address.
 */
@Named
@ViewScoped
public class FeedbackFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FeedbackIntake intake;

    @Inject
    OrgUnitQueries unitQueries;

    @Inject
    ClientAddress clients;

    @Inject
    vn.nguon.org.application.Geography geography;

    private final List<String> invalid = new ArrayList<>();
    private List<UnitView> provinces = List.of();
    private String province;
    private String commune;
    private String category;
    private String title;
    private String text;
    private String name;
    private String phone;
    private String email;
    private boolean consent;
    private boolean anonymous;
    private String website; // the honeypot: hidden from people
    private Double latitude;
    private Double longitude;
    private String place; // the commune the point lies in, as shown
    private transient Collection<Part> photos;

    @PostConstruct
    void init() {
        provinces = unitQueries.children("BVHTTDL");
        String c = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("commune");
        unitQueries.unit(c == null ? "" : c).filter(u -> u.level() == vn.nguon.org.domain.UnitLevel.COMMUNE).ifPresent(u -> {
            commune = u.code();
            province = unitQueries.parentOf(u.code()).map(UnitView::code).orElse(null);
        });
    }

    public List<UnitView> getCommunes() {
        return province == null || province.isBlank() ? List.of() : unitQueries.children(province);
    }

    public List<FeedbackCategoryView> getCategories() {
        return intake.categories(commune, Messages.language());
    }

    public void submit() {
        invalid.clear();
        FacesContext ctx = FacesContext.getCurrentInstance();
        ExternalContext ext = ctx.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        try {
            List<FeedbackIntake.Upload> uploads = new ArrayList<>();
            for (Part p : parts(request)) {
                if (p.getSize() > FeedbackIntake.MAX_FILE_BYTES) {
                    throw new ValidationFailedException(List.of(Violation.of("files", "fileTooBig", FeedbackIntake.MAX_FILE_BYTES / (1024 * 1024))));
                }
                try (InputStream in = p.getInputStream()) {
                    uploads.add(new FeedbackIntake.Upload(p.getSubmittedFileName(), in.readAllBytes()));
                }
            }
            FeedbackIntake.Receipt r = intake.submit(new FeedbackData(category, commune, title, text, name, phone, email, consent, anonymous,
                    latitude, longitude, null, Channel.WEB), uploads, clients.of(request), website);
            ext.getFlash().setKeepMessages(true);
            Messages.info("feedback.sent", r.code());
            ext.redirect(ext.getRequestContextPath() + "/public/feedback/track.xhtml?ref=" + r.code());
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> invalid.add(v.field().replaceAll("\\[\\d+]", "")));
            Messages.violations(e.violations(), f -> "feedback.field." + f.replaceAll("\\[\\d+]", ""));
        } catch (FeedbackIntake.TooMany e) {
            Messages.error("feedback.tooMany", e.retryAfterSeconds() / 60);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files chosen in the form's file field (none when the form had no multipart body). */
    private static List<Part> parts(HttpServletRequest request) {
        try {
            if (request.getContentType() == null || !request.getContentType().startsWith("multipart/")) {
                return List.of();
            }
            return request.getParts().stream().filter(p -> p.getName().endsWith("photos") && p.getSize() > 0).toList();
        } catch (IOException | jakarta.servlet.ServletException e) {
            return List.of();
        }
    }

    public boolean invalid(String field) {
        return invalid.contains(field);
    }

    public void provinceChanged() {
        commune = null;
    }

    /**
     * A point chosen on the map or by the device's location ({@code lat}, {@code lon} request parameters, from the
     * page's script): the province and commune it lies in are picked for the citizen, who may still change them.
     * A point outside every commune is named as such and not kept.
     */
    public void pointChosen() {
        java.util.Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Double lat = degrees(p.get("lat"), 90);
        Double lon = degrees(p.get("lon"), 180);
        java.util.Optional<UnitView> at = lat == null || lon == null ? java.util.Optional.empty() : geography.communeAt(lat, lon);
        if (at.isEmpty()) {
            clearPoint();
            Messages.error("violation.feedback.pointOutside");
            return;
        }
        latitude = lat;
        longitude = lon;
        commune = at.get().code();
        province = geography.provinceOf(commune);
        place = at.get().chainText();
        invalid.remove("commune");
        invalid.remove("latitude");
    }

    public void clearPoint() {
        latitude = null;
        longitude = null;
        place = null;
    }

    private static Double degrees(String text, double limit) {
        try {
            double d = Double.parseDouble(text == null ? "" : text.strip());
            return Double.isFinite(d) && Math.abs(d) <= limit ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "22.33610, 103.60450 — Xã Bình Lư — Tỉnh Lai Châu", or null when no point is chosen. */
    public String getPointText() {
        return latitude == null ? null : String.format(java.util.Locale.ROOT, "%.5f, %.5f — %s", latitude, longitude, place);
    }

    /** The commune the point lies in ("Xã Bình Lư"), for the map's marker. */
    public String getPlaceName() {
        return place == null ? null : place.split(" — ")[0];
    }

    public List<UnitView> getProvinces() { return provinces; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public Double getLatitude() { return latitude; }
    public Double getLongitude() { return longitude; }
    public long getMaxFileBytes() { return FeedbackIntake.MAX_FILE_BYTES; }
}
