package org.kakehashi.request;

import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Role;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The steps of one target language's {@link Job} on a request — routing, translating, reviewing — taken through
 * {@link Request#onJob}. Each is taken only where the request's lifecycle allows it and the job is ready for it,
 * and leaves its entry on the request's timeline.
 */
public final class JobSteps {

    /** The groups a job can be routed to: in-house or contracted translators; in-house or external reviewers. */
    static final Set<String> TRANSLATOR_GROUPS = groups(Role.COORDINATOR, Role.LINGUIST);
    static final Set<String> REVIEWER_GROUPS = groups(Role.REVIEWER, Role.EXTERNAL_REVIEWER);

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

    /**
     * The coordinator sends the job to other groups than routing chose (a legal text the table sent in-house, a
     * linguist away), before anyone has handed in its translation; the reason goes on the timeline.
     *
     * @throws RequestProblem for a group that does not translate or review, or without a reason
     */
    public void overrideRoute(String coordinator, String translatorGroup, String reviewerGroup, String reason,
                              Instant at) {
        requireGroup("translatorGroup", translatorGroup, TRANSLATOR_GROUPS);
        requireGroup("reviewerGroup", reviewerGroup, REVIEWER_GROUPS);
        String why = RequestProblem.requireText("reason", reason, "request.route-reason-missing");
        Job job = jobs.job(target);
        lifecycle.refuseUnless(job.awaitsFirstTranslation(), number, "overrideRoute " + target);
        job.route(translatorGroup, reviewerGroup);
        lifecycle.record(TimelineEvent.ROUTE_OVERRIDDEN, coordinator, at, target,
                translatorGroup + " / " + reviewerGroup + ": " + why);
    }

    private static void requireGroup(String field, String group, Set<String> groups) {
        if (!groups.contains(group)) {
            throw RequestProblem.invalid(field, "request.route-group-unknown", String.valueOf(group),
                    String.join(", ", groups));
        }
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

    private static Set<String> groups(Role... roles) {
        Set<String> names = new LinkedHashSet<>();
        for (Role role : roles) {
            names.add(role.groupName());
        }
        return Collections.unmodifiableSet(names);
    }

    /** The job, when the request allows the step and the job is ready for it. */
    private Job readyFor(RequestStep step, Predicate<Job> readyForStep) {
        Job job = jobs.job(target);
        lifecycle.require(step, number);
        lifecycle.refuseUnless(readyForStep.test(job), number, step.action() + " " + job.targetLanguage());
        return job;
    }
}
