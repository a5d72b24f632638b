package vn.nguon.users.application;

import java.util.List;

/** What an administrator writes for an account: the username only when creating it. Also the API's body. */
public record AccountCommand(String username, String firstName, String lastName, String email, String unitCode,
                             List<String> roles) {
}
