package vn.nguon.identity.application;

import jakarta.ejb.ApplicationException;

/**
 * The signed-in user's token carries no unit code, or one that is not in the hierarchy. The user
 * can do nothing in Nguồn until an administrator fixes their account.
 */
@ApplicationException(rollback = true)
public class NoValidUnitException extends RuntimeException {

    private final String username;
    private final String unitCode;

    public NoValidUnitException(String username, String unitCode) {
        super("User " + username + " has no valid unit (unit_code=" + unitCode + ")");
        this.username = username;
        this.unitCode = unitCode;
    }

    public String username() { return username; }

    public String unitCode() { return unitCode; }
}
