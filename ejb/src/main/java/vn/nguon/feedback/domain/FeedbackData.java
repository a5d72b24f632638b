package vn.nguon.feedback.domain;

import vn.nguon.kernel.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Feedback as a citizen (or an officer taking a call) wrote it, before it is checked; {@link #problems} names
 * everything wrong at once. Personal data is optional; without the consent line it is not kept at all, and an
 * anonymous item keeps none (it then gets no personal reply, only the public answer by its code).
 *
 * @param commune   where the matter is (a commune's code)
 * @param consent   the citizen agreed that the unit handling it may use their personal data (NĐ 13/2023)
 */
public record FeedbackData(String category, String commune, String title, String text, String name, String phone, String email,
                           boolean consent, boolean anonymous, Double latitude, Double longitude, FeedbackPriority priority,
                           Channel channel) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 5_000;
    public static final int MAX_NAME = 100;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .-]{8,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,}");

    public FeedbackData {
        category = strip(category);
        commune = strip(commune);
        title = strip(title);
        text = strip(text);
        if (anonymous) {
            name = null;
            phone = null;
            email = null;
        }
        name = strip(name);
        phone = strip(phone);
        email = strip(email);
        priority = priority == null ? FeedbackPriority.NORMAL : priority;
        channel = channel == null ? Channel.WEB : channel;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether any personal data was given. */
    public boolean personal() {
        return name != null || phone != null || email != null;
    }

    public List<Violation> problems() {
        List<Violation> v = new ArrayList<>();
        if (category == null) {
            v.add(Violation.of("category", Violation.REQUIRED));
        }
        if (commune == null && (latitude == null || longitude == null)) {
            v.add(Violation.of("commune", Violation.REQUIRED));
        }
        required(v, "title", title, MAX_TITLE);
        required(v, "text", text, MAX_TEXT);
        if (name != null && name.length() > MAX_NAME) {
            v.add(Violation.of("name", Violation.TOO_LONG, MAX_NAME));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            v.add(Violation.of("phone", "feedback.badPhone"));
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            v.add(Violation.of("email", "feedback.badEmail"));
        }
        if (personal() && !consent) {
            v.add(Violation.of("consent", "feedback.consentRequired"));
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || latitude.isNaN())) {
            v.add(Violation.of("latitude", "notAllowed", latitude));
        }
        if (longitude != null && (longitude < -180 || longitude > 180 || longitude.isNaN())) {
            v.add(Violation.of("longitude", "notAllowed", longitude));
        }
        return v;
    }

    private static void required(List<Violation> v, String field, String value, int max) {
        if (value == null) {
            v.add(Violation.of(field, Violation.REQUIRED));
        } else if (value.length() > max) {
            v.add(Violation.of(field, Violation.TOO_LONG, max));
        }
    }
}
