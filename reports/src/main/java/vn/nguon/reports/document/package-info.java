/**
 * Official documents in the format of Nghị định 30/2020/NĐ-CP: an {@link vn.nguon.reports.document.OfficialDocument}
 * (what the document says) is rendered by {@link vn.nguon.reports.document.DocumentRenderer} through the
 * JasperReports templates of {@code src/main/jasperreports} (compiled at build) to PDF, and its annex tables to XLSX.
 */
package vn.nguon.reports.document;
