package vn.nguon.feedback.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.nguon.feedback.application.FeedbackCategoryView;
import vn.nguon.feedback.application.FeedbackIntake;
import vn.nguon.feedback.domain.Channel;
import vn.nguon.feedback.domain.FeedbackData;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.shared.Jsons;
import vn.nguon.web.ClientAddress;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open311 GeoReport v2 ({@code /api/public/open311/v2/}), so that existing civic apps submit and follow citizens'
 * feedback: {@code services}, {@code requests} (POST form-encoded, GET with {@code service_request_id},
 * {@code service_code}, {@code start_date}, {@code end_date}, {@code status}), {@code requests/<id>}, each as
 * {@code .json} or {@code .xml}; and {@code requests/<id>/history} (an extension: the public history). The
 * jurisdiction is the commune ({@code jurisdiction_id} = its code). Open311's two states are open / closed; the
 * finer state and the published answer are in {@code status_notes}. A request's contact (name, e-mail, phone) is
 * kept with the citizen's consent ({@code consent=true}, a Nguồn extension required by Decree 13/2023) and never
 * shown; {@code media_url} is not fetched (a server fetching any address it is given is an attack surface).
 * The POST's answer adds {@code token}: the tracking code the citizen rates the answer by.
 */
@Path("public/open311/v2")
public class Open311Resource {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    FeedbackIntake intake;

    @Inject
    ClientAddress clients;

    @Context
    HttpServletRequest request;

