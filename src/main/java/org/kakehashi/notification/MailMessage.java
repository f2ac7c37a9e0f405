package org.kakehashi.notification;

/** A mail as composed: to whom, about what, as plain text and as HTML with the same words. */
public record MailMessage(Recipient to, String kind, String requestNumber, String subject, String text, String html) {

    public record Recipient(String address, String name) {
    }
}
