package vn.nguon.users.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.domain.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates the checked rows of an import file in the background, in one transaction: every account or, if
 * Keycloak fails part-way, none (the accounts already made are removed again when the transaction rolls
 * back). The run shows its progress account by account and its result once the transaction has ended.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccountImporter {

    private static final Logger LOG = Logger.getLogger(AccountImporter.class.getName());

    @Inject
    AccountWriter writer;

    @Inject
    ImportRuns runs;

    @Resource
    SessionContext context;

    @Asynchronous
    public void run(String id, Caller caller, List<AccountFiles.Prepared> rows) {
        List<UserAdministration.Created> created = new ArrayList<>();
        writer.afterCompletion(committed -> {
            if (committed) {
                runs.finish(id, created);
            } else {
                runs.fail(id, "failed");
            }
        });
        try {
            for (AccountFiles.Prepared p : rows) {
                try {
                    created.add(writer.create(caller, p.account(), p.unit(), "import"));
                } catch (vn.nguon.kernel.ValidationFailedException e) {
                    runs.fail(id, "invalid", p.at(e).violations());
                    context.setRollbackOnly();
                    return;
                }
                runs.step(id);
            }
        } catch (DirectoryUnavailableException e) {
            runs.fail(id, "directory");
            context.setRollbackOnly();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "account import " + id + " failed; nothing kept", e);
            runs.fail(id, "failed");
            context.setRollbackOnly();
        }
    }
}
