package org.kakehashi.notification;

/**
 * A mail as composed: to whom, about what, as plain text and as HTML with the same words, and the calendar
 * invitation it carries, if any.
 */
public record MailMessage(Recipient to, String kind, String requestNumber, String subject, String text, String html,
                          Invitation invitation) {

    public MailMessage(Recipient to, String kind, String requestNumber, String subject, String text, String html) {
        this(to, kind, requestNumber, subject, text, html, null);
    }

    public MailMessage carrying(Invitation invitation) {
        return new MailMessage(to, kind, requestNumber, subject, text, html, invitation);
    }

    public record Recipient(String address, String name) {
    }

    /**
     * An iCalendar object sent by mail (iMIP, RFC 6047): its iTIP method ({@code REQUEST}, {@code CANCEL}), which
     * the calendar acts on, the text, and the name of the file it is attached as.
     */
    public record Invitation(String method, String calendar, String fileName) {
    }
}
