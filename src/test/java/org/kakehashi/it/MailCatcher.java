package org.kakehashi.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;

/**
 * GreenMail as the tests' SMTP server on port 3025, which the server under test sends to (KAKEHASHI_SMTP_PORT).
 * Kept out of the test classes' fields so that a test class that also runs inside the server never needs it.
 */
final class MailCatcher {

    private static GreenMail smtp;

    private MailCatcher() {
    }

    static void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
    }

    static void stop() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    /** The mail to the address about the request, waiting up to 30 s for it (retries included) to arrive. */
    static MimeMessage mailAbout(String address, String number) throws MessagingException, InterruptedException {
        for (int i = 0; i < 150; i++) {
            for (MimeMessage received : smtp.getReceivedMessages()) {
                if (Arrays.stream(received.getAllRecipients()).anyMatch(a -> a.toString().contains(address))
                        && received.getSubject().contains(number)) {
                    return received;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + address + " about " + number);
    }
}
