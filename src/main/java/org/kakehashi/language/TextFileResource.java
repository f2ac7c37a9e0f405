package org.kakehashi.language;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kakehashi.platform.problem.InputValidation;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Plain-text files in any Japanese encoding: read them (detected, or as the caller says) with their counting
 * receipt, and write a text back in the requester's own encoding — refused, naming the characters, when the
 * encoding cannot carry them, rather than writing "?".
 */
@Path("text-files")
public class TextFileResource {

    /**
     * @param certain    false when the file reads as more than one plausible text: the text is the likeliest one,
     *                   and the caller asks the person which of the candidates is their file, then reads it again
     *                   with {@code charset}
     * @param candidates every plausible reading, likeliest first, with its first line for the person to recognise
     */
    public record ReadFile(String charset, DecodingBasis basis, boolean certain,
                           List<EncodingReport.Candidate> candidates, boolean byteOrderMark, int bytes, String text,
                           CountingReceipt receipt) {
    }

    public record WriteForm(@NotNull @Size(max = 1_000_000) String text) {
    }

    @Inject
    TextCounter counter;
    @Inject
    InputValidation validation;

    /**
     * @param charset  the encoding to read with, overriding detection (Shift_JIS is read as Windows-31J)
     * @param language the text's language, for its receipt (default ja)
     */
    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public ReadFile read(byte[] file, @QueryParam("charset") String charset, @QueryParam("language") String language) {
        LanguageTag tag = language == null || language.isBlank() ? LanguageTag.of("ja") : languageOf(language);
        DecodedText decoded;
        try {
            decoded = charset == null || charset.isBlank()
                    ? new TextDecoder().decode(file)
                    : new TextDecoder().decode(file, DeclaredCharset.named("charset", charset));
        } catch (UndecodableTextException e) {
            throw TextFileProblem.undecodable(e);
        }
        EncodingReport encoding = EncodingReport.of(decoded);
        return new ReadFile(encoding.charset(), encoding.basis(), encoding.certain(), encoding.candidates(),
                decoded.byteOrderMark(), file.length, decoded.text(), counter.count(decoded.text(), tag));
    }

    /** The text as a file in the given encoding, checked by a round trip. */
    @POST
    @Path("encoded")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response write(@QueryParam("charset") String charset, WriteForm form) {
        Charset target = DeclaredCharset.named("charset", charset == null ? "" : charset);
        try {
            byte[] bytes = new TextEncoder().encode(validation.valid(form).text(), target);
            return Response.ok(bytes).type(new MediaType("text", "plain").withCharset(target.name())).build();
        } catch (UnmappableCharactersException e) {
            throw TextFileProblem.unmappable(e);
        }
    }

    private static LanguageTag languageOf(String language) {
        try {
            return LanguageTag.of(language);
        } catch (InvalidLanguageTagException e) {
            throw new ViewerLanguage.InvalidLanguageParameter("language", language);
        }
    }
}
