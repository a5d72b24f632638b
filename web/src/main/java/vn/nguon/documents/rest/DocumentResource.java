package vn.nguon.documents.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.nguon.documents.application.DocumentQueries;

import java.util.List;
import vn.nguon.web.rest.Rest;

/** A report's official documents over JSON and as files: the list, the stored PDF and XLSX, a draft's preview. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    @Inject
    DocumentQueries queries;

    @GET
    @Path("reports/{id}/documents")
    public List<DocumentQueries.DocumentEntry> documents(@PathParam("id") long id) {
        return queries.ofReport(id);
    }

    /** The signed PDF exactly as stored at signing. */
    @GET
    @Path("documents/{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response documentPdf(@PathParam("id") long id) {
        return file(queries.file(id, false));
    }

    /** The annex tables of a signed document as an Excel workbook. */
    @GET
    @Path("documents/{id}/xlsx")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    public Response documentXlsx(@PathParam("id") long id) {
        return file(queries.file(id, true));
    }

    /** An unsigned preview of the report as it stands, watermarked "BẢN NHÁP". */
    @GET
    @Path("reports/{id}/preview")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response preview(@PathParam("id") long id) {
        return file(queries.preview(id));
    }

    static Response file(DocumentQueries.DocumentFile f) {
        return Rest.attachment(f.bytes(), f.mediaType(), f.fileName());
    }

}
