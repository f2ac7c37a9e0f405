package org.kakehashi.document;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kakehashi.language.DeclaredCharset;
import org.kakehashi.language.InvalidLanguageTagException;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;
import org.kakehashi.platform.problem.DomainProblem;
import org.kakehashi.platform.web.FormParts;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Documents sent with requests: what a file is (from its content) and how much text it holds; a document out as
 * XLIFF 2.1 or 1.2 for the coordinator's CAT tool, and the translated XLIFF merged back into the original format.
 * Hostile files are refused before any parser sees them.
 */
@Path("documents")
public class DocumentResource {

    @Inject
    TextCounter counter;

    @POST
    @Path("receipt")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public DocumentCount receipt(byte[] file, @QueryParam("language") String language,
                                 @QueryParam("charset") String charset) {
        return new DocumentCounter(counter).count(file,
                tag("language", language == null || language.isBlank() ? "ja" : language),
                charset == null || charset.isBlank() ? null : DeclaredCharset.named("charset", charset));
    }

    /** The document's sentences as an XLIFF 2.1 or 1.2 file ({@code format}), for translating in a CAT tool. */
    @POST
    @Path("xliff")
    @Consumes(MediaType.WILDCARD)
    @Produces("application/xliff+xml")
    public Response xliff(byte[] file, @QueryParam("source") String source, @QueryParam("target") String target,
                          @QueryParam("format") String format) {
        DocumentType type = new DocumentDetector().detect(file);
        if (!TranslatableText.extracts(type)) {
            throw new DocumentProblem("document.not-extractable", "file", type.name());
        }
        byte[] xliff = TranslatableText.ofDocument(file, type, tag("source", source))
                .exchangeFile(ExchangeFormat.named("format", format), jobOf(type), tag("target", target));
        return Response.ok(xliff).header("Content-Disposition", "attachment; filename=\"document.xlf\"").build();
    }

    /** The original document (part {@code document}) with the translations of the XLIFF (part {@code xliff}). */
    @POST
    @Path("merge")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response merge(List<EntityPart> parts, @QueryParam("source") String source,
                          @QueryParam("target") String target) throws IOException {
        byte[] document = part(parts, "document");
        byte[] xliff = part(parts, "xliff");
        DocumentType type = new DocumentDetector().detect(document);
        if (!TranslatableText.rebuilds(type)) {
            throw new DocumentProblem("document.not-mergeable", "document", type.name());
        }
        Translation translation = TranslatableText.ofDocument(document, type, tag("source", source))
                .translatedBy(TranslatedFile.read(xliff), jobOf(type), tag("target", target));
        return Response.ok(translation.document()).type(type.mediaType()).build();
    }

    /** A document translated outside any request is its own job, named by its format. */
    private static String jobOf(DocumentType type) {
        return "document." + type.name().toLowerCase(Locale.ROOT);
    }

    private static byte[] part(List<EntityPart> parts, String name) throws IOException {
        for (EntityPart part : parts) {
            if (part.getName().equals(name)) {
                return FormParts.bytesOf(part);
            }
        }
        throw new DocumentProblem("document.part-missing", name, name);
    }

    private static LanguageTag tag(String field, String text) {
        try {
            return LanguageTag.of(text);
        } catch (InvalidLanguageTagException e) {
            throw new DocumentProblem("language.invalid-tag", field, String.valueOf(text));
        }
    }

    /** A request about documents that cannot be served as asked. */
    static class DocumentProblem extends DomainProblem {
        DocumentProblem(String key, String field, Object... arguments) {
            super(Kind.INVALID, key, field, arguments);
        }
    }
}
