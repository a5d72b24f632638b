package vn.nguon.users.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.nguon.users.application.AccountCommand;
import vn.nguon.users.application.AccountView;
import vn.nguon.users.application.UserAdministration;
import vn.nguon.users.web.UsersCsv;
import vn.nguon.web.rest.Rest;

import java.util.List;

/**
 * User administration for scripts and integrations ({@code /api/users}): the same operations, scoping and
 * refusals as the screens (UserAdministration). A Keycloak that is down answers 503.
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record TemporaryPassword(String username, String temporaryPassword) {
    }

    @Inject
    UserAdministration users;

    @Inject
    vn.nguon.users.application.AccountFiles files;

    @Inject
    vn.nguon.shared.UploadLimits limits;

    @GET
    public UserAdministration.Page list(@QueryParam("unit") String unit, @QueryParam("role") String role,
                                        @QueryParam("enabled") String enabled, @QueryParam("q") String search,
                                        @QueryParam("sort") String sort, @QueryParam("desc") String descending,
                                        @QueryParam("first") String first, @QueryParam("max") String max) {
        Boolean on = enabled == null || enabled.isBlank() ? null : Boolean.valueOf(enabled.strip());
        return users.list(new UserAdministration.Query(unit, role, on, search, sort, "true".equals(descending),
                Rest.nonNegativeInt("first", first, 0), Rest.positiveInt("max", max, 50)));
    }

    /** Accounts from a CSV or XLSX file ({@code username,last_name,first_name,unit_code,roles[,email]}): all or none; each with its temporary password. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public List<UserAdministration.Created> importFile(java.io.InputStream file, @jakarta.ws.rs.HeaderParam("Content-Length") Long length) {
        byte[] data = Rest.upload(file, length, limits.maxBytes(), "file", vn.nguon.kernel.Violation.of("file", "fileTooBig", limits.maxMb()));
        return files.importFile(data);
    }

    /** The accounts of the filter (as the list) as CSV for a spreadsheet. */
    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@QueryParam("unit") String unit, @QueryParam("role") String role, @QueryParam("enabled") String enabled,
                           @QueryParam("q") String search, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        Boolean on = enabled == null || enabled.isBlank() ? null : Boolean.valueOf(enabled.strip());
        return Rest.attachment(UsersCsv.write(files.export(new UserAdministration.Query(unit, role, on, search, "username", false, 0, 0)),
                Rest.bundle(headers)), "text/csv; charset=UTF-8", "tai-khoan.csv");
    }

    /** Reads every account from Keycloak into Nguồn's index now (the ministry's administrators). */
    @POST
    @Path("index")
    public java.util.Map<String, Integer> refreshIndex() {
        return java.util.Map.of("accounts", users.refreshIndex());
    }

    @GET
    @Path("roles")
    public List<String> grantable(@QueryParam("unit") String unit) {
        return users.grantable(Rest.required(unit, "the unit"));
    }

    @GET
    @Path("{username}")
    public AccountView get(@PathParam("username") String username) {
        return users.get(username);
    }

    @POST
    public Response create(AccountCommand body) {
        return Rest.created(users.create(Rest.required(body, "the account")));
    }

    @PUT
    @Path("{username}")
    public AccountView update(@PathParam("username") String username, AccountCommand body) {
        return users.update(username, Rest.required(body, "the account"));
    }

    @POST
    @Path("{username}/enable")
    public AccountView enable(@PathParam("username") String username) {
        return users.setEnabled(username, true);
    }

    @POST
    @Path("{username}/disable")
    public AccountView disable(@PathParam("username") String username) {
        return users.setEnabled(username, false);
    }

    /** A new temporary password, shown in this answer only. */
    @POST
    @Path("{username}/password")
    public TemporaryPassword resetPassword(@PathParam("username") String username) {
        return new TemporaryPassword(username, users.resetPassword(username));
    }

    @POST
    @Path("{username}/sign-out")
    public Response signOut(@PathParam("username") String username) {
        users.signOut(username);
        return Response.noContent().build();
    }
}
