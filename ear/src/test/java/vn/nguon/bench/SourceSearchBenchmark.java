package vn.nguon.bench;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.it.Deployments;
import vn.nguon.sim.Api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The source library's search at national scale: {@code nguon.bench.items} published items (default
 * 100,000: the ministry's and every province's, for their whole subtrees, Vietnamese text of a few hundred
 * words drawn from the library's real vocabulary) written straight into the database, then through the API
 * as Bình Lư's officer (who sees the ministry's and Lai Châu's items), {@code nguon.bench.samples} requests
 * (default 200) of each: words with diacritics, the same without, a phrase with a field filter, a rare word,
 * the newest first without words. Target: p95 ≤ 100 ms each. Numbers in {@code ear/target/benchmark/sources.md}.
 */
@ExtendWith(ArquillianExtension.class)
class SourceSearchBenchmark {

    static final int ITEMS = Integer.getInteger("nguon.bench.items", 100_000);

    static final String[] WORDS = ("phòng chống bão lũ quét sạt lở đất thiên tai mưa lớn di dời hộ dân an toàn tiêm chủng vắc xin trẻ em "
            + "sốt xuất huyết y tế trạm xã bảo hiểm chăn nuôi trâu bò rét đậm chuồng trại cây trồng lúa ngô chè cà phê mắc ca "
            + "pháp luật đất đai giấy chứng nhận ma túy lừa đảo điện thoại an ninh trật tự biên giới bầu cử cử tri đại biểu "
            + "chuyển đổi số định danh điện tử dịch vụ công văn hóa lễ hội gia đình thôn bản giáo dục học sinh nhà trường "
            + "hướng dẫn người dân chính quyền ủy ban nhân dân tỉnh huyện thông báo kế hoạch triển khai thực hiện nghiêm túc").split(" ");
    static final String[] FIELDS = {"phap-luat", "chinh-sach", "thien-tai", "y-te", "nong-nghiep", "an-ninh", "giao-duc",
            "van-hoa-xa-hoi", "chuyen-doi-so", "bau-cu", "khac"};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static String text(Random r, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(WORDS[r.nextInt(WORDS.length)]).append(i % 12 == 11 ? ". " : " ");
        }
        return b.toString().strip();
    }

    /** Writes the items (published, for the owner's subtree) in batches; returns the seconds it took. */
    static double seed(Connection db) throws Exception {
        List<String> owners = new java.util.ArrayList<>(List.of("BVHTTDL"));
        try (ResultSet rs = db.createStatement().executeQuery("select code from org_unit where level = 'PROVINCE' order by code")) {
            while (rs.next()) {
                owners.add(rs.getString(1));
            }
        }
        long t0 = System.nanoTime();
        db.setAutoCommit(false);
        Random r = new Random(2030);
        try (PreparedStatement item = db.prepareStatement("""
                insert into source_item (owner_unit, title, summary, body, field_code, tags, valid_from, valid_until, whole_subtree,
                  languages, status, revision, created_by, created_at, approved_by, approved_at, published_by, published_at, version)
                values (?, ?, ?, ?, ?, ?, current_date - (? || ' days')::interval, null, true, 'vi', 'PUBLISHED', 1, 'bench', now(),
                  'bench', now(), 'bench', now() - (? || ' minutes')::interval, 0) returning id""")) {
            PreparedStatement target = db.prepareStatement("insert into source_item_target (item_id, unit_code) values (?, ?)");
            for (int i = 0; i < ITEMS; i++) {
                String owner = owners.get(i % owners.size());
                item.setString(1, owner);
                item.setString(2, text(r, 8) + " " + i);
                item.setString(3, text(r, 30));
                item.setString(4, text(r, 250 + r.nextInt(250)));
                item.setString(5, FIELDS[r.nextInt(FIELDS.length)]);
                item.setString(6, WORDS[r.nextInt(WORDS.length)] + "," + WORDS[r.nextInt(WORDS.length)]);
                item.setString(7, String.valueOf(r.nextInt(700)));
                item.setString(8, String.valueOf(i));
                try (ResultSet id = item.executeQuery()) {
                    id.next();
                    target.setLong(1, id.getLong(1));
                    target.setString(2, owner);
                    target.addBatch();
                }
                if (i % 1000 == 999) {
                    target.executeBatch();
                    db.commit();
                }
            }
            target.executeBatch();
            db.commit();
        }
        db.setAutoCommit(true);
        // as autovacuum leaves it in steady state: statistics, and the GIN index's pending list merged
        db.createStatement().execute("vacuum analyze source_item");
        db.createStatement().execute("vacuum analyze source_item_target");
        return (System.nanoTime() - t0) / 1e9;
    }

    @Test
    void searchingAHundredThousandItemsStaysFast() throws Exception {
        double seconds;
        long total;
        try (Connection db = ReportingBenchmark.db()) {
            seconds = seed(db);
            try (ResultSet rs = db.createStatement().executeQuery("select count(*) from source_item")) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        assertTrue(total >= ITEMS);
        Api.Reply visible = Api.as("binhlu.canbo").get("sources?max=1");
        assertEquals(200, visible.status(), visible.toString());
        long seen = visible.json().getJsonNumber("total").longValue();
        StringBuilder out = new StringBuilder("# Source library search benchmark\n\n");
        out.append(String.format(Locale.ROOT, "%,d published items in the library (the ministry's and 34 provinces', 250–500 words "
                + "each, written in %.0f s); Bình Lư's officer sees %,d of them (the ministry's and Lai Châu's). %d requests each "
                + "(after 20 warm-ups), one client, real tokens, through the API.%n%n", total, seconds, seen, UserAdminBenchmark.SAMPLES));
        out.append("| search (API, 20 per page, with snippets) | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|\n");
        out.append(UserAdminBenchmark.row("\"phòng chống bão\"", UserAdminBenchmark.measure(() -> Api.as("binhlu.canbo").get("sources?q=" + enc("phòng chống bão")))));
        out.append(UserAdminBenchmark.row("\"phong chong bao\" (no diacritics)", UserAdminBenchmark.measure(() -> Api.as("binhlu.canbo").get("sources?q=" + enc("phong chong bao")))));
        out.append(UserAdminBenchmark.row("\"\\\"tiêm chủng\\\" trẻ em\" in the field y-te", UserAdminBenchmark.measure(() -> Api.as("binhlu.canbo").get("sources?field=y-te&q=" + enc("\"tiêm chủng\" trẻ em")))));
        out.append(UserAdminBenchmark.row("a rare word (\"mac ca\")", UserAdminBenchmark.measure(() -> Api.as("binhlu.canbo").get("sources?q=" + enc("mac ca")))));
        out.append(UserAdminBenchmark.row("the newest first, no words", UserAdminBenchmark.measure(() -> Api.as("binhlu.canbo").get("sources"))));
        out.append(UserAdminBenchmark.row("the ministry, \"dich vu cong\"", UserAdminBenchmark.measure(() -> Api.as("bo.canbo").get("sources?q=" + enc("dich vu cong")))));
        System.out.println(out);
        Path file = Path.of("target/benchmark/sources.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
