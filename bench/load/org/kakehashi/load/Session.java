package org.kakehashi.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person logged in to one server: the session cookie and the anti-forgery token every POST carries. */
record Session(URI api, String cookie, String csrfToken) {

    private static final Pattern CSRF_TOKEN = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("(KAKEHASHI_SESSION=[^;]+)");

    static Session logIn(HttpClient http, URI api, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(api.resolve("session"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("login of " + username + " at " + api + ": " + answer.statusCode());
        }
        Matcher token = CSRF_TOKEN.matcher(answer.body());
        Matcher cookie = SESSION_COOKIE.matcher(String.join(";", answer.headers().allValues("Set-Cookie")));
        if (!token.find() || !cookie.find()) {
            throw new IllegalStateException("login of " + username + " answered no session: " + answer.body());
        }
        return new Session(api, cookie.group(1), token.group(1));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(api.resolve(path))
                .header("Cookie", cookie)
                .header("X-CSRF-Token", csrfToken)
                .header("Accept-Language", "en");
    }
}
