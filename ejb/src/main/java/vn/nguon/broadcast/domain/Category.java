package vn.nguon.broadcast.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a bulletin is about (the UI names them in Vietnamese: {@code category.*}). */
public enum Category {
    NEWS, POLICY, DISASTER, HEALTH, SECURITY, AGRICULTURE, EDUCATION, OTHER;

    public static Optional<Category> parse(String s) {
        return s == null ? Optional.empty()
                : Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(s.strip())).findFirst();
    }
}
