package org.kakehashi.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Hands a mail to the SMTP server of the server's mail session ({@code java:jboss/mail/Kakehashi}, configured by
 * {@code wildfly-config/mail.cli}): plain text and HTML as alternatives, everything in UTF-8, the Japanese subject
 * and names encoded as RFC 2047 words.
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
        message.setContent(new MimeMultipart("alternative", text, html));
        Transport.send(message);
    }

    private static InternetAddress address(MailMessage.Recipient recipient) throws MessagingException {
        try {
            return new InternetAddress(recipient.address(), recipient.name(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always supported", e);
        }
    }
}
