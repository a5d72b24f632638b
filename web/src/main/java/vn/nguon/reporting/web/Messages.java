package vn.nguon.reporting.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Faces messages from the {@code msg} bundle, in the viewer's language. */
public final class Messages {

    private Messages() {
    }

    public static ResourceBundle bundle() {
        FacesContext fc = FacesContext.getCurrentInstance();
        return fc.getApplication().getResourceBundle(fc, "msg");
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

    /** Tells PrimeFaces that the request failed (keeps a dialog open, skips oncomplete success handlers). */
    public static void failed() {
        FacesContext.getCurrentInstance().validationFailed();
    }
}
