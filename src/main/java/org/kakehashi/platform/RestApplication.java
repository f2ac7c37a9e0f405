package org.kakehashi.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.kakehashi.platform.problem.Problem;

/**
 * The REST API lives under /api; the pages are served from the root. The server describes it at {@code /openapi}
 * from these resources (MicroProfile OpenAPI); the schemes are those of {@code POST /api/session}'s login. The
 * contact, licence and external documents are given because the server would write them empty otherwise, which a
 * validator refuses.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Kakehashi 架け橋", version = "1",
                description = "The translation and interpretation requests of a city's international relations "
                        + "office. 市の国際交流員への翻訳・通訳依頼の API です。Refusals are RFC 9457 "
                        + "application/problem+json in the caller's language (Accept-Language: ja or en; what "
                        + "citizens read also in ja-x-easy, zh-Hans, ko, vi, pt-BR, tl, ne and id).",
                contact = @Contact(name = "The city's international relations office (国際交流担当)"),
                license = @License(name = "All rights reserved by the city that runs it",
                        identifier = "LicenseRef-AllRightsReserved")),
        externalDocs = @ExternalDocumentation(description = "The API page", url = "/api.html"),
        components = @Components(responses = @APIResponse(name = "Problem",
                description = "A refusal (RFC 9457) in the caller's language, naming the fields concerned",
                content = @Content(mediaType = "application/problem+json",
                        schema = @Schema(implementation = Problem.class),
                        example = """
                                {"type":"urn:kakehashi:problem:invalid-input","title":"入力内容に誤りがあります",
                                 "status":400,"detail":"1件の項目に誤りがあります：text",
                                 "instance":"/api/requests",
                                 "errors":[{"field":"text","message":"空白は許可されていません"}]}"""))))
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "session", type = SecuritySchemeType.APIKEY,
                in = SecuritySchemeIn.COOKIE, apiKeyName = "KAKEHASHI_SESSION",
                description = "The session cookie POST /api/session sets on login."),
        @SecurityScheme(securitySchemeName = "csrf", type = SecuritySchemeType.APIKEY,
                in = SecuritySchemeIn.HEADER, apiKeyName = "X-CSRF-Token",
                description = "The anti-forgery token POST /api/session answers with (csrfToken); every POST, PUT, "
                        + "PATCH and DELETE of a logged-in caller carries it.")})
public class RestApplication extends Application {
}
