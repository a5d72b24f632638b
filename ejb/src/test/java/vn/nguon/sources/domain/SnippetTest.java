package vn.nguon.sources.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnippetTest {

    @Test
    void theQuerysWordsAreMarkedInTheirOwnSpellingMatchedWithoutDiacritics() {
        assertEquals("Cà phê ⟦Đắk⟧ ⟦Lắk⟧ mùa khô.", Snippet.of("Cà phê Đắk Lắk mùa khô.", "dak lak", 40));
        assertEquals("Hướng dẫn ⟦phòng⟧ ⟦chống⟧ ⟦bão⟧ số 15", Snippet.of("Hướng dẫn phòng chống bão số 15", "PHONG CHONG BAO", 40));
        assertEquals("Dịch ⟦Covid19⟧ ở Mường2", Snippet.of("Dịch Covid19 ở Mường2", "covid19", 40));
    }

    @Test
    void theStretchWithTheMostMatchesIsShownWithEllipses() {
        String text = "một hai ba bốn năm sáu bảy tám chín mười bão lũ quét mười một mười hai";
        assertEquals("… mười ⟦bão⟧ ⟦lũ⟧ ⟦quét⟧ mười …", Snippet.of(text, "bao lu quet", 5));
        assertEquals("một hai ba …", Snippet.of(text, "khong co", 3), "no match: the start");
        assertEquals("một hai ba", Snippet.of("một hai ba", null, 40));
        assertEquals("", Snippet.of("  ", "x", 5));
    }

    @Test
    void leftOutWordsAndOperatorsAreNotLookedFor() {
        assertEquals(Set.of("tiem", "chung", "tre"), Snippet.terms("\"tiêm chủng\" trẻ -người or"));
        assertEquals(Set.of("covid", "19"), Snippet.terms("covid-19"), "a hyphen inside a word is not a minus");
    }
}
