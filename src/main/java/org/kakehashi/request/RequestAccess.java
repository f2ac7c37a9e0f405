package org.kakehashi.request;

import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;

/**
 * Who may see a request. The coordinators and the office manager see all of their office's; requesters their own
 * department's (and their own); linguists the jobs open to them or translated by them; reviewers what they review;
 * a partner's contacts what was delivered to their organisation. Administrators administer and see no requests.
 * The same rules, as a query, list requests ({@link RequestRepository#visibleTo}).
 */
public final class RequestAccess {

    private RequestAccess() {
    }

    public static boolean maySee(Caller caller, Request request) {
        if (caller.isOffice()
                || request.requester().is(caller.username())) {
            return true;
        }
        if (caller.has(Role.REQUESTER) && caller.department() != null
                && caller.department().equals(request.requester().department())) {
            return true;
        }
        if (caller.has(Role.PARTNER) && caller.partner() != null && request.status() == RequestStatus.DELIVERED
                && request.partnerReceipts().addressedTo(caller.partner())) {
            return true;
        }
        return request.jobs().stream().anyMatch(job -> worksOn(caller, job));
    }

    private static boolean worksOn(Caller caller, Job job) {
        if (caller.username().equals(job.translator()) || caller.username().equals(job.reviewer())) {
            return true;
        }
        boolean openToTranslate = (job.status() == JobStatus.IN_TRANSLATION || job.status() == JobStatus.CHANGES_REQUESTED)
                && caller.groups().contains(job.translatorGroup());
        boolean openToReview = job.status() == JobStatus.IN_REVIEW && caller.groups().contains(job.reviewerGroup());
        return (caller.has(Role.LINGUIST) && openToTranslate)
                || ((caller.has(Role.REVIEWER) || caller.has(Role.EXTERNAL_REVIEWER)) && openToReview);
    }
}
