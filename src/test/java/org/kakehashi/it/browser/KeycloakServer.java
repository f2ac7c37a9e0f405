package org.kakehashi.it.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak, the city's OpenID provider in the tests: the distribution the browser profile unpacks
 * ({@code -Dkeycloak.home}), started in development mode on port 8180 with the realm of
 * {@code src/test/resources/keycloak/city-realm.json}, on a JDK of 21 or newer ({@code -Dkeycloak.java.home}).
 * The server under test is told of it by the profile's {@code KAKEHASHI_OIDC_*} variables.
 */
final class KeycloakServer implements BeforeAllCallback, AfterAllCallback {

    static final String REALM = "http://localhost:8180/realms/city";
    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    private Process process;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path home = Path.of(required("keycloak.home"));
        Path javaHome = Path.of(required("keycloak.java.home"));
        if (!Files.isExecutable(javaHome.resolve("bin/java"))) {
            throw new IllegalStateException(javaHome + " has no bin/java: Keycloak 26 needs a JDK 21 or newer,"
                    + " named by -Dkeycloak.java.home");
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(Path.of("src/test/resources/keycloak/city-realm.json"), imports.resolve("city-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Path log = Files.createDirectories(Path.of("target", "keycloak-logs")).resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=8180", "--http-management-port=9180", "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        process = builder.start();
        awaitRealm(log);
    }

    private void awaitRealm(Path log) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(REALM + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant giveUp = Instant.now().plus(START_PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log.toAbsolutePath());
            }
            try {
                if (client.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    warmUp(client);
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Keycloak's realm did not answer within " + START_PATIENCE + "; see "
                + log.toAbsolutePath());
    }

    /** Its first login page takes Keycloak seconds to render; a browser should not be the one who waits. */
    private static void warmUp(HttpClient client) throws IOException, InterruptedException {
        String loginPage = REALM + "/protocol/openid-connect/auth?client_id=kakehashi&response_type=code"
                + "&scope=openid&redirect_uri=" + URLEncoder.encode("http://localhost:8080/city-login/",
                StandardCharsets.UTF_8);
        client.send(HttpRequest.newBuilder(URI.create(loginPage)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("-D" + property + " is not set: run the browser profile (-Pbrowser)");
        }
        return value;
    }
}
