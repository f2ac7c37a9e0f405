package org.kakehashi.memory;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.kakehashi.document.TaggedText;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The Lucene index the memory's matches are found in. A segment's character pairs (Japanese, Chinese) or triples
 * (other languages), its numbers taken out, find the candidates that share enough of them; each candidate is then
 * scored by {@link FuzzyScore} against the segment itself. The index remembers up to which revision of the memory
 * it holds, so that a node catches up from the database instead of building it again.
 */
final class MemoryIndex implements Closeable {

    /** Candidates scored per lookup: enough for the best few matches, few enough to stay fast. */
    private static final int CANDIDATES = 30;
    /** A key in more than one segment in this many is too common to look up by. */
    private static final int COMMON = 50;
    private static final int MINIMUM_KEYS = 8;
    private static final int MAX_KEYS = 256;
    private static final String REVISION = "revision";
    private static final String MEMORY = "memory";

    private final IndexWriter writer;
    private final SearcherManager searchers;

    MemoryIndex(Directory directory) {
        try {
            IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the pair, or replaces the one of the same id. */
    void put(RememberedPair pair) {
        Document document = new Document();
        document.add(new StringField("id", pair.id(), Field.Store.YES));
        document.add(new StringField("pair", pair.pair(), Field.Store.NO));
        document.add(new TextField("keys",
                String.join(" ", MatchText.of(pair.source(), pair.sourceLanguage()).grams()), Field.Store.NO));
        document.add(new StoredField("sourceLanguage", pair.sourceLanguage()));
        document.add(new StoredField("targetLanguage", pair.targetLanguage()));
        document.add(new StoredField("source", pair.source()));
        document.add(new StoredField("target", pair.target()));
        Provenance from = pair.provenance();
        document.add(new StoredField("origin", from.origin().name()));
        stored(document, "request", from.request());
        stored(document, "department", from.department());
        stored(document, "translator", from.translator());
        stored(document, "reviewer", from.reviewer());
        stored(document, "date", from.date() == null ? null : from.date().toString());
        try {
            writer.updateDocument(new Term("id", pair.id()), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(String id) {
        try {
            writer.deleteDocuments(new Term("id", id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the changes so far visible to lookups and durable, with the memory they are of and the revision of it
     * they reach.
     */
    void commit(String memory, long revision) {
        try {
            writer.setLiveCommitData(Map.of(MEMORY, memory, REVISION, Long.toString(revision)).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The memory's revision the index reached at its last commit; 0 for a new index. */
    long revision() {
        String revision = committed(REVISION);
        return revision == null ? 0 : Long.parseLong(revision);
    }

    /** The memory the index was built from; null for a new index. */
    String memory() {
        return committed(MEMORY);
    }

    private String committed(String key) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(key)) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    /** The best matches of at least the given score for a segment, best first, newer before older at a tie. */
    List<Match> matches(String text, String sourceLanguage, String targetLanguage, int minimumScore, int limit) {
        MatchText wanted = MatchText.of(text, sourceLanguage);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query(searcher, wanted, sourceLanguage, targetLanguage), CANDIDATES);
                List<Match> matches = new ArrayList<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    RememberedPair pair = pairOf(searcher.storedFields().document(hit.doc));
                    MatchText remembered = MatchText.of(pair.source(), sourceLanguage);
                    int score = FuzzyScore.percent(wanted, remembered);
                    if (score >= minimumScore) {
                        matches.add(new Match(pair.id(), score, pair.source(), pair.target(), pair.provenance(),
                                NumberChange.between(TaggedText.plain(pair.source()), text),
                                wanted.withoutNumbers().equals(remembered.withoutNumbers())));
                    }
                }
                matches.sort(Comparator.comparingInt(Match::score).reversed()
                        .thenComparing(match -> match.from().date(), Comparator.nullsLast(Comparator.reverseOrder())));
                return matches.size() > limit ? matches.subList(0, limit) : matches;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The segment's keys that tell segments apart: a key in more than one segment in fifty (a particle with its
     * neighbour, a common ending) is left out unless too few keys remain, which keeps a lookup to short lists.
     */
    private static BooleanQuery query(IndexSearcher searcher, MatchText wanted, String sourceLanguage,
                                      String targetLanguage) throws IOException {
        int common = Math.max(1, searcher.getIndexReader().numDocs() / COMMON);
        List<Term> keys = new ArrayList<>();
        List<Term> frequent = new ArrayList<>();
        for (String key : wanted.grams()) {
            Term term = new Term("keys", key);
            (searcher.getIndexReader().docFreq(term) > common ? frequent : keys).add(term);
        }
        if (keys.size() < MINIMUM_KEYS) {
            keys.addAll(frequent.subList(0, Math.min(frequent.size(), MINIMUM_KEYS - keys.size())));
        }
        BooleanQuery.Builder shared = new BooleanQuery.Builder();
        keys.stream().limit(MAX_KEYS).forEach(key -> shared.add(new TermQuery(key), BooleanClause.Occur.SHOULD));
        return new BooleanQuery.Builder()
                .add(shared.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("pair", RememberedPair.pairOf(sourceLanguage, targetLanguage))),
                        BooleanClause.Occur.FILTER)
                .build();
    }

    int size() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RememberedPair pairOf(Document document) {
        String date = document.get("date");
        return new RememberedPair(document.get("id"), document.get("sourceLanguage"), document.get("targetLanguage"),
                document.get("source"), document.get("target"),
                new Provenance(Provenance.Origin.valueOf(document.get("origin")), document.get("request"),
                        document.get("department"), document.get("translator"), document.get("reviewer"),
                        date == null ? null : LocalDate.parse(date)));
    }

    private static void stored(Document document, String name, String value) {
        if (value != null) {
            document.add(new StoredField(name, value));
        }
    }
}
