package org.kakehashi.memory;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.lucene.store.FSDirectory;
import org.kakehashi.language.LanguageTag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/**
 * This node's index of the memory, kept on disk in the server's data directory and caught up from the database:
 * after this node changes the memory, and before a lookup whenever the database's revision is not the index's
 * (another node changed it), so that a lookup always sees every committed change. An index ahead of the database
 * (one restored from a backup) is built again from the start.
 */
@ApplicationScoped
public class IndexedMemory {

    private static final Logger LOG = Logger.getLogger(IndexedMemory.class.getName());
    private static final int PAGE = 2_000;

    private MemoryStore store;
    @Resource
    ManagedExecutorService executor;
    private MemoryIndex index;

    /** For the container's proxies only. */
    protected IndexedMemory() {
    }

    @Inject
    public IndexedMemory(MemoryStore store) {
        this.store = store;
    }

    /** The best matches of at least the score for the segment, best first. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Match> matches(String text, LanguageTag source, LanguageTag target, int minimumScore, int limit) {
        if (store.latestRevision() != index().revision()) {
            catchUp();
        }
        return index().matches(text, source.value(), target.value(), minimumScore, limit);
    }

    /** Off the committing thread: the transaction is over, and the next lookup need not wait for the index. */
    void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemoryChanged change) {
        executor.execute(this::catchUp);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public synchronized void catchUp() {
        MemoryIndex current = index();
        String memory = store.memoryId();
        long held = current.revision();
        long latest = store.latestRevision();
        if (held > 0 && (!memory.equals(current.memory()) || held > latest)) {
            LOG.warning(String.format("the memory's index holds revision %d of memory %s, the database revision %d "
                    + "of memory %s: building it again", held, current.memory(), latest, memory));
            current.clear();
            held = 0;
        }
        while (held < latest) {
            List<MemoryEntry> changed = store.changedAfter(held, PAGE);
            if (changed.isEmpty()) {
                break;
            }
            for (MemoryEntry entry : changed) {
                if (entry.removed()) {
                    current.remove(entry.id().toString());
                } else {
                    current.put(entry.pair());
                }
                held = entry.revisionNumber();
            }
            current.commit(memory, held);
        }
        if (held < latest) {
            // the revisions an entry left behind when its removal gave it a newer one
            current.commit(memory, latest);
        }
    }

    private synchronized MemoryIndex index() {
        if (index == null) {
            String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
            try {
                index = new MemoryIndex(FSDirectory.open(Path.of(data, "kakehashi", "memory-index")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }

    @PreDestroy
    synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
