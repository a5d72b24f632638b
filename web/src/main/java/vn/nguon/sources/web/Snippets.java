package vn.nguon.sources.web;

import vn.nguon.sources.domain.SourceRepository;

/** A search snippet as HTML: the text escaped, the matched words (⟦…⟧ from the search) in {@code <mark>}. */
public final class Snippets {

    private Snippets() {
    }

    public static String html(String snippet) {
        if (snippet == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(snippet.length() + 32);
        boolean open = false;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            String s = String.valueOf(c);
            if (s.equals(SourceRepository.MARK_START) && !open) {
                b.append("<mark>");
                open = true;
            } else if (s.equals(SourceRepository.MARK_END) && open) {
                b.append("</mark>");
                open = false;
            } else {
                switch (c) {
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '&' -> b.append("&amp;");
                    case '"' -> b.append("&quot;");
                    case '\'' -> b.append("&#39;");
                    default -> b.append(c);
                }
            }
        }
        if (open) {
            b.append("</mark>");
        }
        return b.toString();
    }
}
