package vn.nguon.reports.document;

import java.util.List;

/**
 * What an official report says, already in officials' words: the document layer knows nothing
 * of templates or workflow. Field by field, the parts of a document under NĐ 30/2020.
 *
 * @param issuer       the issuing body, one line per row ("ỦY BAN NHÂN DÂN\nXÃ BÌNH LƯ")
 * @param number       the number and symbol ("149/BC-UBND"), or blank for a draft
 * @param placeAndDate "Bình Lư, ngày 08 tháng 10 năm 2025"
 * @param kind         the kind of document ("BÁO CÁO")
 * @param title        what it is about
 * @param parts        the body, in order
 * @param closing      the closing sentence ("Trên đây là …./.")
 * @param recipients   "Nơi nhận", one recipient per entry
 * @param authority    the signing authority lines ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
 * @param signerName   the signer's full name
 * @param annexes      the annex tables (Phụ lục), each on its own pages
 * @param draft        an unsigned preview: watermarked "BẢN NHÁP"
 */
public record OfficialDocument(String issuer, String number, String placeAndDate, String kind, String title,
                               List<Part> parts, String closing, List<String> recipients, String authority,
                               String signerName, List<Annex> annexes, boolean draft) {

    public OfficialDocument {
        parts = List.copyOf(parts);
        recipients = List.copyOf(recipients);
        annexes = List.copyOf(annexes);
    }

    /** One part of the body: a heading (may be blank) and its text. */
    public record Part(String heading, String text) {
    }

    /** An annex table: "Phụ lục 01", its title, the value columns' labels and the rows. */
    public record Annex(String heading, String title, List<String> columns, List<Row> rows) {
        public Annex {
            if (columns.isEmpty() || columns.size() > 2) {
                throw new IllegalArgumentException("an annex has one or two value columns, not " + columns.size());
            }
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** A row of an annex: its number, the indicator, its unit, one value per column. */
    public record Row(String no, String label, String unit, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }
    }

    /** "Số: 149/BC-UBND", or "Số:      /BC-UBND" style blank for a draft. */
    public String numberLine() {
        return "Số: " + (number == null || number.isBlank() ? "        " : number);
    }
}
