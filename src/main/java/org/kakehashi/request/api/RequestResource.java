package org.kakehashi.request.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.language.DeclaredCharset;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.identity.Public;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.InputValidation;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.platform.problem.WholeNumberParameter;
import org.kakehashi.platform.web.FormParts;
import org.kakehashi.request.IdempotentSubmission;
import org.kakehashi.request.JobDocuments;
import org.kakehashi.request.RejectionReasons;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestProblem;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestStatus;
import org.kakehashi.request.RequestType;
import org.kakehashi.request.RequestWork;
import org.kakehashi.request.SourceFile;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Submitting requests and following them. */
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 200;
    /** A client's key for one submission, such as a UUID: 1 to 255 visible ASCII characters. */
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Inject
    RequestWork work;
    @Inject
    CallerIdentification identification;
    @Inject
    InputValidation validation;
    @Inject
    RejectionReasons rejectionReasons;
    @Inject
    Directory directory;
    @Inject
    IdempotentSubmission submissions;
    @Inject
    JobDocuments documents;
    @Inject
    Clock clock;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The request submitted, at the Location given; with Idempotent-Replayed when the key was used before",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequestView.class)))
    public Response submit(SubmitRequestForm form, @Context UriInfo uri) {
        return submitted(validation.valid(form), null, uri);
    }

    /**
     * With an {@code Idempotency-Key} header (the forms send one), the same submission sent twice makes one
     * request; the repeat answers with it and {@code Idempotent-Replayed: true}.
     */
    private Response submitted(SubmitRequestForm form, SourceFile file, UriInfo uri) {
        IdempotentSubmission.Outcome outcome = submissions.submit(identification::caller, idempotencyKey(),
                fingerprint(form, file), form.toNewRequest(clock.getZone()), file);
        Request request = outcome.request();
        Response.ResponseBuilder answer = Response.created(uri.getAbsolutePathBuilder()
                        .path(request.number().value()).build())
                .entity(RequestView.of(request, messages(), identification.caller()));
        return outcome.replayed() ? answer.header("Idempotent-Replayed", "true").build() : answer.build();
    }

    private String idempotencyKey() {
        String key = headers.getHeaderString("Idempotency-Key");
        if (key == null) {
            return null;
        }
        if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw RequestProblem.invalid("Idempotency-Key", "request.idempotency-key-invalid");
        }
        return key;
    }

    private static String fingerprint(SubmitRequestForm form, SourceFile file) {
        return file == null ? form.toString()
                : form + "\n" + file.name() + "\n" + file.sha256() + "\n" + file.charset();
    }

    /**
     * The form with the requester's file: part {@code request} is the form's JSON, part {@code document} the file
     * whose text is to be translated (DOCX, XLSX, PPTX, ODT, HTML, PDF or a text file in any Japanese encoding).
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @APIResponse(responseCode = "201", description = "The request submitted with its document, at the Location given",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequestView.class)))
    public Response submitWithDocument(List<EntityPart> parts, @Context UriInfo uri) throws IOException {
        SubmitRequestForm form = null;
        String fileName = null;
        byte[] document = null;
        Charset charset = null;
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "request" -> form = FormParts.jsonOf(part, SubmitRequestForm.class);
                case "document" -> {
                    fileName = part.getFileName().orElse(null);
                    document = FormParts.bytesOf(part);
                }
                case "documentCharset" -> charset = DeclaredCharset.named("documentCharset",
                        new String(FormParts.bytesOf(part), StandardCharsets.UTF_8));
                default -> {
                }
            }
        }
        if (document == null) {
            throw RequestProblem.invalid("document", "request.document-missing");
        }
        return submitted(validation.valid(form), new SourceFile(fileName, document, charset), uri);
    }

    /** The requester's file as it came in. */
    @GET
    @Path("{number}/document")
    @Produces(MediaType.WILDCARD)
    public Response sourceDocument(@PathParam("number") String number) {
        return JobFileResource.download(documents.source(RequestNumber.named(number), identification.caller()));
    }

    @GET
    @Path("{number}")
    public RequestView get(@PathParam("number") String number) {
        Caller caller = identification.caller();
        return RequestView.of(work.view(RequestNumber.named(number), caller), messages(), caller);
    }

    /** A page of the requests the caller may see, newest first: a requester's department's, a partner's deliveries … */
    @GET
    public List<RequestSummary> list(@QueryParam("status") String status, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        Caller caller = identification.caller();
        RequestStatus wanted = status == null || status.isBlank() ? null : statusOf(status);
        int pageSize = size == null || size.isBlank() ? DEFAULT_PAGE_SIZE
                : WholeNumberParameter.of("size", size, 1, MAX_PAGE_SIZE);
        // the first row of the last page still fits in an int
        int pageNumber = page == null || page.isBlank() ? 0
                : WholeNumberParameter.of("page", page, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        return work.visibleTo(caller, wanted, pageNumber, pageSize).stream()
                .map(RequestSummary::of)
                .toList();
    }

    private static RequestStatus statusOf(String status) {
        try {
            return RequestStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RequestProblem.invalid("status", "request.invalid-choice", status,
                    Arrays.stream(RequestStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** The requester answers the coordinator's question; triage resumes. */
    @POST
    @Path("{number}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestView answer(@PathParam("number") String number, RequesterReply reply) {
        RequestNumber parsed = RequestNumber.named(number);
        Caller caller = identification.caller();
        work.view(parsed, caller);
        work.answer(parsed, caller.username(), validation.valid(reply).text());
        return RequestView.of(work.get(parsed), messages(), identification.caller());
    }

    /** The requester withdraws the request, with an optional reason; possible until delivery. */
    @POST
    @Path("{number}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestView cancel(@PathParam("number") String number, RequesterReply reply) {
        RequestNumber parsed = RequestNumber.named(number);
        Caller caller = identification.caller();
        work.view(parsed, caller);
        work.cancel(parsed, caller.username(), validation.valid(reply).text());
        return RequestView.of(work.get(parsed), messages(), identification.caller());
    }

    public record ReasonView(String code, String text) {
    }

    /** The reasons a coordinator can give for turning a request down, in the caller's language. */
    @GET
    @Public
    @SecurityRequirementsSet
    @Path("rejection-reasons")
    public List<ReasonView> rejectionReasons() {
        Messages messages = messages();
        return rejectionReasons.codes().stream()
                .map(code -> new ReasonView(code, messages.format("rejection." + code)))
                .toList();
    }

    /** A partner's contact confirms their organisation received the delivery. */
    @POST
    @Path("{number}/receipt")
    public RequestView confirmReceipt(@PathParam("number") String number) {
        RequestNumber parsed = RequestNumber.named(number);
        Caller caller = identification.caller();
        work.view(parsed, caller);
        String partner = caller.has(Role.PARTNER)
                ? directory.person(caller.username()).map(Person::partner).orElse(null)
                : null;
        work.confirmReceipt(parsed, partner, caller.username());
        return RequestView.of(work.get(parsed), messages(), identification.caller());
    }

    private Messages messages() {
        return Messages.forPreferences(headers.getAcceptableLanguages());
    }
}
