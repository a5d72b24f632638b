package vn.nguon.notification.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.nguon.notification.domain.Notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NotificationJsonTest {

    @Test
    void roundTripKeepsVietnameseText() {
        var n = new Notification("k-1", "03390", "Báo cáo bị trả lại", "Đề nghị bổ sung số liệu Phụ lục 01", "/reporting/1");
        assertEquals(n, NotificationJson.read(NotificationJson.write(n)));
        var noLink = new Notification("k-2", "12", "Kỳ báo cáo mới", "Hạn nộp 15/12", null);
        assertEquals(noLink, NotificationJson.read(NotificationJson.write(noLink)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json",
            "{}",
            "{\"v\":2,\"key\":\"k\",\"unit\":\"12\",\"subject\":\"s\",\"body\":\"b\"}",
            "{\"v\":1,\"unit\":\"12\",\"subject\":\"s\",\"body\":\"b\"}",
            "{\"v\":1,\"key\":\"k\",\"unit\":12,\"subject\":\"s\",\"body\":\"b\"}",
            "{\"v\":1,\"key\":\"k\",\"unit\":\"12\",\"subject\":\"\",\"body\":\"b\"}",
    })
    void malformedMessagesAreRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> NotificationJson.read(text));
    }
}
