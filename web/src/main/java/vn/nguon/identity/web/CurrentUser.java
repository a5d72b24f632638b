package vn.nguon.identity.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.domain.Role;

import java.io.Serializable;
import java.util.List;

/** The signed-in user for the pages ({@code #{me}}). */
@Named("me")
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private Caller caller;

    void signedIn(Caller caller) {
        this.caller = caller;
    }

    boolean isResolved() {
        return caller != null;
    }

    public String getUsername() {
        return caller.username();
    }

    public String getDisplayName() {
        return caller.displayName();
    }

    public String getUnitName() {
        return caller.unit().fullName();
    }

    /** "Xã Bình Lư — Tỉnh Lai Châu". */
    public String getUnitChain() {
        return caller.unit().chainText();
    }

    public String getUnitCode() {
        return caller.unit().code();
    }

    public String getLevel() {
        return caller.unit().level().name();
    }

    /** Role ids ("commune-officer"), for the message bundle's {@code role.*} labels. */
    public List<String> getRoles() {
        return caller.roles().stream().map(Role::id).toList();
    }

    /** {@code #{me.has('province-officer')}}. */
    public boolean has(String roleId) {
        return Role.byId(roleId).map(caller::has).orElse(false);
    }

    /** {@code #{me.hasAny('province-officer province-leader')}}. */
    public boolean hasAny(String roleIds) {
        for (String id : roleIds.split("\\s+")) {
            if (has(id)) {
                return true;
            }
        }
        return false;
    }
}
