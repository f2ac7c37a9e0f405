package org.kakehashi.request;

import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.util.function.Predicate;

/**
 * The steps of one target language's {@link Job} on a request — routing, translating, reviewing — taken through
 * {@link Request#onJob}. Each is taken only where the request's lifecycle allows it and the job is ready for it,
 * and leaves its entry on the request's timeline.
 */
public final class JobSteps {

    private final RequestNumber number;
    private final LanguageTag target;
    private final TranslationJobs jobs;
    private final RequestType type;
    private final Requester requester;
    private final RequestLifecycle lifecycle;

    JobSteps(RequestNumber number, LanguageTag target, TranslationJobs jobs, RequestType type, Requester requester,
             RequestLifecycle lifecycle) {
        this.number = number;
        this.target = target;
        this.jobs = jobs;
        this.type = type;
        this.requester = requester;
        this.lifecycle = lifecycle;
    }

    /** Routing decided who translates the job and which group reviews it. */
    public void route(String translatorGroup, String reviewerGroup, Instant at) {
        jobs.job(target).route(translatorGroup, reviewerGroup);
        lifecycle.record(TimelineEvent.ROUTED, "kakehashi", at, target, translatorGroup + " / " + reviewerGroup);
    }

    /** The group that reviews the job this round: the routed one, or external reviewers when nobody in it can. */
    public void chooseReviewers(String reviewerGroup, Instant at) {
        jobs.job(target).reviewedBy(reviewerGroup);
        lifecycle.record(TimelineEvent.REVIEWERS_CHOSEN, "kakehashi", at, target, reviewerGroup);
    }

    /**
     * @param translatedDocument the source document with the translation merged in, or null when the translation
     *                           is text only (pasted, or from a source without a layout to keep)
     */
    public void submitTranslation(String translator, String translatedText, StoredDocument translatedDocument,
                                  Instant at) {
        readyFor(RequestStep.SUBMIT_TRANSLATION, Job::awaitsTranslation)
                .translated(translator, translatedText, translatedDocument);
        lifecycle.take(RequestStep.SUBMIT_TRANSLATION, translator, at, target, null);
    }

    /** @throws RequestProblem when the would-be reviewer wrote this job's translation */
    public void checkMayReview(String user) {
        if (user.equals(translationAuthor())) {
            throw RequestProblem.ownTranslation(number, user);
        }
    }

    /** The job's translator, or for a check the requester, who supplied the translation to check. */
    public String translationAuthor() {
        return jobs.author(target, type, requester.username());
    }

    public void approve(String reviewer, Instant at) {
        Job job = readyFor(RequestStep.APPROVE, Job::inReview);
        checkMayReview(reviewer);
        job.approved(reviewer);
        if (jobs.allReady()) {
            lifecycle.take(RequestStep.APPROVE, reviewer, at, target, null);
        } else {
            lifecycle.record(RequestStep.APPROVE.event(), reviewer, at, target, null);
        }
    }

    public void requestChanges(String reviewer, String comment, Instant at) {
        Job job = readyFor(RequestStep.REQUEST_CHANGES, Job::inReview);
        checkMayReview(reviewer);
        job.changesRequested(reviewer, comment);
        lifecycle.take(RequestStep.REQUEST_CHANGES, reviewer, at, target, comment);
    }

    /** The job, when the request allows the step and the job is ready for it. */
    private Job readyFor(RequestStep step, Predicate<Job> readyForStep) {
        Job job = jobs.job(target);
        lifecycle.require(step, number);
        lifecycle.refuseUnless(readyForStep.test(job), number, step.action() + " " + job.targetLanguage());
        return job;
    }
}
