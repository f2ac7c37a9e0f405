package org.kakehashi.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.audit.AdministrativeChange.Subject;
import org.kakehashi.platform.audit.ChangeLog;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/** The style notes, read and written by the office; every change audited. */
@ApplicationScoped
@Transactional
public class Handover {

    /** What the audit keeps of the notes, the text being long: its length and the start of its SHA-256. */
    public record NotesChange(int characters, String digest) {

        static NotesChange of(String text) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                return new NotesChange(text.length(), HexFormat.of().formatHex(hash, 0, 8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    ChangeLog changes;
    @Inject
    Clock clock;

    public StyleNotes notes(Caller caller) {
        requireOffice(caller);
        return em.find(StyleNotes.class, StyleNotes.ID);
    }

    /** @param version the version the coordinator edited; another's change since is a conflict, not overwritten */
    public StyleNotes write(Caller caller, String text, long version) {
        requireOffice(caller);
        String written = text == null ? "" : text;
        if (written.length() > StyleNotes.TEXT_LENGTH) {
            throw HandoverProblem.tooLong(StyleNotes.TEXT_LENGTH);
        }
        StyleNotes notes = em.find(StyleNotes.class, StyleNotes.ID);
        if (notes.version() != version) {
            throw HandoverProblem.changedMeanwhile();
        }
        NotesChange before = NotesChange.of(notes.text());
        notes.write(written, caller.username(), clock.instant());
        changes.record(caller.username(), Subject.STYLE_NOTES, "style-notes", before, NotesChange.of(written));
        return notes;
    }

    static void requireOffice(Caller caller) {
        if (!caller.isOffice() && !caller.has(Role.ADMIN)) {
            throw HandoverProblem.officeOnly();
        }
    }
}
