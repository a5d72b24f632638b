package vn.nguon.documents.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import vn.nguon.documents.application.DocumentService;
import vn.nguon.documents.application.Verification;
import vn.nguon.org.application.OrgUnitQueries;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The public verification page ({@code /nguon/verify}, no login): upload a PDF and learn whether
 * it is a document Nguồn issued, byte for byte, and which report, unit, number and signer it is;
 * a changed byte is reported as altered. Plain HTML, so it works on any device a citizen has.
 */
@WebServlet("/verify")
@MultipartConfig(maxFileSize = VerifyServlet.MAX_BYTES, maxRequestSize = VerifyServlet.MAX_BYTES + 10_000)
public class VerifyServlet extends HttpServlet {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    DocumentService documents;

    @Inject
    OrgUnitQueries units;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        page(res, null, null);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException, ServletException {
        Part file;
        try {
            file = req.getPart("file");
        } catch (IllegalStateException e) {
            res.setStatus(413);
            page(res, null, "Tệp quá lớn (tối đa 20 MB).");
            return;
        }
        if (file == null || file.getSize() == 0) {
            res.setStatus(400);
            page(res, null, "Vui lòng chọn một tệp PDF.");
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        }
        page(res, documents.verify(bytes), null);
    }

    private void page(HttpServletResponse res, Verification v, String error) throws IOException {
        res.setContentType("text/html; charset=UTF-8");
        res.setHeader("Cache-Control", "no-store");
        PrintWriter out = res.getWriter();
        out.println("""
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Xác thực văn bản — Nguồn</title>
                <style>
                body{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;margin:0;background:#f4f6f8;color:#1f2933}
                header{background:#b71c1c;color:#fff;padding:.8rem 1.2rem;font-weight:700}
                main{max-width:44rem;margin:1.5rem auto;background:#fff;padding:1.2rem 1.5rem;border-radius:6px}
                .ok{border-left:6px solid #2e7d32;padding:.6rem 1rem;background:#edf7ee}
                .bad{border-left:6px solid #b71c1c;padding:.6rem 1rem;background:#fdecea}
                .warn{border-left:6px solid #ed6c02;padding:.6rem 1rem;background:#fff4e5}
                th{text-align:left;padding:.2rem 1rem .2rem 0;color:#52606d}
                </style></head><body>
                <header>Nguồn — Hệ thống thông tin nguồn</header><main>
                <h1>Xác thực văn bản</h1>
                <p>Tải lên tệp PDF để kiểm tra đó có phải văn bản do Nguồn phát hành và còn nguyên vẹn hay không.</p>
                <form method="post" enctype="multipart/form-data">
                <input id="file" type="file" name="file" accept="application/pdf,.pdf" required>
                <button id="check" type="submit">Kiểm tra</button>
                </form>""");
        if (error != null) {
            out.println("<p id=\"result\" class=\"bad\">" + esc(error) + "</p>");
        }
        if (v != null) {
            switch (v.verdict()) {
                case AUTHENTIC -> {
                    String unit = units.unit(v.unitCode()).map(u -> u.fullName()).orElse(v.unitCode());
                    out.println("<div id=\"result\" class=\"ok\"><p><b>Văn bản xác thực.</b> Tệp này đúng từng byte với văn bản "
                            + "Nguồn đã phát hành và ký số; không bị sửa đổi.</p><table>"
                            + row("Số, ký hiệu", v.documentNumber()) + row("Đơn vị ban hành", unit)
                            + row("Người ký", v.signerName()) + row("Thời gian ký", TIME.format(v.signedAt()))
                            + (v.reportId() == null ? row("Văn bản", v.title())
                                    : row("Báo cáo", "#" + v.reportId() + ", lần " + v.revision()))
                            + row("SHA-256", "<code>" + v.sha256() + "</code>") + "</table></div>");
                }
                case ALTERED -> out.println("<p id=\"result\" class=\"bad\"><b>Văn bản đã bị sửa đổi.</b> Tệp có chữ ký số "
                        + "nhưng nội dung không còn đúng như khi ký, hoặc không khớp văn bản nào Nguồn đã phát hành.</p>");
                case UNSIGNED -> out.println("<p id=\"result\" class=\"bad\"><b>Không phải văn bản của Nguồn.</b> "
                        + "Tệp PDF này không có chữ ký số.</p>");
                case UNKNOWN -> out.println("<p id=\"result\" class=\"warn\"><b>Không phải văn bản do Nguồn phát hành.</b> "
                        + "Tệp có chữ ký số hợp lệ của một đơn vị khác.</p>");
                case NOT_PDF -> out.println("<p id=\"result\" class=\"bad\"><b>Không đọc được tệp.</b> Tệp không phải PDF "
                        + "hoặc đã hỏng.</p>");
            }
        }
        out.println("</main></body></html>");
    }

    private static String row(String k, String v) {
        return "<tr><th>" + esc(k) + "</th><td>" + (v.startsWith("<code>") ? v : esc(v)) + "</td></tr>";
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
