package org.kakehashi.terms;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.kakehashi.document.DocumentFileName;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.problem.Messages;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.List;

/**
 * The termbase as files, for the coordinators and the administrator: exported as TBX-Basic, imported from TBX
 * (v3 or 2008) or from the office's CSV spreadsheet, with a preview first. A CSV file that reads more than one way
 * is read in the {@code charset} the person chooses.
 */
@Path("terms")
@Produces(MediaType.APPLICATION_JSON)
public class TermbaseFileResource {

    /** An entry of the file as the preview shows it, with its problems in the reader's language. */
    public record PlannedView(int entry, TermbaseImports.Action action, String term, List<ProblemView> problems) {
    }

    public record ProblemView(String column, String message) {
    }

    @Inject
    Termbase termbase;
    @Inject
    TermbaseImports imports;
    @Inject
    CallerIdentification identification;
    @Context
    HttpHeaders headers;

    /** Every entry in use, as a TBX-Basic file (TBX v3) that CAT tools and other termbases read. */
    @GET
    @Path("tbx")
    @Produces("application/x-tbx+xml")
    public Response exportTbx() {
        Termbase.requireOffice(identification.caller());
        List<Concept> concepts = termbase.active().stream().map(TermEntry::concept).toList();
        StreamingOutput file = output -> TbxFiles.write(concepts, "Kakehashi termbase", output);
        return Response.ok(file).header("Content-Disposition",
                new DocumentFileName("kakehashi-termbase_" + LocalDate.now() + ".tbx").attachmentHeader()).build();
    }

    /** What importing the file would do, entry by entry, and each CSV row's problems. */
    @POST
    @Path("import/preview")
    @Consumes(MediaType.WILDCARD)
    public List<PlannedView> preview(byte[] file, @QueryParam("charset") String charset) {
        Caller caller = identification.caller();
        Termbase.requireOffice(caller);
        Messages messages = Messages.forPreferences(headers.getAcceptableLanguages());
        if (!isTbx(file)) {
            TermbaseCsv csv = TermbaseCsv.read(file, charset(charset));
            if (hasProblems(csv)) {
                return csv.rows().stream()
                        .map(row -> new PlannedView(row.row(), null, firstTerm(row.concept()), row.problems().stream()
                                .map(p -> new ProblemView(p.column(), messages.format(p.messageKey(), p.arguments())))
                                .toList()))
                        .toList();
            }
        }
        return imports.preview(caller, concepts(file, charset)).stream()
                .map(planned -> new PlannedView(planned.entry(), planned.action(), planned.term(), List.of()))
                .toList();
    }

    /** The whole file into the termbase, or nothing when an entry or a row has a problem. */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    public TermbaseImports.Imported importFile(byte[] file, @QueryParam("charset") String charset,
                                               @HeaderParam("X-File-Name") String fileName) {
        Caller caller = identification.caller();
        Termbase.requireOffice(caller);
        return imports.importAll(caller, concepts(file, charset), fileName);
    }

    private static List<Concept> concepts(byte[] file, String charset) {
        if (file == null || file.length == 0) {
            throw TermProblem.unreadable("terms.csv-empty");
        }
        if (isTbx(file)) {
            return TbxFiles.read(file);
        }
        TermbaseCsv csv = TermbaseCsv.read(file, charset(charset));
        if (hasProblems(csv)) {
            TermbaseCsv.Row row = csv.rows().stream().filter(r -> !r.problems().isEmpty()).findFirst().orElse(null);
            TermbaseCsv.Problem problem = row == null ? csv.headingProblems().get(0) : row.problems().get(0);
            throw TermProblem.invalid(row == null ? "file" : "rows[" + row.row() + "]." + problem.column(),
                    problem.messageKey(), problem.arguments());
        }
        return csv.concepts();
    }

    private static boolean hasProblems(TermbaseCsv csv) {
        return !csv.headingProblems().isEmpty() || csv.rows().stream().anyMatch(row -> !row.problems().isEmpty());
    }

    /** An XML file, whatever its encoding's byte order mark: a TBX file; anything else is read as CSV. */
    private static boolean isTbx(byte[] file) {
        int at = 0;
        if (file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF) {
            at = 3;
        }
        while (at < file.length && Character.isWhitespace(file[at])) {
            at++;
        }
        return at < file.length && file[at] == '<'
                || file.length >= 2 && ((file[0] & 0xFF) == 0xFE || (file[0] & 0xFF) == 0xFF);
    }

    private static String firstTerm(Concept concept) {
        return concept == null || concept.terms().isEmpty() ? null : concept.terms().get(0).text();
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw TermProblem.invalid("charset", "terms.unknown-charset", name);
        }
    }
}
