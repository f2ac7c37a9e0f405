package org.kakehashi.notification;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.directory.Person;
import org.kakehashi.language.JapaneseDates;
import org.kakehashi.language.LanguageCatalog;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.config.StartSettings;
import org.kakehashi.platform.problem.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * The words of every mail, in the recipient's language (messages {@code mail.*}, ICU MessageFormat with plural
 * rules), as plain text and as HTML saying the same; every mail links to the page where its action is, at the
 * address Kakehashi is started with ({@code kakehashi.base-url}).
 */
@ApplicationScoped
public class MailTexts {

    /** A link in a mail: what it opens, and where. */
    public record Link(String label, String url) {
    }

    @Inject
    Clock clock;
    @Inject
    StartSettings settings;

    /** The address of Kakehashi that links start with. */
    public String baseUrl() {
        return settings.baseUrl();
    }

    public static Messages messagesFor(LanguageTag language) {
        return Messages.of(Locale.forLanguageTag(language.value()));
    }

    /** A notice about one request: its subject and body from {@code mail.<kind>.*}, with links. */
    public MailMessage notice(MailMessage.Recipient to, LanguageTag language, String kind, String requestNumber,
                              List<Object> arguments, List<Link> links) {
        Messages messages = messagesFor(language);
        Object[] args = arguments.toArray();
        return compose(to, messages, kind, requestNumber, messages.format("mail." + kind + ".subject", args),
                List.of(messages.format("mail." + kind + ".body", args)), links);
    }

    public MailMessage digest(Person person, List<DigestEntry> entries) {
        Messages messages = messagesFor(person.mailLanguage());
        ULocale locale = ULocale.forLocale(messages.locale());
        DateFormat time = DateFormat.getInstanceForSkeleton("MMMdHHmm", locale);
        time.setTimeZone(TimeZone.getTimeZone(clock.getZone().getId()));
        List<String> lines = new ArrayList<>();
        lines.add(messages.format("mail.digest.body"));
        for (DigestEntry entry : entries) {
            String target = entry.target() == null ? ""
                    : " [" + LanguageCatalog.describe(LanguageTag.of(entry.target()), locale).name() + "]";
            lines.add("・" + time.format(Date.from(entry.occurredAt())) + "  " + entry.requestNumber() + "  "
                    + messages.format("mail.event." + entry.event().name().toLowerCase(Locale.ROOT)) + target
                    + (entry.actor() == null ? "" : " — " + entry.actor()));
        }
        return compose(new MailMessage.Recipient(person.email().orElseThrow(), person.displayName()), messages,
                "digest", null, messages.format("mail.digest.subject", entries.size()), lines,
                List.of(new Link(messages.format("mail.open-tasks"), baseUrl() + "/tasks.html")));
    }

    /** The date a link lasts until, as the reader writes dates. */
    public static String date(LocalDate date, LanguageTag language) {
        return JapaneseDates.forReader(date, messagesFor(language).locale());
    }

    private static MailMessage compose(MailMessage.Recipient to, Messages messages, String kind,
                                       String requestNumber, String subject, List<String> paragraphs,
                                       List<Link> links) {
        String greeting = to.name() == null ? null : messages.format("mail.greeting", to.name());
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(messages.htmlLanguage()).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(subject)).append("</title></head><body>");
        if (greeting != null) {
            text.append(greeting).append("\n\n");
            html.append("<p>").append(escape(greeting)).append("</p>");
        }
        for (String paragraph : paragraphs) {
            text.append(paragraph).append('\n');
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        text.append('\n');
        html.append("<ul>");
        for (Link link : links) {
            text.append(link.label()).append(":\n").append(link.url()).append("\n\n");
            html.append("<li><a href=\"").append(escape(link.url())).append("\">").append(escape(link.label()))
                    .append("</a></li>");
        }
        html.append("</ul>");
        String signature = messages.format("mail.signature");
        text.append("--\n").append(signature).append('\n');
        html.append("<p>--<br>").append(escape(signature)).append("</p></body></html>");
        return new MailMessage(to, kind, requestNumber, subject, text.toString(), html.toString());
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
