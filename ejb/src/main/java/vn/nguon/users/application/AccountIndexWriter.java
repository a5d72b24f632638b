package vn.nguon.users.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.users.domain.Account;
import vn.nguon.users.domain.AccountRepository;

import java.time.Instant;
import java.util.List;

/** Writes one page of accounts from Keycloak into the index, in its own transaction (for {@link AccountSync}). */
@Stateless
@PermitAll
public class AccountIndexWriter {

    @Inject
    AccountRepository index;

    @Inject
    OrgUnitRepository units;

    public int write(List<Account> page, Instant now) {
        index.saveAll(page, code -> units.find(code).map(OrgUnit::fullName).orElse(code), now);
        return page.size();
    }

    public int removeUnseen(Instant before) {
        return index.removeUnseen(before);
    }

    /** Keycloak's sign-ins into the accounts' last sign-in (a later one wins). */
    public void signIns(List<Directory.SignIn> signIns) {
        signIns.forEach(s -> index.recordSignInById(s.id(), s.at()));
    }

    public java.util.Optional<Instant> latestSignIn() {
        return index.latestSignIn();
    }
}
