package org.kakehashi.team;

import org.kakehashi.language.CountingReceipt;
import org.kakehashi.task.HeldTask;
import org.kakehashi.workflow.TranslationProcess;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A person's load in a week: the volume of the translations and reviews they hold that fall due in it, as each
 * request's text was counted at submission — characters, and 400-character manuscript pages, for a Japanese or
 * Chinese source, words for any other. Triage, booking and reporting weigh nothing: their work is not the text,
 * and counting it would load the coordinator with every request they triage.
 *
 * @param tasks     the translations and reviews that fall due in the week
 * @param uncounted those of them whose request has no counting receipt (it came before receipts)
 */
public record WeekLoad(long characters, long words, long manuscriptPages, int tasks, int uncounted) {

    private static final Set<String> TEXT_WORK = Set.of(TranslationProcess.TRANSLATE_REQUEST,
            TranslationProcess.REVIEW_TRANSLATION);

    /**
     * @param receipts the receipts of the tasks' requests, by request number
     * @param from     the week's first moment
     * @param to       the first moment after the week
     */
    static WeekLoad of(Collection<HeldTask> held, Map<String, CountingReceipt> receipts, Instant from, Instant to) {
        long characters = 0;
        long words = 0;
        long pages = 0;
        int tasks = 0;
        int uncounted = 0;
        for (HeldTask task : held) {
            if (!TEXT_WORK.contains(task.taskKey()) || task.due() == null || task.due().isBefore(from)
                    || !task.due().isBefore(to)) {
                continue;
            }
            tasks++;
            CountingReceipt receipt = receipts.get(task.requestNumber());
            if (receipt == null) {
                uncounted++;
            } else if (receipt.unit() == CountingReceipt.Unit.CHARACTERS) {
                characters += receipt.characters();
                pages += receipt.manuscriptPages();
            } else {
                words += Objects.requireNonNullElse(receipt.words(), 0L);
            }
        }
        return new WeekLoad(characters, words, pages, tasks, uncounted);
    }
}
