package org.kakehashi.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;

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

    /** The message's part of the type, {@code text/plain} or {@code text/html}. */
    public static String text(MimeMessage message, String type) throws MessagingException, IOException {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
