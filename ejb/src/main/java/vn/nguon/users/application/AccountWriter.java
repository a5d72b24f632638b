package vn.nguon.users.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.nguon.audit.application.AuditLog;
import vn.nguon.identity.application.Caller;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.users.domain.Account;
import vn.nguon.users.domain.AccountRepository;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The steps every account creation takes, from the form or from a file: the account in Keycloak with a
 * temporary password, undone if the caller's transaction does not commit; then the index and the audit
 * trail. Also the undo of any other Keycloak change, for the same reason.
 */
@ApplicationScoped
public class AccountWriter {

    private static final Logger LOG = Logger.getLogger(AccountWriter.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Directory directory;

    @Inject
    AccountRepository index;

    @Inject
    AuditLog audit;

    @Resource
    TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemUTC();

    /** Creates {@code draft} (no id yet) in {@code unit}, audited as {@code action}; returns it with its temporary password. */
    UserAdministration.Created create(Caller caller, Account draft, OrgUnit unit, String action) {
        String password = temporaryPassword();
        String id = directory.create(draft, password);
        // Keycloak has it now: if this transaction does not commit, the account is removed again
        undoOnRollback(() -> directory.delete(id), "remove " + draft.username());
        Account created = new Account(id, draft.username(), draft.firstName(), draft.lastName(), draft.email(),
                draft.unitCode(), draft.roles(), true);
        index.save(created, unit.fullName(), clock.instant());
        audit.record(caller, UserAdministration.SUBJECT, created.username(), action, null, "enabled", created.describe(),
                clock.instant());
        return new UserAdministration.Created(AccountView.of(created, unit.fullName()), password);
    }

    /** Runs {@code undo} (a Keycloak change reverted) if the current transaction rolls back. */
    void undoOnRollback(Runnable undo, String what) {
        afterCompletion(committed -> {
            if (!committed) {
                try {
                    undo.run();
                    LOG.info(() -> "rolled back in Keycloak: " + what);
                } catch (RuntimeException e) {
                    LOG.severe("could not undo in Keycloak (" + what + "): " + e.getMessage());
                }
            }
        });
    }

    /** Tells {@code then} whether the current transaction committed, once it has ended. */
    void afterCompletion(java.util.function.Consumer<Boolean> then) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                then.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    /** A new temporary password: 14 characters without look-alikes (0/O, 1/l/I). */
    String temporaryPassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
