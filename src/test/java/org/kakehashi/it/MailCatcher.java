package org.kakehashi.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * GreenMail as the tests' SMTP server on port 3025, which the server under test sends to (KAKEHASHI_SMTP_PORT).
 * Kept out of the test classes' fields so that a test class that also runs inside the server never needs it.
 */
public final class MailCatcher {

    private static GreenMail smtp;

    private MailCatcher() {
    }

    public static void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
    }

    public static void stop() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    /** The mail to the address about the request, waiting up to 30 s for it (retries included) to arrive. */
    public static MimeMessage mailAbout(String address, String number)
            throws MessagingException, InterruptedException {
        return mailAbout(address, number, "");
    }

    /** The mail to the address whose subject names the request and says what it is about. */
    public static MimeMessage mailAbout(String address, String number, String about)
            throws MessagingException, InterruptedException {
        for (int i = 0; i < 150; i++) {
            for (MimeMessage received : smtp.getReceivedMessages()) {
                if (Arrays.stream(received.getAllRecipients()).anyMatch(a -> a.toString().contains(address))
                        && received.getSubject().contains(number) && received.getSubject().contains(about)) {
                    return received;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + address + " about " + number + " " + about);
    }

    /** The message's part of the type, {@code text/plain}, {@code text/html} or {@code text/calendar}. */
    public static String text(MimeMessage message, String type) throws MessagingException, IOException {
        Part part = part(message, type).orElseThrow(() -> new AssertionError("no " + type + " part"));
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The part of the type, found among alternatives and attachments alike. */
    public static Optional<Part> part(Part message, String type) throws MessagingException, IOException {
        if (message.isMimeType(type)) {
            return Optional.of(message);
        }
        if (message.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                Optional<Part> found = part(parts.getBodyPart(i), type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
