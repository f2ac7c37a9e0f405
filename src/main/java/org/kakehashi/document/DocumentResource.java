package org.kakehashi.document;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * What a file is, before a request takes it: its format from its content, or a refusal naming why (an unknown
 * format, a zip bomb, an XML document type declaration).
 */
@Path("documents")
public class DocumentResource {

    public record DocumentView(DocumentType type, String mediaType, int bytes) {
    }

    @POST
    @Path("type")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public DocumentView type(byte[] file) {
        DocumentType type = new DocumentDetector().detect(file);
        return new DocumentView(type, type.mediaType(), file.length);
    }
}
