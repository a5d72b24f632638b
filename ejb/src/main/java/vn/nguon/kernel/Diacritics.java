package vn.nguon.kernel;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text without its diacritics, for matching what people type without them ("binh lu" for "Bình Lư"). */
public final class Diacritics {

    private Diacritics() {
    }

    /** Lower case, marks removed, đ as d: "Đắk Lắk" → "dak lak". Empty for null. */
    public static String folded(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd');
    }
}
