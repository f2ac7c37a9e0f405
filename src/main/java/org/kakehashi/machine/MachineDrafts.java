package org.kakehashi.machine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.document.TaggedText;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.quality.Finding;
import org.kakehashi.quality.FindingKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Machine translation as a draft, never as a delivery: segments nothing better starts from are drafted by the
 * office's machine, once each; a translation handed over with a draft as the machine wrote it is held back until
 * the translator confirms that draft. A machine that is off, slow or failing leaves the job to be translated by
 * hand.
 */
@ApplicationScoped
public class MachineDrafts {

    private static final Logger LOG = Logger.getLogger(MachineDrafts.class.getName());

    @Inject
    MachineEngine engine;
    @Inject
    DraftStore store;

    /**
     * @param wanted the segments to draft, by id, in plain text
     * @return the drafts of those segments, by id; none when the office has no machine for the pair
     */
    public Map<String, MachineDraft> draft(String request, LanguageTag source, LanguageTag target,
                                           Map<String, String> wanted) {
        Map<String, MachineDraft> known = store.of(request, target);
        List<String> missing = wanted.keySet().stream().filter(id -> !known.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            engine.forPair(source, target).ifPresent(machine -> ask(machine, request, source, target, missing,
                    wanted));
        }
        Map<String, MachineDraft> all = missing.isEmpty() ? known : store.of(request, target);
        Map<String, MachineDraft> drafts = new LinkedHashMap<>();
        wanted.keySet().stream().filter(all::containsKey).forEach(id -> drafts.put(id, all.get(id)));
        return drafts;
    }

    /** The drafts a translation keeps as the machine wrote them, each a finding until the translator confirms it. */
    public List<Finding> unedited(String request, LanguageTag target, Map<String, String> translation) {
        Map<String, MachineDraft> drafts = store.of(request, target);
        List<Finding> unedited = new ArrayList<>();
        translation.forEach((segment, text) -> {
            MachineDraft draft = drafts.get(segment);
            if (draft != null && text != null && TaggedText.plain(text).strip().equals(draft.text().strip())) {
                unedited.add(new Finding(FindingKind.MACHINE_DRAFT, segment, draft.text(), null));
            }
        });
        return unedited;
    }

    private void ask(MachineTranslator machine, String request, LanguageTag source, LanguageTag target,
                     List<String> segments, Map<String, String> texts) {
        try {
            List<String> drafts = machine.translate(segments.stream().map(texts::get).toList(), source, target);
            store.keep(request, target, segments, drafts, machine.name());
        } catch (MachineTranslationUnavailable e) {
            LOG.log(Level.WARNING, "no machine drafts for " + request + "/" + target.value() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // another node kept the same drafts at the same moment; theirs are read back
            LOG.log(Level.WARNING, "machine drafts of " + request + " kept elsewhere", e);
        }
    }
}
