package vn.nguon.users.application;

/** Keycloak did not answer, or answered with an error: nothing was changed (or what was done was undone). */
@jakarta.ejb.ApplicationException(rollback = true)
public class DirectoryUnavailableException extends RuntimeException {

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
