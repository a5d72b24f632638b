package vn.nguon.users.domain;

import vn.nguon.identity.domain.Role;
import vn.nguon.kernel.Violation;
import vn.nguon.org.domain.UnitLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an account may look like and which roles fit which unit. An officer's or leader's role belongs to
 * one level (a commune officer works in a commune); a device operator and an administrator exist at every
 * level. An administrator grants roles only to accounts of its own unit and the units below it, so the
 * level of the account's unit is what bounds the roles: a province administrator cannot make a ministry
 * officer because no ministry account is within its reach.
 */
public final class AccountRules {

    /** Lower-case letters, digits, dot, dash, underscore; 3–60 characters, starting with a letter or digit. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    public static final int MAX_NAME = 100;
    private static final java.text.Collator COLLATOR = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
    /** Vietnamese alphabetical order (Đ after D, tones after the bare letter); the JDK's collator compares under a lock. */
    public static final java.util.Comparator<String> VIETNAMESE = COLLATOR::compare;

    private AccountRules() {
    }

    /** The level a role belongs to, or null for roles of every level (device operator, administrator). */
    public static UnitLevel levelOf(Role role) {
        return switch (role) {
            case COMMUNE_OFFICER, COMMUNE_LEADER -> UnitLevel.COMMUNE;
            case PROVINCE_OFFICER, PROVINCE_LEADER -> UnitLevel.PROVINCE;
            case MINISTRY_OFFICER, MINISTRY_LEADER -> UnitLevel.MINISTRY;
            case DEVICE_OPERATOR, ADMIN -> null;
        };
    }

    /** Whether an account of a unit at {@code level} may hold {@code role}. */
    public static boolean fits(Role role, UnitLevel level) {
        UnitLevel own = levelOf(role);
        return own == null || own == level;
    }

    /** The roles an account of a unit at {@code level} may hold, in the order the screens list them. */
    public static List<Role> rolesFor(UnitLevel level) {
        return java.util.Arrays.stream(Role.values()).filter(r -> fits(r, level)).toList();
    }

    /** The problems of an account's fields, by field ({@code username}, {@code firstName}, …, {@code roles}). */
    public static List<Violation> problems(String username, String firstName, String lastName, String email,
                                           Set<Role> roles, UnitLevel level) {
        List<Violation> v = new ArrayList<>();
        if (username != null) {
            if (username.isBlank()) {
                v.add(Violation.of("username", Violation.REQUIRED));
            } else if (!USERNAME.matcher(username).matches()) {
                v.add(Violation.of("username", "account.username"));
            }
        }
        name(v, "firstName", firstName);
        name(v, "lastName", lastName);
        if (email != null && !email.isBlank() && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            v.add(Violation.of("email", "account.email"));
        }
        if (roles == null || roles.isEmpty()) {
            v.add(Violation.of("roles", Violation.REQUIRED));
        } else if (level != null) {
            roles.stream().filter(r -> !fits(r, level)).forEach(r -> v.add(Violation.of("roles", "account.roleLevel", r.id())));
        }
        return v;
    }

    private static void name(List<Violation> v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(Violation.of(field, Violation.REQUIRED));
        } else if (value.length() > MAX_NAME) {
            v.add(Violation.of(field, Violation.TOO_LONG, MAX_NAME));
        }
    }

    /** Text for searching without diacritics: lower case, marks removed, đ as d ("Bình Lư" → "binh lu"). */
    public static String folded(String text) {
        return vn.nguon.kernel.Diacritics.folded(text);
    }
}
