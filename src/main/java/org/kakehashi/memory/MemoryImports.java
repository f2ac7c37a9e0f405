package org.kakehashi.memory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.platform.identity.Caller;

import java.util.List;

/**
 * An office's TMX file into the memory. The whole file is read and checked first, so a broken file adds nothing;
 * its pairs are then added a thousand at a time, each batch in a transaction of its own, so that a large memory
 * never holds up a delivery for long.
 */
@ApplicationScoped
public class MemoryImports {

    private static final int BATCH = 1_000;

    /** What an import did: pairs read, added, and left out because the memory has them already. */
    public record Imported(int read, int added, int known) {
    }

    @Inject
    TranslationMemory memory;

    public Imported importTmx(byte[] tmx, String fileName, Caller caller) {
        List<TmxFiles.Pair> pairs = TmxFiles.read(tmx).stream().distinct().toList();
        int added = 0;
        for (int from = 0; from < pairs.size(); from += BATCH) {
            added += memory.addImported(pairs.subList(from, Math.min(pairs.size(), from + BATCH)));
        }
        Imported imported = new Imported(pairs.size(), added, pairs.size() - added);
        memory.auditImport(fileName, imported, caller);
        return imported;
    }
}
