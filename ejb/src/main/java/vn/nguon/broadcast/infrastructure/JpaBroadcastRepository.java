package vn.nguon.broadcast.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.nguon.broadcast.domain.BroadcastRepository;
import vn.nguon.broadcast.domain.Bulletin;
import vn.nguon.broadcast.domain.Delivery;
import vn.nguon.broadcast.domain.DeliveryState;
import vn.nguon.devices.domain.DeviceActivity;
import vn.nguon.broadcast.domain.Media;
import vn.nguon.shared.db.NativeSql;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaBroadcastRepository implements BroadcastRepository {

    /** The communes at or below :u (a commune, its province, the ministry). */
    private static final String UNDER = "(c.code = :u or c.parent.code = :u or c.parent.parent.code = :u)";

    @jakarta.inject.Inject
    DeliveryMetrics metrics;

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Override
    public long nextBulletinId() {
        return ((Number) em.createNativeQuery("select nextval('bulletin_seq')").getSingleResult()).longValue();
    }

    @Override
    public void add(Bulletin bulletin) {
        em.persist(bulletin);
    }

    @Override
    public Optional<Bulletin> find(long id) {
        return Optional.ofNullable(em.find(Bulletin.class, id));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Bulletin> lock(long id) {
        // the row lock first, then the entity: Hibernate cannot lock a row joined to its eager
        // collections in one select (it would warn and lock in a follow-on select anyway)
        if (em.createNativeQuery("select id from bulletin where id = ?1 for update").setParameter(1, id).getResultList().isEmpty()) {
            return Optional.empty();
        }
        Bulletin b = em.find(Bulletin.class, id);
        em.refresh(b);
        return Optional.of(b);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Bulletin> visibleTo(String unitCode, List<String> unitChain, int limit) {
        List<Number> ids = em.createNativeQuery("""
                        select b.id from bulletin b
                          join org_unit o on o.code = b.owner_unit
                          left join org_unit op on op.code = o.parent_code
                        where o.code = ?1 or o.parent_code = ?1 or op.parent_code = ?1
                           or exists (select 1 from bulletin_target t where t.bulletin_id = b.id and t.kind in ('UNIT', 'GROUP')
                                        and split_part(t.code, '/', 1) = any (cast(?2 as varchar[])))
                           or exists (select 1 from bulletin_target t join device d on t.kind = 'DEVICE' and d.id = t.code
                                        join org_unit c on c.code = d.unit_code left join org_unit cp on cp.code = c.parent_code
                                      where t.bulletin_id = b.id and (c.code = ?1 or c.parent_code = ?1 or cp.parent_code = ?1))
                        order by b.id desc limit ?3""")
                .setParameter(1, unitCode).setParameter(2, unitChain.toArray(String[]::new)).setParameter(3, limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select b from Bulletin b where b.id in :ids order by b.id desc", Bulletin.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Bulletin> publicFor(List<String> chain, Instant since, int limit) {
        List<Number> ids = em.createNativeQuery("""
                        select b.id from bulletin b
                        where b.status = 'APPROVED' and b.expires_at >= ?2
                          and exists (select 1 from bulletin_target t where t.bulletin_id = b.id and t.kind in ('UNIT', 'GROUP')
                                        and split_part(t.code, '/', 1) = any (cast(?1 as varchar[])))
                        order by b.starts_at desc, b.id desc limit ?3""")
                .setParameter(1, chain.toArray(String[]::new)).setParameter(2, since).setParameter(3, limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select b from Bulletin b where b.id in :ids", Bulletin.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList().stream()
                .sorted(java.util.Comparator.comparing((Bulletin b) -> b.schedule().startsAt()).reversed()).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Played> played(String commune, Instant from, Instant to, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select d.bulletin_id, d.slot_at, min(d.language) from delivery d join device dev on dev.id = d.device_id
                        where d.unit_code = ?1 and d.state = 'DONE' and dev.type <> 'EBOARD' and d.slot_at >= ?2 and d.slot_at < ?3
                        group by d.bulletin_id, d.slot_at order by d.slot_at desc limit ?4""")
                .setParameter(1, commune).setParameter(2, from).setParameter(3, to).setParameter(4, limit).getResultList();
        return rows.stream().map(r -> new Played(((Number) r[0]).longValue(), instant(r[1]), (String) r[2])).toList();
    }

    @Override
    public long pendingAt(String unitCode) {
        return em.createQuery("""
                        select count(b) from Bulletin b, OrgUnit c where c.code = b.ownerUnit and b.status = vn.nguon.broadcast.domain.BulletinStatus.PENDING
                          and""" + " " + UNDER, Long.class)
                .setParameter("u", unitCode).getSingleResult();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> due(Instant now, int limit) {
        List<Number> ids = em.createNativeQuery("""
                        select id from bulletin where status = 'APPROVED' and next_slot_at <= ?1
                        order by case priority when 'EMERGENCY' then 0 when 'PRIORITY' then 1 else 2 end, next_slot_at
                        limit ?2 for update skip locked""")
                .setParameter(1, now).setParameter(2, limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public void add(Media media) {
        em.persist(media);
    }

    @Override
    public Optional<Media> media(long id) {
        return Optional.ofNullable(em.find(Media.class, id));
    }

    @Override
    public void addAll(List<Delivery> deliveries) {
        // one statement per 5,000 (a dispatch stores thousands at once: row by row through the
        // persistence context took a second for 10,000); what varies by device goes in as arrays
        for (int from = 0; from < deliveries.size(); from += 5000) {
            List<Delivery> part = deliveries.subList(from, Math.min(deliveries.size(), from + 5000));
            for (Delivery d : part) {
                if (d.bulletinId() != part.get(0).bulletinId() || d.revision() != part.get(0).revision()
                        || !d.slotAt().equals(part.get(0).slotAt()) || !d.createdAt().equals(part.get(0).createdAt())) {
                    throw new IllegalArgumentException("deliveries stored together are of one slot of one bulletin revision, created together");
                }
            }
            Delivery first = part.get(0);
            em.createNativeQuery("""
                            INSERT INTO delivery (id, bulletin_id, revision, device_id, unit_code, slot_at, expires_at, priority,
                                                  language, state, created_at, sent_at, attempts, display)
                            SELECT a.id, ?5, ?6, a.device_id, a.unit_code, ?7, ?8, ?9, a.language, 'QUEUED', ?10, ?10, 1, a.display
                            FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS text[]), CAST(?3 AS text[]), CAST(?4 AS text[]),
                                        CAST(?11 AS boolean[]))
                                 AS a(id, device_id, unit_code, language, display)""")
                    .setHint(NativeSql.TABLES, "delivery")
                    .setParameter(1, NativeSql.array(part, d -> d.id().toString()))
                    .setParameter(2, NativeSql.array(part, Delivery::deviceId))
                    .setParameter(3, NativeSql.array(part, Delivery::unitCode))
                    .setParameter(4, NativeSql.array(part, Delivery::language))
                    .setParameter(5, first.bulletinId()).setParameter(6, first.revision())
                    .setParameter(7, first.slotAt()).setParameter(8, first.expiresAt())
                    .setParameter(9, first.priority().name()).setParameter(10, first.createdAt())
                    .setParameter(11, NativeSql.array(part, d -> String.valueOf(d.display())))
                    .executeUpdate();
        }
    }

    @Override
    public Optional<Delivery> delivery(UUID id) {
        return Optional.ofNullable(em.find(Delivery.class, id));
    }

    /**
     * One statement per round (see {@link AcknowledgementSql#rounds}), whatever the batch's size:
     * the acknowledgements travel as arrays, each row moves only along an allowed (state, next)
     * pair, and the statement returns which of them changed something. The others are told apart
     * afterwards (unknown delivery, another device's, or nothing to change), which is rare.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<Ack> acknowledge(List<Acknowledgement> acks) {
        Ack[] outcomes = new Ack[acks.size()];
        Map<DeliveryState, Integer> ended = new EnumMap<>(DeliveryState.class);
        List<Double> alertSeconds = new java.util.ArrayList<>();
        // Lock the batch's rows in one order (their ids') first. Several nodes record batches at once, and a
        // device's acknowledgements are spread over them: two UPDATE … FROM unnest statements lock their rows in
        // whatever order their plans visit them, and two batches holding acknowledgements of the same deliveries
        // deadlocked (seen on a two-node cluster; a batch that keeps failing sends its messages to the dead letters).
        em.createNativeQuery("SELECT 1 FROM delivery WHERE id = ANY(CAST(?1 AS uuid[])) ORDER BY id FOR UPDATE")
                .setHint(NativeSql.TABLES, "delivery")
                .setParameter(1, NativeSql.array(acks, a -> a.deliveryId().toString()))
                .getResultList();
        for (List<Integer> round : AcknowledgementSql.rounds(acks.stream().map(Acknowledgement::deliveryId).toList())) {
            List<Acknowledgement> these = round.stream().map(acks::get).toList();
            List<Object[]> changed = em.createNativeQuery("""
                            UPDATE delivery d SET state = a.next,
                                   received_at = CASE WHEN a.next = 'RECEIVED' THEN a.at ELSE d.received_at END,
                                   playing_at = CASE WHEN a.next = 'PLAYING' THEN a.at ELSE d.playing_at END,
                                   ended_at = CASE WHEN a.next IN ('RECEIVED', 'PLAYING') THEN d.ended_at ELSE a.at END,
                                   reason = CASE WHEN a.next IN ('FAILED', 'EXPIRED') THEN a.reason ELSE d.reason END,
                                   recorded_at = clock_timestamp()
                            FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS text[]), CAST(?3 AS text[]),
                                        CAST(?4 AS timestamptz[]), CAST(?5 AS text[])) WITH ORDINALITY
                                 AS a(id, device_id, next, at, reason, idx), bulletin b
                            WHERE d.id = a.id AND d.device_id = a.device_id AND b.id = d.bulletin_id
                              AND (d.state, a.next) IN (VALUES\s""" + AcknowledgementSql.MOVES + """
                            )
                            RETURNING a.idx, a.next,
                                      CASE WHEN b.kind = 'ALERT' THEN EXTRACT(EPOCH FROM clock_timestamp() - b.decided_at) END""")
                    .setHint(NativeSql.TABLES, "delivery")
                    .setParameter(1, NativeSql.array(these, a -> a.deliveryId().toString()))
                    .setParameter(2, NativeSql.array(these, Acknowledgement::deviceId))
                    .setParameter(3, NativeSql.array(these, a -> a.next().name()))
                    .setParameter(4, NativeSql.array(these, a -> a.at().toString()))
                    .setParameter(5, NativeSql.array(these, Acknowledgement::reason))
                    .getResultList();
            for (Object[] row : changed) {
                outcomes[round.get(((Number) row[0]).intValue() - 1)] = Ack.CHANGED;
                DeliveryState next = DeliveryState.valueOf((String) row[1]);
                if (next.terminal()) {
                    ended.merge(next, 1, Integer::sum);
                    if (row[2] != null && (next == DeliveryState.DONE || next == DeliveryState.FAILED)) {
                        alertSeconds.add(((Number) row[2]).doubleValue());
                    }
                }
            }
            List<Integer> rest = round.stream().filter(i -> outcomes[i] == null).toList();
            if (rest.isEmpty()) {
                continue;
            }
            Map<String, String> owners = new HashMap<>();
            for (Object[] row : (List<Object[]>) em.createNativeQuery(
                            "SELECT CAST(id AS text), device_id FROM delivery WHERE id = ANY(CAST(?1 AS uuid[]))")
                    .setHint(NativeSql.TABLES, "delivery")
                    .setParameter(1, NativeSql.array(rest, i -> acks.get(i).deliveryId().toString()))
                    .getResultList()) {
                owners.put((String) row[0], (String) row[1]);
            }
            for (Integer i : rest) {
                String owner = owners.get(acks.get(i).deliveryId().toString());
                outcomes[i] = owner == null ? Ack.UNKNOWN_DELIVERY
                        : owner.equals(acks.get(i).deviceId()) ? Ack.UNCHANGED : Ack.OTHER_DEVICE;
            }
        }
        ended.forEach(metrics::ended);
        metrics.alertAcknowledged(alertSeconds);
        return List.of(outcomes);
    }

    @Override
    public List<Delivery> deliveries(long bulletinId, String unitCode, int limit) {
        return em.createQuery("""
                        select d from Delivery d, OrgUnit c where c.code = d.unitCode and d.bulletinId = :b and""" + " " + UNDER + """
                         order by case d.state when vn.nguon.broadcast.domain.DeliveryState.FAILED then 0
                                               when vn.nguon.broadcast.domain.DeliveryState.EXPIRED then 1
                                               when vn.nguon.broadcast.domain.DeliveryState.QUEUED then 2 else 3 end,
                                  d.slotAt desc, d.unitCode, d.deviceId""", Delivery.class)
                .setParameter("b", bulletinId).setParameter("u", unitCode).setMaxResults(limit).getResultList();
    }

    @Override
    public Map<Long, Map<DeliveryState, Long>> outcomes(Collection<Long> bulletinIds) {
        Map<Long, Map<DeliveryState, Long>> counts = new HashMap<>();
        if (bulletinIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("""
                        select d.bulletinId, d.state, count(d) from Delivery d where d.bulletinId in :b
                        group by d.bulletinId, d.state""", Object[].class)
                .setParameter("b", bulletinIds).getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(DeliveryState.class)).put((DeliveryState) row[1], (Long) row[2]);
        }
        return counts;
    }

    @Override
    public List<Delivery> log(String unitCode, Instant from, Instant to, int limit) {
        return em.createQuery("""
                        select d from Delivery d, OrgUnit c where c.code = d.unitCode and""" + " " + UNDER + """
                         and d.slotAt >= :from and d.slotAt < :to order by d.slotAt desc, d.unitCode, d.deviceId""", Delivery.class)
                .setParameter("u", unitCode).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> cancelOpen(long bulletinId, int revision) {
        List<Object> devices = em.createNativeQuery("""
                        update delivery set state = 'CANCELLED', ended_at = now(), recorded_at = now()
                        where bulletin_id = ?1 and revision <= ?2 and state in ('QUEUED', 'RECEIVED')
                        returning device_id""")
                .setParameter(1, bulletinId).setParameter(2, revision).getResultList();
        metrics.ended(DeliveryState.CANCELLED, devices.size());
        return devices.stream().distinct().map(Object::toString).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, DeviceActivity> activity(String unitCode, Instant since) {
        List<Object[]> rows = em.createNativeQuery("""
                        select d.device_id,
                               max(b.title) filter (where d.state = 'PLAYING'),
                               count(*) filter (where d.state = 'FAILED'),
                               (array_agg(d.reason order by d.ended_at desc) filter (where d.state = 'FAILED'))[1]
                        from delivery d join bulletin b on b.id = d.bulletin_id
                          join org_unit c on c.code = d.unit_code left join org_unit cp on cp.code = c.parent_code
                        where (c.code = ?1 or c.parent_code = ?1 or cp.parent_code = ?1)
                          and (d.state = 'PLAYING' or (d.state = 'FAILED' and d.ended_at >= ?2))
                        group by d.device_id""")
                .setParameter(1, unitCode).setParameter(2, since).getResultList();
        Map<String, DeviceActivity> out = new HashMap<>();
        for (Object[] r : rows) {
            out.put((String) r[0], new DeviceActivity((String) r[1],
                    ((Number) r[2]).longValue(), (String) r[3]));
        }
        return out;
    }

    /**
     * A delivery said to be PLAYING with no word for this long is asked again: its end (DONE, FAILED) was lost on the
     * way (seen when the live broker died the moment a device sent it). The device answers a repeated PLAY with where
     * it stands and does not play it again; one still playing a long recording says PLAYING again, which costs a message.
     */
    static final java.time.Duration SILENT_PLAYING = java.time.Duration.ofMinutes(2);

    @Override
    public List<Delivery> unacknowledged(Instant sentBefore, Instant now, int maxAttempts, int limit) {
        return em.createQuery("""
                        select d from Delivery d, Device dev where dev.id = d.deviceId and dev.online = true
                          and d.sentAt < :before and d.expiresAt > :now and d.attempts < :max
                          and (d.state = vn.nguon.broadcast.domain.DeliveryState.QUEUED
                               or (d.state = vn.nguon.broadcast.domain.DeliveryState.RECEIVED
                                   and d.slotAt < :before and d.recordedAt < :before)
                               or (d.state = vn.nguon.broadcast.domain.DeliveryState.PLAYING and d.recordedAt < :stale))
                        order by d.sentAt""", Delivery.class)
                .setParameter("before", sentBefore).setParameter("now", now).setParameter("max", maxAttempts)
                .setParameter("stale", now.minus(SILENT_PLAYING))
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Delivery> unexpired(String deviceId, Instant now, int limit) {
        return em.createQuery("""
                        select d from Delivery d where d.deviceId = :device and d.expiresAt > :now
                          and d.state in (vn.nguon.broadcast.domain.DeliveryState.QUEUED, vn.nguon.broadcast.domain.DeliveryState.RECEIVED,
                                          vn.nguon.broadcast.domain.DeliveryState.CANCELLED)
                        order by d.slotAt, d.id""", Delivery.class)
                .setParameter("device", deviceId).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public int expire(Instant now) {
        int expired = em.createNativeQuery("""
                        update delivery set state = 'EXPIRED', ended_at = expires_at, recorded_at = now()
                        where state in ('QUEUED', 'RECEIVED') and expires_at < ?1""")
                .setHint(NativeSql.TABLES, "delivery")
                .setParameter(1, now).executeUpdate();
        metrics.ended(DeliveryState.EXPIRED, expired);
        return expired;
    }

    @Override
    public int deleteOldDeliveries(Instant before, int limit) {
        return em.createNativeQuery("""
                        delete from delivery where id in (
                          select d.id from delivery d join bulletin b on b.id = d.bulletin_id
                          where d.slot_at < ?1 and d.expires_at < ?1 and b.source_item_id is null
                          limit ?2)""")
                .setHint(NativeSql.TABLES, "delivery")
                .setParameter(1, before).setParameter(2, limit).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Relay> relays(long sourceItemId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select owner_unit, id, status, next_slot_at from bulletin
                        where source_item_id = ?1 and status <> 'CANCELLED' order by owner_unit, id desc""")
                .setParameter(1, sourceItemId).getResultList();
        return rows.stream().map(r -> new Relay((String) r[0], ((Number) r[1]).longValue(),
                vn.nguon.broadcast.domain.BulletinStatus.valueOf((String) r[2]), instant(r[3]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<RelayPlay> relayPlays(long sourceItemId, Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("""
                        select b.owner_unit, d.slot_at, d.device_id, dev.village, d.ended_at
                        from delivery d join bulletin b on b.id = d.bulletin_id join device dev on dev.id = d.device_id
                        where b.source_item_id = ?1 and d.state = 'DONE' and d.ended_at >= ?2 and d.ended_at < ?3
                          and dev.type <> 'EBOARD'""")
                .setParameter(1, sourceItemId).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(r -> new RelayPlay((String) r[0], instant(r[1]), (String) r[2], (String) r[3], instant(r[4]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Airtime> airtime(String unitCode, Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("""
                        select unit, coalesce(sum(seconds) filter (where relay), 0), sum(seconds) from (
                          select d.unit_code as unit, b.source_item_id is not null as relay, d.bulletin_id, d.slot_at,
                                 max(extract(epoch from d.ended_at - d.playing_at)) as seconds
                          from delivery d join bulletin b on b.id = d.bulletin_id join device dev on dev.id = d.device_id
                            join org_unit c on c.code = d.unit_code left join org_unit cp on cp.code = c.parent_code
                          where d.state = 'DONE' and d.playing_at is not null and d.ended_at >= ?2 and d.ended_at < ?3
                            and dev.type <> 'EBOARD'
                            and (c.code = ?1 or c.parent_code = ?1 or cp.parent_code = ?1)
                          group by 1, 2, 3, 4) slots
                        group by unit""")
                .setParameter(1, unitCode).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(r -> new Airtime((String) r[0], ((Number) r[1]).doubleValue(),
                ((Number) r[2]).doubleValue())).toList();
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }
}
