package org.kakehashi.request;

import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read what a reviewer wrote about a translation (the changes asked for, a note on approval): the city's
 * own staff (the requester too: it is their department's text); an external linguist or reviewer on the jobs they
 * translate or review; not a sister city's contact, who receives the translation, not its review.
 */
public final class ReviewNotes {

    private static final Set<TimelineEvent> REVIEW = EnumSet.of(TimelineEvent.CHANGES_REQUESTED, TimelineEvent.APPROVED);
    private static final Set<Role> STAFF = EnumSet.of(Role.REQUESTER, Role.COORDINATOR, Role.REVIEWER,
            Role.OFFICE_MANAGER, Role.ADMIN);

    private ReviewNotes() {
    }

    /** The entry's note as the reader may see it: null where it is a review note they may not read. */
    public static String noteFor(Request request, TimelineEntry entry, Caller reader) {
        if (!REVIEW.contains(entry.event()) || STAFF.stream().anyMatch(reader::has)) {
            return entry.note();
        }
        if (entry.target() != null && (reader.has(Role.LINGUIST) || reader.has(Role.EXTERNAL_REVIEWER))) {
            Job job = request.job(entry.target());
            if (reader.username().equals(job.translator()) || reader.username().equals(job.reviewer())) {
                return entry.note();
            }
        }
        return null;
    }
}
