package org.kakehashi.task;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.problem.InputValidation;
import org.kakehashi.platform.problem.Messages;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The caller's task list: open tasks, claim, complete; the office's actions on several tasks at once. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    Worklist worklist;
    @Inject
    CallerIdentification identification;
    @Inject
    InputValidation validation;
    @Inject
    TaskAssignments assignments;
    @Inject
    BulkTaskActions bulk;
    @Inject
    Clock clock;
    @Context
    HttpHeaders headers;

    /** A page of the caller's worklist, filtered and sorted, with its counts: {@link TaskListParameters}. */
    @GET
    public TaskPage open(@BeanParam TaskListParameters parameters) {
        return worklist.open(identification.caller(), parameters.selection());
    }

    /** One task of the caller's worklist; 404 when it is closed or not theirs to see. */
    @GET
    @Path("{id}")
    public OpenTask task(@PathParam("id") String id) {
        return worklist.open(identification.caller(), id);
    }

    @POST
    @Path("{id}/claim")
    @APIResponse(responseCode = "204", description = "The task is the caller's now")
    public void claim(@PathParam("id") String id) {
        TaskSteps.take(() -> worklist.claim(id, identification.caller()));
    }

    /** Who a coordinator gives a task to, and why (required when it is someone else's). */
    public record AssignmentForm(@Size(max = 64) String assignee, @Size(max = 500) String reason) {
    }

    /** Why a task goes back to its groups. */
    public record GiveBackForm(@Size(max = 500) String reason) {
    }

    /** Someone a task may be given to. */
    public record Candidate(String username, String displayName) {
    }

    /** The active people the office may give the task to: in its groups, covering its language pair. */
    @GET
    @Path("{id}/candidates")
    public List<Candidate> candidates(@PathParam("id") String id) {
        return assignments.candidates(id, identification.caller()).stream()
                .map(person -> new Candidate(person.username(), person.displayName())).toList();
    }

    /**
     * The office claims several tasks, gives them to a person or moves the day they fall due ({@link BulkTaskForm}):
     * each task as its own endpoint would, so one refused leaves the others done.
     */
    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Each task's outcome in the order given: done, or the status "
            + "and detail its own endpoint would have refused it with")
    public List<TaskOutcomeView> bulk(BulkTaskForm form) {
        BulkTaskForm given = validation.valid(form);
        Caller caller = identification.caller();
        List<TaskOutcome> outcomes = switch (given.chosenAction()) {
            case CLAIM -> bulk.claim(caller, given.tasks());
            case ASSIGN -> bulk.assign(caller, given.tasks(), given.assignee(), given.reason());
            case MOVE_DUE -> bulk.moveDue(caller, given.tasks(), given.due(), given.reason());
        };
        Messages messages = Messages.forPreferences(headers.getAcceptableLanguages());
        return outcomes.stream().map(outcome -> TaskOutcomeView.of(outcome, messages, clock.getZone())).toList();
    }

    /** A coordinator gives the task to a named person, or to another; the person is told by mail. */
    @POST
    @Path("{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "The task is the person's now; the reason is on the timeline")
    public void assign(@PathParam("id") String id, AssignmentForm form) {
        AssignmentForm given = validation.valid(form == null ? new AssignmentForm(null, null) : form);
        TaskSteps.take(() -> assignments.assign(id, identification.caller(), given.assignee(), given.reason()));
    }

    /** The person holding the task, or the office, gives it back to its groups, with the reason. */
    @POST
    @Path("{id}/give-back")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "The task is open to its groups again")
    public void giveBack(@PathParam("id") String id, GiveBackForm form) {
        GiveBackForm given = validation.valid(form == null ? new GiveBackForm(null) : form);
        TaskSteps.take(() -> assignments.giveBack(id, identification.caller(), given.reason()));
    }

    /**
     * A translation written segment by segment in the editor: each segment's translation, by its id, with its tags;
     * and the reasons for keeping what the quality checks found, by finding key.
     */
    public record SegmentsForm(Map<String, @Size(max = 20_000) String> segments,
                               Map<String, @Size(max = 500) String> overrides) {

        Map<String, String> segmentsOrNone() {
            return segments == null ? Map.of() : segments;
        }

        Map<String, String> overridesOrNone() {
            return overrides == null ? Map.of() : overrides;
        }
    }

    /** The reasons for keeping what the quality checks found, by finding key, before the translation is sent again. */
    public record OverridesForm(Map<String, @Size(max = 500) String> overrides) {
    }

    /** What the quality checks find in the editor's translation now, each with its override if it has one. */
    @POST
    @Path("{id}/checks")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<FindingView> check(@PathParam("id") String id, SegmentsForm form) {
        Messages messages = Messages.forPreferences(headers.getAcceptableLanguages());
        return worklist.check(id, identification.caller(), form == null ? Map.of() : form.segmentsOrNone())
                .stream().map(judged -> FindingView.of(judged, messages)).toList();
    }

    /**
     * Completes a translation task with the translation the editor wrote, segment by segment; 409 naming each
     * finding of the quality checks that is neither fixed nor overridden.
     */
    @POST
    @Path("{id}/segments")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "The translation taken; the job goes to review")
    public void completeWithSegments(@PathParam("id") String id, SegmentsForm form) {
        SegmentsForm given = form == null ? new SegmentsForm(null, null) : form;
        TaskSteps.take(() -> worklist.completeWithSegments(id, identification.caller(), given.segmentsOrNone(),
                given.overridesOrNone()));
    }

    /**
     * Keeps findings of the quality checks that held a translation back (a file from a CAT tool, say), each with
     * the reason, so that the same translation passes when it is sent again.
     */
    @POST
    @Path("{id}/overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "The findings are overridden; the reasons are on the timeline")
    public void override(@PathParam("id") String id, OverridesForm form) {
        worklist.override(id, identification.caller(), form == null || form.overrides() == null ? Map.of()
                : form.overrides());
    }

    /** Completes a translation task with the translated XLIFF 2.x or 1.2 file from the translator's CAT tool. */
    @POST
    @Path("{id}/xliff")
    @Consumes({"application/xliff+xml", MediaType.APPLICATION_XML, MediaType.APPLICATION_OCTET_STREAM})
    @APIResponse(responseCode = "204", description = "The translation taken from the file; the job goes to review")
    public void completeWithXliff(@PathParam("id") String id, byte[] xliff) {
        TaskSteps.take(() -> worklist.completeWithXliff(id, identification.caller(), xliff, Map.of()));
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "The step taken; the request moves on to its next task")
    public void complete(@PathParam("id") String id, CompleteTaskForm form) {
        WorkStep.Completion completion = validation.valid(form).toCompletion();
        TaskSteps.take(() -> worklist.complete(id, identification.caller(), completion));
    }
}
