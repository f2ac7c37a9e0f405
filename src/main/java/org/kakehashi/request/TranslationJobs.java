package org.kakehashi.request;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A request's jobs, one per target language in the requester's order, and the rules of the work on them: who may
 * review which job, and when the request as a whole is ready. An interpretation's jobs only name the languages
 * interpreted into; no work starts on them.
 */
@Embeddable
public class TranslationJobs {

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    @OrderColumn(name = "position")
    private List<Job> jobs = new ArrayList<>();

    protected TranslationJobs() {
    }

    /** For a check, each job holds the translation the requester supplied. */
    TranslationJobs(NewRequest form) {
        for (LanguageTag target : form.targets()) {
            String toCheck = form.type() == RequestType.CHECKING ? form.existingTranslations().get(target) : null;
            jobs.add(new Job(target, toCheck));
        }
    }

    void start(RequestType type) {
        if (type != RequestType.INTERPRETATION) {
            jobs.forEach(job -> job.start(type));
        }
    }

    void drop() {
        jobs.forEach(Job::drop);
    }

    void eraseTranslations(Instant at) {
        jobs.forEach(job -> job.eraseTranslation(at));
    }

    boolean allReady() {
        return jobs.stream().allMatch(job -> job.status() == JobStatus.READY);
    }

    /**
     * Who wrote the translation a reviewer checks: its translator, or for a checking request the requester, who
     * supplied the translation to check.
     */
    String author(LanguageTag target, RequestType type, String requester) {
        return type == RequestType.CHECKING ? requester : job(target).translator();
    }

    /** @throws RequestProblem naming the field {@code target} when the request has no job for it */
    public Job job(LanguageTag target) {
        return jobs.stream().filter(j -> j.targetLanguage().equals(target)).findFirst()
                .orElseThrow(() -> RequestProblem.invalid("target", "request.no-such-target", target.value()));
    }

    public List<Job> all() {
        return List.copyOf(jobs);
    }
}
