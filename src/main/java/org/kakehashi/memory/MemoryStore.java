package org.kakehashi.memory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.language.LanguageTag;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The memory's entries in the database, and the revision counter their changes take turns on. */
@ApplicationScoped
public class MemoryStore {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    /**
     * The next {@code count} revisions, the last of which is returned. The counter's row stays locked until the
     * transaction ends, so a later revision never commits before an earlier one.
     */
    long reserveRevisions(int count) {
        em.createNativeQuery("update translation_memory_state set revision = revision + ?1 where id = 1")
                .setParameter(1, count)
                .executeUpdate();
        return latestRevision();
    }

    /** The name of this database's memory, given on first use. */
    @Transactional
    String memoryId() {
        Object named = em.createNativeQuery("select memory_id from translation_memory_state where id = 1")
                .getSingleResult();
        if (named != null) {
            return (String) named;
        }
        em.createNativeQuery("update translation_memory_state set memory_id = ?1 where id = 1 and memory_id is null")
                .setParameter(1, UUID.randomUUID().toString())
                .executeUpdate();
        return (String) em.createNativeQuery("select memory_id from translation_memory_state where id = 1")
                .getSingleResult();
    }

    long latestRevision() {
        return ((Number) em.createNativeQuery("select revision from translation_memory_state where id = 1")
                .getSingleResult()).longValue();
    }

    void add(MemoryEntry entry, long revision) {
        entry.revision(revision);
        em.persist(entry);
    }

    void add(MemoryLeverage leverage) {
        em.persist(leverage);
    }

    Optional<MemoryEntry> find(UUID id) {
        return Optional.ofNullable(em.find(MemoryEntry.class, id));
    }

    /** The entries changed after the revision, oldest change first. */
    List<MemoryEntry> changedAfter(long revision, int limit) {
        return em.createQuery("select e from MemoryEntry e where e.revision > :revision order by e.revision",
                        MemoryEntry.class)
                .setParameter("revision", revision)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Entries not removed, of a source language, of a target and a department if given, oldest first. */
    List<MemoryEntry> kept(LanguageTag source, LanguageTag target, String department, int first, int limit) {
        return em.createQuery("select e from MemoryEntry e where e.removedAt is null"
                                + " and e.sourceLanguage = :source"
                                + " and (:target is null or e.targetLanguage = :target)"
                                + " and (:department is null or e.department = :department)"
                                + " order by e.recordedAt, e.id",
                        MemoryEntry.class)
                .setParameter("source", source)
                .setParameter("target", target)
                .setParameter("department", department)
                .setFirstResult(first)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Lets go of the entries read so far: an export reads the whole memory a page at a time. */
    void forget() {
        em.clear();
    }

    boolean holds(LanguageTag source, LanguageTag target, String sourceText, String targetText) {
        return !em.createQuery("select e.id from MemoryEntry e where e.removedAt is null"
                                + " and e.sourceLanguage = :source and e.targetLanguage = :target"
                                + " and e.sourceHash = :sourceHash and e.source = :sourceText"
                                + " and e.target = :targetText", UUID.class)
                .setParameter("source", source)
                .setParameter("target", target)
                .setParameter("sourceHash", MemoryEntry.hashOf(sourceText))
                .setParameter("sourceText", sourceText)
                .setParameter("targetText", targetText)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    boolean remembersRequest(String number) {
        return !em.createQuery("select e.id from MemoryEntry e where e.request = :number", UUID.class)
                .setParameter("number", number)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
