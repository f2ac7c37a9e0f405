package org.kakehashi.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.platform.problem.RoleRequired;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

/**
 * The staff list import for administrators: the body is the file itself (CSV or XLSX); {@code charset} chooses
 * the encoding of a CSV file that reads more than one way.
 */
@Path("admin/people/import")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
public class StaffImportResource {

    /** A row of the preview, its problems in the reader's language. */
    public record RowView(int row, String username, String action, List<ProblemView> problems) {
    }

    public record ProblemView(String column, String message) {
    }

    /** What the import did, row by row, and how many people it added and changed. */
    public record Imported(int added, int changed, int unchanged, List<RowView> rows) {
    }

    @Inject
    StaffImport staffImport;
    @Inject
    CallerIdentification identification;
    @Context
    HttpHeaders headers;

    @POST
    @Path("preview")
    public List<RowView> preview(byte[] file, @QueryParam("charset") String charset) {
        admin();
        return staffImport.preview(StaffList.read(file, charset(charset))).stream().map(this::view).toList();
    }

    @POST
    public Imported importAll(byte[] file, @QueryParam("charset") String charset) {
        Caller admin = admin();
        List<StaffImport.Row> rows = staffImport.importAll(StaffList.read(file, charset(charset)), admin.username(),
                identification.remoteAddress());
        return new Imported(count(rows, StaffImport.Action.ADD), count(rows, StaffImport.Action.CHANGE),
                count(rows, StaffImport.Action.UNCHANGED), rows.stream().map(this::view).toList());
    }

    private RowView view(StaffImport.Row row) {
        Messages messages = Messages.forPreferences(headers.getAcceptableLanguages());
        return new RowView(row.row(), row.username(), row.action() == null ? null : row.action().name(),
                row.problems().stream()
                        .map(p -> new ProblemView(p.column(), messages.format(p.messageKey(), p.arguments())))
                        .toList());
    }

    private static int count(List<StaffImport.Row> rows, StaffImport.Action action) {
        return (int) rows.stream().filter(row -> row.action() == action).count();
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw AccountProblem.invalid("charset", "account.import-unknown-charset", name);
        }
    }

    private Caller admin() {
        return RoleRequired.require(identification.caller(), Role.ADMIN, "account.admin-only");
    }
}