    @GET
    @Path("services.{format: json|xml}")
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String commune) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FeedbackCategoryView c : intake.categories(blank(commune), "vi")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service_code", c.code());
            m.put("service_name", c.name());
            m.put("description", c.name());
            m.put("metadata", false);
            m.put("type", "realtime");
            m.put("keywords", "");
            m.put("group", "");
            rows.add(m);
        }
        return answer(format, "services", "service", rows, 200);
    }

    @POST
    @Path("requests.{format: json|xml}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("format") String format, @FormParam("jurisdiction_id") String commune,
                           @FormParam("service_code") String service, @FormParam("lat") String lat, @FormParam("long") String lon,
                           @FormParam("address_string") String address, @FormParam("description") String description,
                           @FormParam("first_name") String firstName, @FormParam("last_name") String lastName,
                           @FormParam("email") String email, @FormParam("phone") String phone, @FormParam("consent") String consent) {
        try {
            List<Violation> v = new ArrayList<>();
            Double la = number(v, "lat", lat);
            Double lo = number(v, "long", lon);
            if (!v.isEmpty()) {
                throw new ValidationFailedException(v);
            }
            String text = description == null ? null : description.strip();
            String title = text == null ? null : (text.length() <= 80 ? text : text.substring(0, 79) + "…");
            if (address != null && !address.isBlank() && text != null) {
                text = text + "\n(" + address.strip() + ")";
            }
            String name = ((firstName == null ? "" : firstName.strip()) + " " + (lastName == null ? "" : lastName.strip())).strip();
            FeedbackIntake.Receipt r = intake.submit(new FeedbackData(service, commune, title, text, name.isEmpty() ? null : name, phone, email,
                    "true".equalsIgnoreCase(consent), false, la, lo, null, Channel.OPEN311), List.of(), clients.of(request), null);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service_request_id", String.valueOf(r.id()));
            m.put("service_notice", "Hạn trả lời: " + time(r.dueAt()));
            m.put("account_id", null);
            m.put("token", r.code());
            return answer(format, "service_requests", "request", List.of(m), 201);
        } catch (ValidationFailedException e) {
            return errors(format, 400, e.violations());
        } catch (FeedbackIntake.TooMany e) {
            return Response.fromResponse(errors(format, 429, List.of(Violation.of("request", "feedback.tooMany"))))
                    .header("Retry-After", e.retryAfterSeconds()).build();
        }
    }

    @GET
    @Path("requests.{format: json|xml}")
    public Response requests(@PathParam("format") String format, @QueryParam("service_request_id") String ids,
                             @QueryParam("service_code") String service, @QueryParam("jurisdiction_id") String commune,
                             @QueryParam("start_date") String start, @QueryParam("end_date") String end, @QueryParam("status") String status) {
        try {
            List<Violation> v = new ArrayList<>();
            List<Long> idList = new ArrayList<>();
            if (ids != null && !ids.isBlank()) {
                for (String s : ids.split(",")) {
                    try {
                        idList.add(Long.parseLong(s.strip()));
                    } catch (NumberFormatException x) {
                        v.add(Violation.of("service_request_id", "notAllowed", s));
                    }
                }
            }
            Instant from = date(v, "start_date", start);
            Instant to = date(v, "end_date", end);
            Boolean open = null;
            if (status != null && !status.isBlank()) {
                if (!status.equals("open") && !status.equals("closed")) {
                    v.add(Violation.of("status", "notAllowed", status));
                }
                open = status.equals("open");
            }
            if (!v.isEmpty()) {
                throw new ValidationFailedException(v);
            }
            return answer(format, "service_requests", "request",
                    intake.open311Requests(idList, blank(service), blank(commune), from, to, open).stream().map(Open311Resource::row).toList(), 200);
        } catch (ValidationFailedException e) {
            return errors(format, 400, e.violations());
        }
    }

    @GET
    @Path("requests/{id: \\d+}.{format: json|xml}")
    public Response request(@PathParam("format") String format, @PathParam("id") long id) {
        List<FeedbackIntake.Open311Request> found = intake.open311Requests(List.of(id), null, null, null, null, null);
        if (found.isEmpty()) {
            return errors(format, 404, List.of(Violation.of("service_request_id", "feedback.unknownCode")));
        }
        return answer(format, "service_requests", "request", List.of(row(found.get(0))), 200);
    }

    @GET
    @Path("requests/{id: \\d+}/history.{format: json|xml}")
    public Response history(@PathParam("format") String format, @PathParam("id") long id) {
        try {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (FeedbackIntake.PublicStep s : intake.open311History(id)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("updated_datetime", time(s.at()));
                m.put("status_notes", s.note());
                m.put("description", s.detail());
                rows.add(m);
            }
            return answer(format, "history", "update", rows, 200);
        } catch (ValidationFailedException e) {
            return errors(format, 404, e.violations());
        }
    }

    static Map<String, Object> row(FeedbackIntake.Open311Request r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", String.valueOf(r.id()));
        m.put("status", r.status());
        m.put("status_notes", r.statusNotes());
        m.put("service_name", r.serviceName());
        m.put("service_code", r.serviceCode());
        m.put("description", r.description());
        m.put("agency_responsible", r.agencyResponsible());
        m.put("service_notice", null);
        m.put("requested_datetime", time(r.requested()));
        m.put("updated_datetime", time(r.updated()));
        m.put("expected_datetime", time(r.expected()));
        m.put("address", r.address());
        m.put("address_id", null);
        m.put("zipcode", null);
        m.put("lat", r.lat());
        m.put("long", r.lon());
        m.put("media_url", null);
        return m;
    }

    // ---- formats

    static Response answer(String format, String root, String element, List<Map<String, Object>> rows, int status) {
        if ("xml".equals(format)) {
            StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
            for (Map<String, Object> m : rows) {
                x.append('<').append(element).append('>');
                m.forEach((k, v) -> {
                    x.append('<').append(k).append('>');
                    if (v != null) {
                        x.append(escape(String.valueOf(v)));
                    }
                    x.append("</").append(k).append('>');
                });
                x.append("</").append(element).append('>');
            }
            x.append("</").append(root).append('>');
            return Response.status(status).type("application/xml; charset=utf-8").entity(x.toString()).build();
        }
        JsonArrayBuilder a = Jsons.PROVIDER.createArrayBuilder();
        for (Map<String, Object> m : rows) {
            JsonObjectBuilder o = Jsons.PROVIDER.createObjectBuilder();
            m.forEach((k, v) -> {
                if (v == null) {
                    o.addNull(k);
                } else if (v instanceof Boolean b) {
                    o.add(k, b);
                } else if (v instanceof Double d) {
                    o.add(k, d);
                } else {
                    o.add(k, String.valueOf(v));
                }
            });
            a.add(o);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON + "; charset=utf-8").entity(a.build().toString()).build();
    }

    /** Open311's errors: a list of {code, description}. */
    static Response errors(String format, int status, List<Violation> violations) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Violation v : violations) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", String.valueOf(status));
            m.put("description", v.field() + ": " + v.code() + (v.args().isEmpty() ? "" : " " + v.args()));
            rows.add(m);
        }
        return answer(format, "errors", "error", rows, status);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    static String time(Instant t) {
        return t == null ? null : t.atZone(VIETNAM).toOffsetDateTime().toString();
    }

    private static Instant date(List<Violation> v, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            v.add(Violation.of(field, "notTime", text));
            return null;
        }
    }

    private static Double number(List<Violation> v, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(text.strip());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            v.add(Violation.of(field, "notNumber"));
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
