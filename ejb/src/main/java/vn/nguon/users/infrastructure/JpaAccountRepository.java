package vn.nguon.users.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.users.domain.Account;
import vn.nguon.users.domain.AccountEntry;
import vn.nguon.users.domain.AccountRepository;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    private static final Map<String, String> SORTS = Map.of("username", "a.username", "name", "a.lastName, a.firstName",
            "unit", "a.unitCode", "enabled", "a.enabled");

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<AccountEntry> byUsername(String username) {
        return em.createQuery("select a from AccountEntry a where a.username = :u", AccountEntry.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public Result search(OrgUnit scope, Role role, Boolean enabled, String foldedSearch, String sort, boolean descending,
                         int first, int max) {
        StringBuilder where = new StringBuilder(" from AccountEntry a where ");
        Map<String, Object> params = new HashMap<>();
        // the scope: the unit itself and the units below it (a commune, a province with its communes, the ministry: all)
        switch (scope.level()) {
            case MINISTRY -> where.append("1 = 1");
            case PROVINCE -> {
                where.append("(a.unitCode = :u or a.unitCode in (select c.code from OrgUnit c where c.parent.code = :u))");
                params.put("u", scope.code());
            }
            case COMMUNE -> {
                where.append("a.unitCode = :u");
                params.put("u", scope.code());
            }
        }
        if (role != null) {
            where.append(" and a.roles like :role");
            params.put("role", "%," + role.id() + ",%");
        }
        if (enabled != null) {
            where.append(" and a.enabled = :enabled");
            params.put("enabled", enabled);
        }
        if (foldedSearch != null && !foldedSearch.isBlank()) {
            int i = 0;
            for (String word : foldedSearch.split("\\s+")) {
                where.append(" and a.searchText like :w").append(i);
                params.put("w" + i++, "%" + word.replace("\\", "").replace("%", "").replace("_", "") + "%");
            }
        }
        TypedQuery<Long> count = em.createQuery("select count(a)" + where, Long.class);
        String order = SORTS.getOrDefault(sort == null ? "" : sort, "a.username");
        String direction = descending ? " desc" : "";
        TypedQuery<AccountEntry> rows = em.createQuery("select a" + where + " order by "
                + String.join(direction + ", ", order.split(", ")) + direction + ", a.username", AccountEntry.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        return new Result(count.getSingleResult(), rows.setFirstResult(first).setMaxResults(max).getResultList());
    }

    @Override
    public long enabledAdmins(String unitCode) {
        return em.createQuery("select count(a) from AccountEntry a where a.unitCode = :u and a.enabled = true and a.roles like :r",
                Long.class).setParameter("u", unitCode).setParameter("r", "%," + Role.ADMIN.id() + ",%").getSingleResult();
    }

    @Override
    public void save(Account account, String unitName, Instant now) {
        AccountEntry e = em.find(AccountEntry.class, account.id());
        if (e == null) {
            // a username re-created in Keycloak under a new id replaces the old entry
            byUsername(account.username()).ifPresent(em::remove);
            em.flush();
            em.persist(new AccountEntry(account, unitName, now));
        } else {
            e.update(account, unitName, now);
        }
    }

    @Override
    public void saveAll(java.util.List<Account> accounts, java.util.function.Function<String, String> unitName, Instant now) {
        if (accounts.isEmpty()) {
            return;
        }
        java.util.List<String> ids = accounts.stream().map(Account::id).toList();
        Map<String, AccountEntry> known = new HashMap<>();
        em.createQuery("select a from AccountEntry a where a.id in :ids", AccountEntry.class).setParameter("ids", ids)
                .getResultList().forEach(a -> known.put(a.id(), a));
        // usernames re-created in Keycloak under a new id: the old entries go first
        java.util.List<String> fresh = accounts.stream().filter(a -> !known.containsKey(a.id())).map(Account::username).toList();
        if (!fresh.isEmpty()) {
            em.createQuery("delete from AccountEntry a where a.username in :names and a.id not in :ids")
                    .setParameter("names", fresh).setParameter("ids", ids).executeUpdate();
        }
        for (Account a : accounts) {
            AccountEntry e = known.get(a.id());
            if (e == null) {
                em.persist(new AccountEntry(a, unitName.apply(a.unitCode()), now));
            } else if (!e.syncedAt().isAfter(now)) {
                e.update(a, unitName.apply(a.unitCode()), now);
            }
            // else: Nguồn changed the account after this pass read Keycloak (its roles were read before they were
            // given, say); the entry is newer than the pass's snapshot and stays as it is
        }
    }

    @Override
    public void recordSignIn(String username, Instant at) {
        em.createQuery("update AccountEntry a set a.lastSignInAt = :t where a.username = :u and (a.lastSignInAt is null or a.lastSignInAt < :t)")
                .setParameter("t", at).setParameter("u", username).executeUpdate();
    }

    @Override
    public void recordSignInById(String id, Instant at) {
        em.createQuery("update AccountEntry a set a.lastSignInAt = :t where a.id = :id and (a.lastSignInAt is null or a.lastSignInAt < :t)")
                .setParameter("t", at).setParameter("id", id).executeUpdate();
    }

    @Override
    public java.util.Optional<Instant> latestSignIn() {
        return java.util.Optional.ofNullable(em.createQuery("select max(a.lastSignInAt) from AccountEntry a", Instant.class).getSingleResult());
    }

    @Override
    public int removeUnseen(Instant before) {
        return em.createQuery("delete from AccountEntry a where a.syncedAt < :t").setParameter("t", before).executeUpdate();
    }
}
