package vn.nguon.notification.domain;

import java.util.List;

public interface InboxRepository {

    boolean existsByKey(String key);

    void add(InboxMessage message);

    List<InboxMessage> latest(String unitCode, int max);
}
