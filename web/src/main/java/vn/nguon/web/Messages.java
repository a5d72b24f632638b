package vn.nguon.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Faces messages from the {@code msg} bundle, in the viewer's language. */
public final class Messages {

    private Messages() {
    }

    /**
     * The {@code msg} bundle in the user's language ({@link LocaleView}: Vietnamese unless they chose
     * English) — not the view root's locale, which before the page renders is still the browser's
     * Accept-Language (a headless or English-set browser would get English messages on a Vietnamese page).
     */
    public static ResourceBundle bundle() {
        FacesContext fc = FacesContext.getCurrentInstance();
        jakarta.enterprise.inject.Instance<LocaleView> chosen = jakarta.enterprise.inject.spi.CDI.current().select(LocaleView.class);
        Locale locale = chosen.isResolvable() ? chosen.get().getLocale() : fc.getViewRoot().getLocale();
        return bundle(locale);
    }

    /** The bundle in a language: English for "en", Vietnamese otherwise (the default bundle). */
    public static ResourceBundle bundle(Locale locale) {
        Locale chosen = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : LocaleView.VIETNAMESE;
        return ResourceBundle.getBundle(BASE_NAME, chosen, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The bundle's base name, as faces-config.xml declares it for {@code #{msg}}. */
    static final String BASE_NAME = "vn.nguon.web.i18n.messages";

    /** The language of the current page, "en" or "vi" (the default). */
    public static String language() {
        return bundle().getLocale().getLanguage().equals("en") ? "en" : "vi";
    }

    public static String text(String key, Object... args) {
        String pattern = bundle().getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    public static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /**
     * Each problem as an error message "label: what is wrong" — the label is the bundle's text for
     * {@code labelKey(field)}, or the field itself; the problem's text is {@code violation.<code>} — and marks
     * the request failed.
     */
    public static void violations(java.util.List<vn.nguon.kernel.Violation> violations,
                                  java.util.function.Function<String, String> labelKey) {
        ResourceBundle b = bundle();
        for (vn.nguon.kernel.Violation v : violations) {
            String key = labelKey.apply(v.field());
            String label = b.containsKey(key) ? b.getString(key) : v.field();
            String message;
            try {
                message = MessageFormat.format(b.getString("violation." + v.code()), v.args().toArray());
            } catch (java.util.MissingResourceException e) {
                message = v.code();
            }
            add(FacesMessage.SEVERITY_ERROR, label + ": " + message);
        }
        failed();
    }

    /** Tells PrimeFaces that the request failed (keeps a dialog open, skips oncomplete success handlers). */
    public static void failed() {
        FacesContext.getCurrentInstance().validationFailed();
    }
}
