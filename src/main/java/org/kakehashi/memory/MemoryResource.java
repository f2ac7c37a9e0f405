package org.kakehashi.memory;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kakehashi.document.DocumentFileName;
import org.kakehashi.language.InvalidLanguageTagException;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.RoleRequired;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The memory for the people who work with it: matches for a segment (linguists, reviewers, coordinators), the
 * entries and their removal (coordinators), TMX export (coordinators) and import (the administrator).
 */
@Path("memory")
@Produces(MediaType.APPLICATION_JSON)
public class MemoryResource {

    private static final int PAGE = 100;

    public record EntryView(UUID id, String sourceLanguage, String targetLanguage, String source, String target,
                            Provenance from) {
        static EntryView of(MemoryEntry entry) {
            return new EntryView(entry.id(), entry.sourceLanguage().value(), entry.targetLanguage().value(),
                    entry.source(), entry.target(), entry.provenance());
        }
    }

    public record RemovalForm(String reason) {
    }

    @Inject
    TranslationMemory memory;
    @Inject
    MemoryImports imports;
    @Inject
    CallerIdentification identification;

    /** Matches of 70 % or more for a segment, the best five, best first. */
    @GET
    @Path("matches")
    public List<Match> matches(@QueryParam("source") String source, @QueryParam("target") String target,
                               @QueryParam("text") String text) {
        Caller caller = identification.caller();
        if (!caller.translatesOrReviews()) {
            throw MemoryProblem.translatorsOnly();
        }
        if (text == null || text.isBlank()) {
            throw MemoryProblem.invalid("text", "memory.text-missing");
        }
        return memory.matches(text, tag("source", source), tag("target", target));
    }

    /** The kept entries from a source language, a page of a hundred, oldest first. */
    @GET
    @Path("entries")
    public List<EntryView> entries(@QueryParam("source") String source, @QueryParam("target") String target,
                                   @QueryParam("department") String department, @QueryParam("page") int page) {
        office();
        return memory.kept(tag("source", source == null ? "ja" : source), optionalTag("target", target),
                        blankToNull(department), Math.max(0, page) * PAGE, PAGE)
                .stream().map(EntryView::of).toList();
    }

    /** A wrong entry taken out of the memory, with the reason, for the audit. */
    @POST
    @Path("entries/{id}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "The entry is no longer offered; its removal is audited")
    public Response remove(@PathParam("id") String id, RemovalForm form) {
        Caller caller = office();
        memory.remove(entryId(id), form == null ? null : form.reason(), caller);
        return Response.noContent().build();
    }

    /** The memory as TMX 1.4b: from a source language (Japanese unless named), of one target or department. */
    @GET
    @Path("tmx")
    @Produces("application/x-tmx+xml")
    public Response exportTmx(@QueryParam("source") String source, @QueryParam("target") String target,
                              @QueryParam("department") String department) {
        office();
        LanguageTag from = tag("source", source == null ? "ja" : source);
        LanguageTag to = optionalTag("target", target);
        String ofDepartment = blankToNull(department);
        StreamingOutput file = output -> memory.exportTmx(from, to, ofDepartment, output);
        String name = "kakehashi-memory_" + from.value() + (to == null ? "" : "-" + to.value())
                + (ofDepartment == null ? "" : "_" + ofDepartment) + "_" + LocalDate.now() + ".tmx";
        return Response.ok(file).header("Content-Disposition", new DocumentFileName(name).attachmentHeader()).build();
    }

    /** An office's memory from OmegaT or Trados (TMX 1.4b), added to Kakehashi's; pairs it has are left out. */
    @POST
    @Path("tmx")
    @Consumes(MediaType.WILDCARD)
    public MemoryImports.Imported importTmx(byte[] file, @HeaderParam("X-File-Name") String fileName) {
        Caller caller = RoleRequired.require(identification.caller(), Role.ADMIN, "memory.admin-only");
        if (file == null || file.length == 0) {
            throw MemoryProblem.invalid("file", "memory.tmx-broken");
        }
        return imports.importTmx(file, fileName, caller);
    }

    private Caller office() {
        Caller caller = identification.caller();
        if (!caller.isOffice()) {
            RoleRequired.require(caller, Role.COORDINATOR, "memory.office-only");
        }
        return caller;
    }

    private static UUID entryId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw MemoryProblem.invalid("id", "memory.entry-id-invalid", id);
        }
    }

    private static LanguageTag tag(String field, String text) {
        try {
            return LanguageTag.of(text);
        } catch (InvalidLanguageTagException e) {
            throw MemoryProblem.invalid(field, "language.invalid-tag", String.valueOf(text));
        }
    }

    private static LanguageTag optionalTag(String field, String text) {
        return text == null || text.isBlank() ? null : tag(field, text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
