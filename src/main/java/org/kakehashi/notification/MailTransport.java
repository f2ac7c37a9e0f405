package org.kakehashi.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Hands a mail to the SMTP server of the server's mail session ({@code java:jboss/mail/Kakehashi}, configured by
 * {@code wildfly-config/mail.cli}): plain text and HTML as alternatives, everything in UTF-8, the Japanese subject
 * and names encoded as RFC 2047 words. A calendar invitation goes as a third alternative, which calendars act on
 * (iMIP, RFC 6047), and again as an attached {@code .ics} file for the mail programs that only offer files.
 */
@ApplicationScoped
public class MailTransport {

    @Resource(lookup = "java:jboss/mail/Kakehashi")
    Session session;

    void send(MailMessage mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(MimeMessage.RecipientType.TO, address(mail.to()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
        if (mail.invitation() == null) {
            message.setContent(alternatives);
        } else {
            alternatives.addBodyPart(calendar(mail.invitation()));
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternatives);
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    mail.invitation().calendar().getBytes(StandardCharsets.UTF_8), "application/ics")));
            file.setFileName(mail.invitation().fileName());
            file.setDisposition(Part.ATTACHMENT);
            message.setContent(new MimeMultipart("mixed", body, file));
        }
        Transport.send(message);
    }

    /** The office's address, which mails go out from and calendar invitations name as their organizer. */
    public String sender() {
        InternetAddress from = InternetAddress.getLocalAddress(session);
        if (from == null) {
            throw new IllegalStateException("the mail session names no sender (mail.from)");
        }
        return from.getAddress();
    }

    private static MimeBodyPart calendar(MailMessage.Invitation invitation) throws MessagingException {
        String type = "text/calendar; charset=UTF-8; method=" + invitation.method();
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(
                invitation.calendar().getBytes(StandardCharsets.UTF_8), type)));
        part.setHeader("Content-Type", type);
        return part;
    }

    private static InternetAddress address(MailMessage.Recipient recipient) throws MessagingException {
        try {
            return new InternetAddress(recipient.address(), recipient.name(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always supported", e);
        }
    }
}
