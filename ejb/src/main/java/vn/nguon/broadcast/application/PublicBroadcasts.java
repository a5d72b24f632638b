package vn.nguon.broadcast.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.broadcast.domain.BroadcastRepository;
import vn.nguon.broadcast.domain.Bulletin;
import vn.nguon.broadcast.domain.BulletinKind;
import vn.nguon.broadcast.domain.LanguageVersion;
import vn.nguon.broadcast.infrastructure.MediaLinks;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the citizens' portal shows of broadcasting, without sign-in: only what a unit's leader approved for the
 * public — alerts in effect (emergencies first), bulletins, the week's schedule, the programmes played ("listen
 * again"). Never drafts, rejected or cancelled bulletins, device data or who wrote them. Audio through signed
 * links valid for a day.
 */
@Stateless
@PermitAll
public class PublicBroadcasts {

    /** A bulletin as the public reads it. */
    public record PublicBulletin(long id, String kind, String title, String category, String priority, String ownerName,
                                 Instant startsAt, Instant expiresAt, List<PublicVersion> versions, String sourceNote)
            implements Serializable {
    }

    public record PublicVersion(String language, String text, String listen) implements Serializable {
    }

    /** A slot of the week's schedule, or a programme played. */
    public record Slot(long bulletinId, String title, String category, Instant at, String listen, String language) implements Serializable {
    }

    @Inject
    BroadcastRepository repository;

    @Inject
    OrgUnitRepository units;

    @Inject
    MediaLinks links;

    Clock clock = Clock.systemUTC();

    /** Emergency alerts in effect for the unit now, the most severe first. */
    public List<PublicBulletin> alerts(String unitCode) {
        Instant now = clock.instant();
        return chain(unitCode).map(chain -> repository.publicFor(chain, now, 50).stream()
                .filter(b -> b.kind() == BulletinKind.ALERT && !b.schedule().startsAt().isAfter(now))
                .map(b -> view(b, now)).toList()).orElse(List.of());
    }

    /** Bulletins for the unit in effect now or in the last {@code days} days, newest first (no alerts). */
    public List<PublicBulletin> bulletins(String unitCode, int days) {
        Instant now = clock.instant();
        return chain(unitCode).map(chain -> repository.publicFor(chain, now.minus(Duration.ofDays(days)), 50).stream()
                .filter(b -> b.kind() == BulletinKind.BULLETIN).map(b -> view(b, now)).toList()).orElse(List.of());
    }

    /** The slots due in the commune over the next seven days, in time order. */
    public List<Slot> week(String communeCode) {
        Instant now = clock.instant();
        Instant end = now.plus(Duration.ofDays(7));
        List<Slot> out = new ArrayList<>();
        chain(communeCode).ifPresent(chain -> {
            for (Bulletin b : repository.publicFor(chain, now, 100)) {
                for (Instant at : b.schedule().slots(now, end, 50)) {
                    LanguageVersion v = b.versionFor(chain);
                    out.add(new Slot(b.id(), b.title(), b.category().name(), at, null, v.language()));
                }
            }
        });
        out.sort(Comparator.comparing(Slot::at));
        return out.size() > 200 ? out.subList(0, 200) : out;
    }

    /**
     * The programmes played in the commune between two days (its loudspeakers' own acknowledgements), to listen
     * again: newest first, optionally of a category or with words of the title.
     */
    public List<Slot> played(String communeCode, Instant from, Instant to, String category, String words) {
        if (units.find(communeCode).isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<Long, Optional<Bulletin>> bulletins = new HashMap<>();
        String w = words == null || words.isBlank() ? null : vn.nguon.kernel.Diacritics.folded(words.strip().toLowerCase(Locale.ROOT));
        List<Slot> out = new ArrayList<>();
        for (BroadcastRepository.Played p : repository.played(communeCode, from, to, 500)) {
            Optional<Bulletin> b = bulletins.computeIfAbsent(p.bulletinId(), repository::find);
            if (b.isEmpty() || category != null && !b.get().category().name().equals(category)
                    || w != null && !vn.nguon.kernel.Diacritics.folded(b.get().title().toLowerCase(Locale.ROOT)).contains(w)) {
                continue;
            }
            LanguageVersion v = b.get().versions().stream().filter(x -> x.language().equals(p.language())).findFirst()
                    .orElse(b.get().versionFor(List.of()));
            out.add(new Slot(p.bulletinId(), b.get().title(), b.get().category().name(), p.slot(),
                    v.mediaId() == null ? null : links.path(v.mediaId(), until(now)), v.language()));
            if (out.size() >= 100) {
                break;
            }
        }
        return out;
    }

    /** What another feature needs to know of a bulletin: its owner, title, state and when it plays. */
    public record Summary(long id, String ownerUnit, String title, String status, Instant startsAt, Instant expiresAt)
            implements Serializable {
        public boolean approved() {
            return "APPROVED".equals(status);
        }
    }

    public Optional<Summary> summary(long id) {
        return repository.find(id).map(b -> new Summary(b.id(), b.ownerUnit(), b.title(), b.status().name(), b.schedule().startsAt(),
                b.schedule().expiresAt()));
    }

    /** The CAP 1.2 document of an approved alert (public alerting hubs read these); empty otherwise. */
    public Optional<String> cap(long id) {
        return repository.find(id).filter(b -> b.kind() == BulletinKind.ALERT && b.status() == vn.nguon.broadcast.domain.BulletinStatus.APPROVED)
                .map(b -> CapDocument.of(b, units.find(b.ownerUnit()).orElseThrow(),
                        b.targets().stream().map(t -> units.find(t.code().split("/")[0]).map(OrgUnit::fullName).orElse(t.code())).toList()));
    }

    /** Alerts of the unit (in effect or ended in the last 30 days), newest first, for its CAP feed. */
    public List<PublicBulletin> recentAlerts(String unitCode) {
        Instant now = clock.instant();
        return chain(unitCode).map(chain -> repository.publicFor(chain, now.minus(Duration.ofDays(30)), 100).stream()
                .filter(b -> b.kind() == BulletinKind.ALERT).map(b -> view(b, now)).toList()).orElse(List.of());
    }

    private PublicBulletin view(Bulletin b, Instant now) {
        List<PublicVersion> versions = b.versions().stream().map(v -> new PublicVersion(v.language(), v.text(),
                v.mediaId() == null ? null : links.path(v.mediaId(), until(now)))).toList();
        return new PublicBulletin(b.id(), b.kind().name(), b.title(), b.category().name(), b.priority().name(),
                units.find(b.ownerUnit()).map(OrgUnit::fullName).orElse(b.ownerUnit()), b.schedule().startsAt(), b.schedule().expiresAt(),
                versions, b.sourceNote());
    }

    private Optional<List<String>> chain(String unitCode) {
        return unitCode == null ? Optional.empty()
                : units.find(unitCode.strip()).map(u -> u.chain().stream().map(OrgUnit::code).toList());
    }

    /** Links on public pages work until the end of the next day (a page is cached a minute, kept open longer). */
    private static Instant until(Instant now) {
        return now.plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.DAYS);
    }
}
