package vn.nguon.sources.domain;

import vn.nguon.kernel.Diacritics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The snippet a search hit shows: the stretch of {@code maxWords} words of the text with the most words of
 * the query, those words marked {@link SourceRepository#MARK_START}…{@link SourceRepository#MARK_END} in their
 * original spelling — matched as the search matches them, without diacritics. Words after a minus (left
 * out by the search) and the operator "or" are not marked. Done here rather than by {@code ts_headline},
 * which parsed every text of the page again in the database (half of a search's time).
 */
public final class Snippet {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern QUERY_WORD = Pattern.compile("(-?)([\\p{L}\\p{N}]+)");

    private Snippet() {
    }

    /** The words the query looks for, folded. */
    static Set<String> terms(String query) {
        Set<String> terms = new HashSet<>();
        if (query == null) {
            return terms;
        }
        Matcher m = QUERY_WORD.matcher(query);
        while (m.find()) {
            String w = Diacritics.folded(m.group(2));
            boolean excluded = !m.group(1).isEmpty() && (m.start() == 0 || Character.isWhitespace(query.charAt(m.start() - 1)));
            if (!excluded && !w.equals("or")) {
                terms.add(w);
            }
        }
        return terms;
    }

    /** The snippet of {@code text} for {@code query}: its start when nothing matches. */
    public static String of(String text, String query, int maxWords) {
        if (text == null || text.isBlank()) {
            return "";
        }
        Set<String> terms = terms(query);
        List<int[]> words = new ArrayList<>(); // start, end, matched (1/0)
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[]{m.start(), m.end(), terms.contains(Diacritics.folded(m.group())) ? 1 : 0});
        }
        if (words.isEmpty()) {
            return text.strip();
        }
        int n = Math.min(maxWords, words.size());
        int best = 0;
        int bestCount = -1;
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            count += words.get(i)[2];
            if (i >= n) {
                count -= words.get(i - n)[2];
            }
            if (i >= n - 1 && count > bestCount) {
                bestCount = count;
                best = i - n + 1;
            }
        }
        if (bestCount > 0) {
            // the matches of that stretch in its middle, with as many words of context on each side
            int first = best;
            while (words.get(first)[2] == 0) {
                first++;
            }
            int lastMatch = best + n - 1;
            while (words.get(lastMatch)[2] == 0) {
                lastMatch--;
            }
            best = Math.max(0, Math.min(first - (n - (lastMatch - first + 1)) / 2, words.size() - n));
        }
        int from = best == 0 ? 0 : words.get(best)[0];
        int last = best + n - 1;
        int to = last == words.size() - 1 ? text.length() : words.get(last)[1];
        StringBuilder b = new StringBuilder();
        if (best > 0) {
            b.append("… ");
        }
        int at = from;
        for (int i = best; i <= last; i++) {
            int[] w = words.get(i);
            if (w[2] == 1) {
                b.append(text, at, w[0]).append(SourceRepository.MARK_START).append(text, w[0], w[1]).append(SourceRepository.MARK_END);
                at = w[1];
            }
        }
        b.append(text, at, to);
        if (to < text.length()) {
            b.append(" …");
        }
        return b.toString().strip();
    }
}
