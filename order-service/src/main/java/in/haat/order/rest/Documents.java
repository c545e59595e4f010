package in.haat.order.rest;

import in.haat.order.mapping.GstDocument;
import in.haat.order.service.TaxDocumentQueries;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** How our document endpoints answer: JSON or PDF by the Accept header, a PDF inline with a file name. */
final class Documents {

    static final String PDF = "application/pdf";

    private Documents() {
    }

    /** Whether the caller asked for PDF before JSON ({@code pdfByDefault}: when it names neither, e.g. a browser's or no Accept). */
    static boolean wantsPdf(HttpHeaders headers, boolean pdfByDefault) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(PDF)) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return true;
            }
        }
        return pdfByDefault;
    }

    /** A PDF answer named {@code name}.pdf (the name's unsafe characters replaced). */
    static Response pdf(byte[] bytes, String name) {
        return Response.ok(bytes, PDF)
                .header("Content-Disposition", "inline; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf\"").build();
    }

    /** A seller's document answered as the Accept header asks: JSON by default, PDF (rendered off the event loop) on request. */
    static Uni<Response> answer(TaxDocumentQueries documents, Uni<GstDocument> document, HttpHeaders headers) {
        boolean pdf = wantsPdf(headers, false);
        return document.chain(d -> pdf ? documents.pdf(d).map(bytes -> pdf(bytes, d.number())) : Uni.createFrom().item(json(d)));
    }

    static Response json(Object body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
