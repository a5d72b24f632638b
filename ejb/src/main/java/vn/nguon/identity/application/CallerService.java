package vn.nguon.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.identity.domain.Role;
import vn.nguon.identity.infrastructure.TokenClaims;
import vn.nguon.org.application.UnitView;
import vn.nguon.org.domain.OrgUnitRepository;

import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves the calling user — name, roles and unit — from the security identity that the web
 * tier's OIDC login propagated to the EJB layer. Services use it to scope every query to the
 * caller's unit.
 */
@Stateless
@PermitAll
@DeclareRoles({Role.Names.COMMUNE_OFFICER, Role.Names.COMMUNE_LEADER, Role.Names.PROVINCE_OFFICER,
        Role.Names.PROVINCE_LEADER, Role.Names.MINISTRY_OFFICER, Role.Names.MINISTRY_LEADER,
        Role.Names.DEVICE_OPERATOR, Role.Names.ADMIN})
public class CallerService {

    @Resource
    SessionContext ctx;

    @Inject
    OrgUnitRepository units;

    /**
     * @throws NoValidUnitException when the caller's token has no unit or an unknown one
     */
    public Caller current() {
        Principal principal = ctx.getCallerPrincipal();
        String username = principal.getName();
        String unitCode = TokenClaims.unitCode(principal).orElse(null);
        UnitView unit = units.find(unitCode).map(UnitView::of)
                .orElseThrow(() -> new NoValidUnitException(username, unitCode));
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(r -> ctx.isCallerInRole(r.id()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new Caller(username, TokenClaims.displayName(principal).orElse(username), roles, unit,
                TokenClaims.position(principal).orElse(null));
    }
}
