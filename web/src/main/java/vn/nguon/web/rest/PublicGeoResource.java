package vn.nguon.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.org.application.Geography;
import vn.nguon.org.application.UnitView;

import java.util.ArrayList;
import java.util.List;

/**
 * Where units lie, without sign-in ({@code /api/public/geo}): the shapes a map draws — the 34 provinces, or
 * one province's communes — as GeoJSON, cacheable for a day (they change when the hierarchy does, with a
 * release); and which commune a point lies in (WGS 84 degrees; the shapes are simplified to about 50 m, so a
 * point that close to a border may fall on either side). Public reference data, like the hierarchy.
 */
@Path("public/geo")
public class PublicGeoResource {

    public record Place(String code, String fullName, List<String> chain, String province, double latitude, double longitude) {
    }

    @Inject
    Geography geography;

    @Context
    Request request;

    @GET
    @Path("shapes")
    @Produces("application/geo+json")
    public Response shapes(@QueryParam("unit") String unit) {
        if (unit != null && unit.length() > 16) {
            throw new ValidationFailedException(List.of(Violation.of("unit", Violation.TOO_LONG, 16)));
        }
        String json = geography.shapes(unit).orElseThrow(() ->
                new ValidationFailedException(List.of(Violation.of("unit", "unknownTarget", unit))));
        EntityTag tag = new EntityTag(Integer.toHexString(json.hashCode()) + "-" + json.length());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        cache.setPrivate(false);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(json).tag(tag).cacheControl(cache).build();
    }

    @GET
    @Path("commune")
    @Produces(MediaType.APPLICATION_JSON)
    public Place commune(@QueryParam("lat") String lat, @QueryParam("lon") String lon) {
        List<Violation> v = new ArrayList<>();
        Double latitude = degrees(v, "lat", lat, 90);
        Double longitude = degrees(v, "lon", lon, 180);
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        UnitView u = geography.communeAt(latitude, longitude).orElseThrow(() ->
                new ValidationFailedException(List.of(Violation.of("lat", "feedback.pointOutside"))));
        return new Place(u.code(), u.fullName(), u.chain(), geography.provinceOf(u.code()), latitude, longitude);
    }

    private static Double degrees(List<Violation> v, String field, String text, double limit) {
        if (text == null || text.isBlank()) {
            v.add(Violation.of(field, Violation.REQUIRED));
            return null;
        }
        try {
            double d = Double.parseDouble(text.strip());
            if (Double.isFinite(d) && Math.abs(d) <= limit && text.length() <= 20) {
                return d;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        v.add(Violation.of(field, "notAllowed", text.length() > 20 ? text.substring(0, 20) + "…" : text));
        return null;
    }
}
