package org.kakehashi.delivery;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.kakehashi.document.DocumentFileName;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.identity.Public;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Downloads through delivery links (anyone holding one, no login), the links of a request with their downloads
 * (whoever may see the request), the caller's own deliveries (partner contacts, requesters), and revoking.
 */
@Path("deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    public record DownloadView(Instant at, String by, String remoteAddress) {
    }

    public record LinkView(UUID id, String requestNumber, String targetLanguage, String recipient, String partner,
                           String fileName, String mediaType, long bytes, String sha256, Instant createdAt,
                           Instant expiresAt, Instant revokedAt, String revokedBy, List<DownloadView> downloads) {
    }

    @Inject
    DeliveryLinks links;
    @Inject
    RequestWork work;
    @Inject
    CallerIdentification identification;

    @GET
    @Public
    @SecurityRequirementsSet
    @Path("{token}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("token") String token) {
        DeliveryLink link = links.byToken(token);
        String by = identification.optionalCaller().map(Caller::username).orElse(link.recipient());
        return file(link, links.download(link.id(), by, identification.remoteAddress()));
    }

    /** A logged-in recipient downloads without the mail's link: the partner page does. */
    @GET
    @Path("links/{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response downloadMine(@PathParam("id") UUID id) {
        Caller caller = identification.caller();
        DeliveryLink link = links.byId(id);
        if (!caller.username().equals(link.recipient()) && !caller.isOffice()) {
            throw DeliveryProblem.notYours();
        }
        return file(link, links.download(link.id(), caller.username(), identification.remoteAddress()));
    }

    /** The links of a request, for whoever may see it; each person sees only their own unless of the office. */
    @GET
    public List<LinkView> ofRequest(@QueryParam("request") String number) {
        Caller caller = identification.caller();
        if (number == null) {
            return links.addressedTo(caller.username()).stream().map(this::view).toList();
        }
        work.view(RequestNumber.parse(number), caller);
        return links.ofRequest(number).stream()
                .filter(link -> caller.isOffice() || caller.username().equals(link.recipient()))
                .map(this::view).toList();
    }

    @POST
    @Path("links/{id}/revoke")
    public LinkView revoke(@PathParam("id") UUID id) {
        Caller caller = identification.caller();
        if (!caller.isOffice()) {
            throw DeliveryProblem.notYours();
        }
        links.revoke(id, caller.username());
        return view(links.byId(id));
    }

    private LinkView view(DeliveryLink link) {
        return new LinkView(link.id(), link.requestNumber(), link.targetLanguage(), link.recipient(), link.partner(),
                link.document().fileName(), link.document().type().mediaType(), link.document().size(),
                link.document().sha256(), link.createdAt(), link.expiresAt(), link.revokedAt(), link.revokedBy(),
                links.downloadsOf(link).stream().map(d -> new DownloadView(d.at(), d.by(), d.remoteAddress()))
                        .toList());
    }

    private static Response file(DeliveryLink link, byte[] bytes) {
        StreamingOutput body = out -> out.write(bytes);
        return Response.ok(body)
                .type(link.document().contentType())
                .header("Content-Disposition", new DocumentFileName(link.document().fileName()).attachmentHeader())
                .header("Content-Length", bytes.length)
                .header("X-Content-SHA256", link.document().sha256())
                .build();
    }
}
