package vn.nguon.users.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.nguon.identity.application.SignedIn;
import vn.nguon.users.domain.AccountRepository;

import java.util.logging.Logger;

/**
 * Keeps each account's last sign-in to Nguồn's pages in the index, for the administrators' list. A failure
 * here never stops the user's page: it is logged and the sign-in goes on.
 */
@Stateless
@PermitAll
public class SignInRecorder {

    private static final Logger LOG = Logger.getLogger(SignInRecorder.class.getName());

    @Inject
    AccountRepository index;

    public void record(@Observes SignedIn event) {
        try {
            index.recordSignIn(event.username(), event.at());
        } catch (RuntimeException e) {
            LOG.warning("last sign-in of " + event.username() + " not recorded: " + e.getMessage());
        }
    }
}
