package org.kakehashi.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Partner;
import org.kakehashi.directory.Person;
import org.kakehashi.language.LanguageCatalog;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.memory.TranslationMemory;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.terms.Concept;
import org.kakehashi.terms.TbxFiles;
import org.kakehashi.terms.TermEntry;
import org.kakehashi.terms.Termbase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The handover pack, made from the live data as it is asked for: the memory (TMX, one file per source language it
 * holds, Japanese always), the termbase (TBX), the style notes, the documents that come every year (from the last
 * three fiscal years' requests), the partners and their contacts, the open requests and the bookings ahead, and a
 * README in Japanese and English that says what each file is. The tables are CSV in UTF-8 with a byte order mark,
 * as Excel opens them.
 */
@ApplicationScoped
@Transactional
public class HandoverPack {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Period HISTORY = Period.ofYears(3);
    private static final Period BOOKINGS_AHEAD = Period.ofYears(1);

    @Inject
    TranslationMemory memory;
    @Inject
    Termbase termbase;
    @Inject
    Handover handover;
    @Inject
    RequestRepository requests;
    @Inject
    Directory directory;
    @Inject
    LanguageCatalog languages;
    @Inject
    Clock clock;

    public void write(Caller caller, OutputStream output) {
        Handover.requireOffice(caller);
        try (ZipOutputStream zip = new ZipOutputStream(output, StandardCharsets.UTF_8)) {
            entry(zip, "README.txt", readme());
            for (LanguageTag source : languages.offered()) {
                if (!source.value().equals("ja") && memory.kept(source, null, null, 0, 1).isEmpty()) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry("memory/" + source.value() + ".tmx"));
                memory.exportTmx(source, null, null, new KeptOpen(zip));
                zip.closeEntry();
            }
            List<Concept> concepts = termbase.active().stream().map(TermEntry::concept).toList();
            zip.putNextEntry(new ZipEntry("termbase.tbx"));
            TbxFiles.write(concepts, "Kakehashi termbase", new KeptOpen(zip));
            zip.closeEntry();
            entry(zip, "style-notes.md", handover.notes(caller).text().getBytes(StandardCharsets.UTF_8));
            entry(zip, "recurring-documents.csv", recurring());
            entry(zip, "partners.csv", partners());
            entry(zip, "open-requests.csv", openRequests());
            entry(zip, "bookings.csv", bookings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] recurring() {
        LocalDate today = LocalDate.now(clock);
        List<RecurringDocuments.Recurring> documents = RecurringDocuments.among(
                requests.translationsSince(today.minus(HISTORY).atStartOfDay(clock.getZone()).toInstant()),
                clock.getZone());
        return csv(List.of("month", "department", "document", "fiscalYears", "lastRequest", "lastWantedBy"),
                documents.stream().map(d -> List.of(d.month().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                        text(d.department()), d.document(),
                        d.years().stream().map(y -> "FY" + y.startYear()).collect(Collectors.joining(" ")),
                        d.lastRequest(), text(d.lastWantedBy()))).toList());
    }

    private byte[] partners() {
        List<Person> people = directory.people();
        return csv(List.of("code", "name", "country", "language", "timeZone", "officeHours", "contacts"),
                directory.partners().stream().map(p -> List.of(p.code(), p.name(), p.country().orElse(""),
                        p.language().value(), p.timeZone().getId(),
                        p.officeHours().map(h -> h.opens() + "–" + h.closes()).orElse(""),
                        contacts(p, people))).toList());
    }

    private static String contacts(Partner partner, List<Person> people) {
        return people.stream().filter(person -> partner.code().equals(person.partner()) && person.isActive())
                .map(person -> person.displayName() + person.email().map(mail -> " <" + mail + ">").orElse(""))
                .collect(Collectors.joining("; "));
    }

    private byte[] openRequests() {
        return csv(List.of("number", "type", "status", "department", "requester", "source", "targets", "wantedBy"),
                requests.open().stream().map(r -> List.of(r.number().value(), r.brief().type().name(),
                        r.status().name(), text(r.requester().department()), text(r.requester().username()),
                        r.brief().sourceLanguage().value(), targets(r), text(r.brief().wantedBy()))).toList());
    }

    private byte[] bookings() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return csv(List.of("number", "start", "end", "place", "mode", "interpreter", "languages"),
                requests.bookingsBetween(now.toInstant(), now.plus(BOOKINGS_AHEAD).toInstant()).stream()
                        .map(r -> r.interpretation().map(i -> List.of(r.number().value(),
                                i.event().start().atZone(i.event().zone()).toOffsetDateTime().toString(),
                                i.event().end().atZone(i.event().zone()).toOffsetDateTime().toString(),
                                text(i.event().place()), i.event().mode().name(), text(i.interpreter()),
                                r.brief().sourceLanguage().value() + " ⇄ " + targets(r))).orElseThrow())
                        .toList());
    }

    private static String targets(Request request) {
        return request.jobs().stream().map(job -> job.targetLanguage().value()).collect(Collectors.joining(" "));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static byte[] csv(List<String> headings, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180)) {
            printer.printRecord(headings);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] readme() {
        try (InputStream in = HandoverPack.class.getResourceAsStream("handover-readme.txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
