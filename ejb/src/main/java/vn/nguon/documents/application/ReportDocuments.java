package vn.nguon.documents.application;

import vn.nguon.documents.domain.SignatureAuthority;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.UnitLevel;
import vn.nguon.reporting.domain.IndicatorType;
import vn.nguon.reporting.domain.ReportTemplate;
import vn.nguon.reports.document.OfficialDocument;
import vn.nguon.reports.format.PlaceAndDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a report into the words of an official document: the issuing body from the unit, "Số",
 * place and date, the template's sections as the body, its annexes as Phụ lục tables, the
 * recipients one level up, and the signature block from the signer's office. Pure: no I/O.
 */
public final class ReportDocuments {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern ANNEX_NUMBER = Pattern.compile("PL0*(\\d+)");

    private ReportDocuments() {
    }

    /** What a report says as an official document; {@code number} null for a draft preview. */
    public static OfficialDocument compose(ReportTemplate template, Map<String, String> values, String periodName,
                                           OrgUnit unit, String number, LocalDate date, String signerName,
                                           String signerPosition, boolean draft) {
        List<OfficialDocument.Part> parts = new ArrayList<>();
        for (ReportTemplate.Section s : template.sections()) {
            String text = values.get(s.key());
            if (text != null && !text.isBlank()) {
                parts.add(new OfficialDocument.Part(s.title(), text.strip()));
            }
        }
        List<OfficialDocument.Annex> annexes = new ArrayList<>();
        int index = 0;
        for (ReportTemplate.Annex a : template.annexes()) {
            index++;
            List<OfficialDocument.Row> rows = new ArrayList<>();
            int no = 1;
            for (ReportTemplate.Indicator i : a.indicators()) {
                // a province's or the ministry's values are roll-ups: a count of units, not a yes/no
                ReportTemplate.Measure m = i.at(unit.level() != UnitLevel.COMMUNE);
                List<String> cells = new ArrayList<>();
                for (ReportTemplate.Column c : a.columns()) {
                    cells.add(display(m.type(), values.get(a.key(i, c))));
                }
                rows.add(new OfficialDocument.Row(String.valueOf(no++), i.label(), m.unit(), cells));
            }
            annexes.add(new OfficialDocument.Annex(annexHeading(a.code(), index), a.title(),
                    a.columns().stream().map(ReportTemplate.Column::label).toList(), rows));
        }
        boolean ministry = unit.level() == UnitLevel.MINISTRY;
        return new OfficialDocument(issuer(unit), number, PlaceAndDate.format(place(unit), date), "BÁO CÁO",
                periodName, parts,
                "Trên đây là báo cáo " + lowerFirst(periodName) + " của " + issuerName(unit) + "./.",
                recipients(unit), SignatureAuthority.lines(ministry, signerPosition), signerName, annexes, draft);
    }

    /** A unit's statement (not a report's form) as an official report: its heading, recipients and signature as a report's. */
    static OfficialDocument statement(String title, List<OfficialDocument.Part> parts, List<OfficialDocument.Annex> annexes, OrgUnit unit,
                                      String number, LocalDate date, String signerName, String signerPosition) {
        return new OfficialDocument(issuer(unit), number, PlaceAndDate.format(place(unit), date), "BÁO CÁO", title, parts,
                "Trên đây là báo cáo " + lowerFirst(title) + " của " + issuerName(unit) + "./.", recipients(unit),
                SignatureAuthority.lines(unit.level() == UnitLevel.MINISTRY, signerPosition), signerName, annexes, false);
    }

    /** "ỦY BAN NHÂN DÂN\nXÃ BÌNH LƯ"; the ministry's name on two lines. */
    static String issuer(OrgUnit unit) {
        if (unit.level() == UnitLevel.MINISTRY) {
            return "BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH";
        }
        return "ỦY BAN NHÂN DÂN\n" + unit.fullName().toUpperCase(VI);
    }

    /** "Ủy ban nhân dân xã Bình Lư"; the ministry by its name. */
    static String issuerName(OrgUnit unit) {
        return unit.level() == UnitLevel.MINISTRY ? unit.fullName() : "Ủy ban nhân dân " + lowerFirst(unit.fullName());
    }

    /** The place in the date line: the unit's own name; the ministry sits in Hà Nội. */
    static String place(OrgUnit unit) {
        return unit.level() == UnitLevel.MINISTRY ? "Hà Nội" : unit.name();
    }

    static List<String> recipients(OrgUnit unit) {
        return switch (unit.level()) {
            case COMMUNE -> List.of("UBND " + lowerFirst(unit.parent().fullName()) + " (B/c);",
                    "Sở Văn hóa, Thể thao và Du lịch (B/c);", "Chủ tịch, các Phó Chủ tịch UBND xã;", "Lưu: VT.");
            case PROVINCE -> List.of("Bộ Văn hóa, Thể thao và Du lịch (B/c);", "TT Tỉnh ủy, HĐND tỉnh (B/c);",
                    "Chủ tịch, các Phó Chủ tịch UBND tỉnh;", "Sở Văn hóa, Thể thao và Du lịch;", "Lưu: VT.");
            case MINISTRY -> List.of("Thủ tướng Chính phủ (B/c);", "Bộ trưởng (B/c);", "UBND các tỉnh, thành phố;",
                    "Lưu: VT, Cục TTCS.");
        };
    }

    /** "PL01" → "Phụ lục 01"; an annex coded otherwise is numbered by its place in the template. */
    static String annexHeading(String code, int index) {
        Matcher m = ANNEX_NUMBER.matcher(code);
        return String.format("Phụ lục %02d", m.matches() ? Integer.parseInt(m.group(1)) : index);
    }

    private static String display(IndicatorType type, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        if (type == IndicatorType.YES_NO) {
            try {
                return Boolean.TRUE.equals(type.parse(value)) ? "Có" : "Không";
            } catch (IllegalArgumentException e) {
                return value.strip();
            }
        }
        return value.strip();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }
}
