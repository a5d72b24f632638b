package vn.nguon.sources.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SnippetsTest {

    @Test
    void matchedWordsAreMarkedAndEverythingElseEscaped() {
        assertEquals("Nông dân <mark>Đắk</mark> <mark>Lắk</mark> &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;cà phê&quot;",
                Snippets.html("Nông dân ⟦Đắk⟧ ⟦Lắk⟧ <script>alert('x')</script> & \"cà phê\""));
        assertEquals("<mark>bão</mark>", Snippets.html("⟦bão"), "an open mark is closed");
        assertEquals("a⟧b", Snippets.html("a⟧b"), "a lone end mark is text");
        assertEquals("", Snippets.html(null));
    }
}
