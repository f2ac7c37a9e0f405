package org.kakehashi.terms;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kakehashi.language.InvalidLanguageTagException;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The termbase: search (the people who translate and review), add, change and retire entries (coordinators and
 * the administrator), and the terms a text holds for a language pair.
 */
@Path("terms")
@Produces(MediaType.APPLICATION_JSON)
public class TermbaseResource {

    private static final int LIMIT = 200;

    /** An entry as a person writes it; {@code version} is the one they changed, on a change. */
    public record EntryForm(String subjectField, String definition, String note, String source,
                            List<TermInput> terms, Long version) {
    }

    public record TermInput(String language, String text, String partOfSpeech, TermStatus status) {
    }

    public record RetirementForm(String reason) {
    }

    @Inject
    Termbase termbase;
    @Inject
    CallerIdentification identification;

    /** Entries with a term containing {@code q} (all when blank), in {@code language} if given, the first 200. */
    @GET
    public List<EntryView> search(@QueryParam("q") String words, @QueryParam("language") String language,
                                  @QueryParam("retired") boolean retired) {
        LanguageTag in = language == null || language.isBlank() ? null : tag("language", language);
        return termbase.search(identification.caller(), words, in, retired, LIMIT).stream()
                .map(EntryView::of).toList();
    }

    @GET
    @Path("{id}")
    public EntryView entry(@PathParam("id") String id) {
        return EntryView.of(termbase.entry(identification.caller(), entryId(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The entry is in the termbase; the change is audited")
    public Response add(EntryForm form) {
        TermEntry entry = termbase.add(identification.caller(), concept(form));
        return Response.status(Response.Status.CREATED).entity(EntryView.of(entry)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntryView change(@PathParam("id") String id, EntryForm form) {
        if (form == null || form.version() == null) {
            throw TermProblem.invalid("version", "terms.version-missing");
        }
        return EntryView.of(termbase.change(identification.caller(), entryId(id), form.version(), concept(form)));
    }

    /** An entry no longer in use, with the reason; it stays for the audit. */
    @POST
    @Path("{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntryView retire(@PathParam("id") String id, RetirementForm form) {
        return EntryView.of(termbase.retire(identification.caller(), entryId(id), form == null ? null : form.reason()));
    }

    /** The termbase's terms in a text, each with the target terms to use and those never to write. */
    @GET
    @Path("hits")
    public List<TermHit> hits(@QueryParam("source") String source, @QueryParam("target") String target,
                              @QueryParam("text") String text) {
        Caller caller = identification.caller();
        if (!caller.translatesOrReviews()) {
            throw TermProblem.translatorsOnly();
        }
        if (text == null || text.isBlank()) {
            throw TermProblem.invalid("text", "terms.text-missing");
        }
        return termbase.glossary(tag("source", source), tag("target", target)).hits(text);
    }

    static Concept concept(EntryForm form) {
        if (form == null) {
            throw TermProblem.invalid("terms", "terms.term-missing");
        }
        List<TermForm> terms = new ArrayList<>();
        List<TermInput> inputs = form.terms() == null ? List.of() : form.terms();
        for (int i = 0; i < inputs.size(); i++) {
            TermInput input = inputs.get(i);
            if (input == null) {
                throw TermProblem.invalid("terms[" + i + "]", "terms.term-missing");
            }
            String field = "terms[" + i + "]";
            if (input.text() == null || input.text().isBlank()) {
                throw TermProblem.invalid(field + ".text", "terms.term-missing");
            }
            String partOfSpeech = blankToNull(input.partOfSpeech());
            if (partOfSpeech != null && !TermForm.PARTS_OF_SPEECH.contains(partOfSpeech)) {
                throw TermProblem.invalid(field + ".partOfSpeech", "terms.part-of-speech", partOfSpeech);
            }
            terms.add(new TermForm(tag(field + ".language", input.language()), input.text().strip(), partOfSpeech,
                    input.status() == null ? TermStatus.PREFERRED : input.status()));
        }
        return new Concept(null, blankToNull(form.subjectField()), blankToNull(form.definition()),
                blankToNull(form.note()), blankToNull(form.source()), terms);
    }

    private static UUID entryId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw TermProblem.invalid("id", "terms.entry-id-invalid", id);
        }
    }

    private static LanguageTag tag(String field, String text) {
        try {
            return LanguageTag.of(text);
        } catch (InvalidLanguageTagException e) {
            throw TermProblem.invalid(field, "language.invalid-tag", String.valueOf(text));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
