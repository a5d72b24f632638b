package vn.nguon.sources.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.nguon.broadcast.application.BulletinView;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.sources.application.SourceCommand;
import vn.nguon.sources.application.SourceItemView;
import vn.nguon.sources.application.SourceLibrary;
import vn.nguon.sources.domain.SourceRepository;
import vn.nguon.sources.domain.SourceStatus;
import vn.nguon.shared.IsoTimes;
import vn.nguon.shared.UploadLimits;
import vn.nguon.shared.files.FileCheck;
import vn.nguon.shared.files.StoredFile;
import vn.nguon.web.rest.Rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The source library over JSON ({@code /api/sources}): search what the caller may see, write, approve,
 * publish, withdraw, relay as a bulletin — with the same scoping and refusals as the page (SourceLibrary).
 */
@Path("sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SourceResource {

    @Inject
    SourceLibrary library;

    @Inject
    vn.nguon.sources.application.RelayTracking tracking;

    @Inject
    UploadLimits limits;

    @Context
    HttpHeaders headers;

    /** {@code ?q=&field=&tag=&owner=&from=&to=&status=&first=&max=}: a page of hits and the total. */
    @GET
    public SourceLibrary.Page search(@QueryParam("q") String q, @QueryParam("field") String field, @QueryParam("tag") String tag,
                                     @QueryParam("owner") String owner, @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("status") String status, @QueryParam("first") String first, @QueryParam("max") String max) {
        List<Violation> v = new ArrayList<>();
        LocalDate f = IsoTimes.date(v, "from", from);
        LocalDate t = IsoTimes.date(v, "to", to);
        SourceStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = SourceStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add(Violation.of("status", "notAllowed", status));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        return library.search(new SourceRepository.Query(blankToNull(q), blankToNull(field), blankToNull(tag), blankToNull(owner), f, t, s,
                Rest.nonNegativeInt("first", first, 0), Rest.positiveInt("max", max, 20)), language());
    }

    /**
     * Stores an image for e-boards ({@code kind=IMAGE}: PNG or JPEG, re-encoded without its metadata) or a PDF
     * document ({@code kind=PDF}) of the caller's unit, the request body being the file; an item then names it
     * ({@code boardImageId}, {@code documentIds}).
     */
    @POST
    @Path("files")
    @Consumes({"image/*", "application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(java.io.InputStream body, @QueryParam("kind") String kind, @QueryParam("name") String name,
                           @jakarta.ws.rs.HeaderParam("Content-Length") Long length) {
        StoredFile.Kind k = null;
        if (kind == null || kind.isBlank()) {
            throw new ValidationFailedException(List.of(Violation.of("kind", Violation.REQUIRED)));
        }
        try {
            k = StoredFile.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationFailedException(List.of(Violation.of("kind", "notAllowed", kind)));
        }
        return Rest.created(library.uploadFile(k, name, Rest.upload(body, length, limits.maxBytes(), "file", FileCheck.tooBig(limits.maxBytes()))));
    }

    /** A document or the board picture of an item the caller may see, as stored. */
    @GET
    @Path("{id}/files/{file}")
    @Produces({"application/pdf", "image/*"})
    public Response file(@PathParam("id") long id, @PathParam("file") long file) {
        StoredFile f = library.file(id, file);
        return Response.ok(f.data(), f.contentType()).header("ETag", "\"" + f.sha256() + "\"")
                .header("Content-Disposition", "inline; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")).build();
    }

    /** Each commune's share of its airtime that relayed source content, over the last {@code days} (default 30) days. */
    @GET
    @Path("airtime")
    public List<vn.nguon.sources.application.RelayTracking.AirtimeShare> airtime(@QueryParam("days") String days) {
        return tracking.airtime(Rest.positiveInt("days", days, 30));
    }

    @GET
    @Path("fields")
    public Map<String, String> fields() {
        return library.fields(language());
    }

    @POST
    public Response create(SourceCommand body) {
        return Rest.created(library.create(Rest.required(body, "a source item").data(), language()));
    }

    @GET
    @Path("{id}")
    public SourceItemView get(@PathParam("id") long id) {
        return library.get(id, language());
    }

    @PUT
    @Path("{id}")
    public SourceItemView update(@PathParam("id") long id, SourceCommand body) {
        Long version = Rest.required(Rest.required(body, "the source item").version(), "the item's version");
        return library.update(id, version, body.data(), language());
    }

    @POST
    @Path("{id}/approve")
    public SourceItemView approve(@PathParam("id") long id) {
        return library.approve(id, language());
    }

    @POST
    @Path("{id}/publish")
    public SourceItemView publish(@PathParam("id") long id) {
        return library.publish(id, language());
    }

    @POST
    @Path("{id}/withdraw")
    public SourceItemView withdraw(@PathParam("id") long id, Rest.ReasonBody body) {
        return library.withdraw(id, Rest.ReasonBody.of(body), language());
    }

    /** The item as a draft bulletin of the caller's commune (201 with the bulletin). */
    @POST
    @Path("{id}/relay")
    public Response relay(@PathParam("id") long id) {
        BulletinView bulletin = library.relay(id);
        return Rest.created("bulletins/" + bulletin.id(), bulletin);
    }

    /** Makes the item a mandatory relay: {@code {"minPlays": 3, "from": "2026-12-07", "to": "2026-12-20"}}; answers its board. */
    @PUT
    @Path("{id}/requirement")
    public vn.nguon.sources.application.RelayBoard require(@PathParam("id") long id,
                                                          vn.nguon.sources.application.RelayTracking.Requirement body) {
        return tracking.require(id, Rest.required(body, "the requirement"));
    }

    /** The tracking board of the item's mandatory relay, for the caller's subtree. */
    @GET
    @Path("{id}/relays")
    public vn.nguon.sources.application.RelayBoard relays(@PathParam("id") long id) {
        return tracking.board(id);
    }

    /** The same board as an XLSX workbook (a sheet per commune, one of provinces). */
    @GET
    @Path("{id}/relays.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response relaysXlsx(@PathParam("id") long id) {
        return Rest.attachment(vn.nguon.sources.web.RelayBoardXlsx.write(tracking.board(id), Rest.bundle(headers)),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "yeu-cau-phat-" + id + ".xlsx");
    }

    private String language() {
        return Rest.language(headers);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
