package org.kakehashi.it;

import io.restassured.RestAssured;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.platform.identity.Public;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API description the server makes from the resources at {@code /openapi}: valid OpenAPI 3.1 by a real
 * validator (swagger-parser), with every endpoint of the code in it, and the login's schemes where they apply.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    /** An endpoint as the code declares it: {@code POST /api/requests/{number}/cancel}, and whether it is public. */
    record Endpoint(String method, String path, boolean open) {
    }

    @ArquillianResource
    URL base;

    private SwaggerParseResult parsed;

    @BeforeEach
    void readTheDescription() throws IOException {
        String json = RestAssured.given().accept("application/json").get(new URL(base, "/openapi?format=JSON"))
                .then().statusCode(200).extract().asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        parsed = new OpenAPIV3Parser().readContents(json, null, options);
    }

    @Test
    void theDescriptionIsValidOpenApi31() {
        assertThat(parsed.getMessages()).as("the validator's findings").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsKeys("session", "csrf");
    }

    @Test
    void everyEndpointOfTheCodeIsDescribedWithTheSchemesItNeeds() throws Exception {
        OpenAPI api = parsed.getOpenAPI();
        List<String> missing = new ArrayList<>();
        List<String> wrongSecurity = new ArrayList<>();
        for (Endpoint endpoint : endpointsOfTheCode()) {
            PathItem path = api.getPaths().get(endpoint.path());
            Operation operation = path == null ? null
                    : path.readOperationsMap().get(PathItem.HttpMethod.valueOf(endpoint.method()));
            if (operation == null) {
                missing.add(endpoint.method() + " " + endpoint.path());
                continue;
            }
            List<String> schemes = (operation.getSecurity() == null ? api.getSecurity() : operation.getSecurity())
                    .stream().flatMap(requirement -> requirement.keySet().stream()).sorted().toList();
            List<String> expected = endpoint.open() ? List.of()
                    : endpoint.method().equals("GET") ? List.of("session") : List.of("csrf", "session");
            if (!schemes.equals(expected)) {
                wrongSecurity.add(endpoint + " " + schemes);
            }
        }
        assertThat(missing).as("endpoints the description leaves out").isEmpty();
        assertThat(wrongSecurity).as("endpoints whose security is described wrongly").isEmpty();
    }

    @Test
    void aSubmissionIsDescribedWithTheCreatedItAnswersAndEveryRefusalAsAProblem() {
        OpenAPI api = parsed.getOpenAPI();
        Operation submit = api.getPaths().get("/api/requests").getPost();
        assertThat(submit.getResponses()).containsOnlyKeys("201", "default");
        Api.as(base, "sato").call().body(Map.of("sourceLanguage", "ja", "targetLanguages", List.of("en"),
                        "text", "説明どおりの答え", "wantedBy", "2099-04-01"))
                .post("requests").then().statusCode(201);

        assertThat(api.getComponents().getResponses().get("Problem").getContent())
                .containsOnlyKeys("application/problem+json");
        List<String> withoutProblem = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getResponses().getDefault() == null) {
                withoutProblem.add(method + " " + path);
            }
        }));
        assertThat(withoutProblem).as("operations whose refusals are not described").isEmpty();
    }

    /** The resource methods of target/classes, read from their annotations as JAX-RS reads them. */
    private static List<Endpoint> endpointsOfTheCode() throws Exception {
        java.nio.file.Path classes = Paths.get("target/classes");
        List<Endpoint> endpoints = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, OpenApiIT.class.getClassLoader());
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    httpMethod(method).ifPresent(verb -> endpoints.add(new Endpoint(verb,
                            template(root, method.getAnnotation(Path.class)),
                            type.isAnnotationPresent(Public.class) || method.isAnnotationPresent(Public.class))));
                }
            }
        }
        assertThat(endpoints).as("resource methods found").hasSizeGreaterThan(50);
        return endpoints;
    }

    private static java.util.Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return java.util.Optional.of(verb.value().toUpperCase(Locale.ROOT));
            }
        }
        return java.util.Optional.empty();
    }

    /** {@code /api/requests/{number}}, a parameter's regular expression left out as OpenAPI leaves it out. */
    private static String template(Path root, Path sub) {
        String path = "/api/" + root.value().replaceAll("^/+|/+$", "")
                + (sub == null ? "" : "/" + sub.value().replaceAll("^/+|/+$", ""));
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+$", "");
    }
}
