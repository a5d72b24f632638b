package vn.nguon.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The user's language: Vietnamese by default, English on request; kept for the session. */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Set<String> SUPPORTED = Set.of("vi", "en");

    private Locale locale = VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches the language and stays on the current page. */
    public void switchTo(String language) {
        if (SUPPORTED.contains(language)) {
            locale = Locale.forLanguageTag(language);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
    }
}
