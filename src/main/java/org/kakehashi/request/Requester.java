package org.kakehashi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who asked: the user who submitted the request (for a citizen's, the account of their form; {@link CitizenOrigin}
 * says who they are) and the department they asked for, whose requesters all see it.
 */
@Embeddable
public class Requester {

    @Column(name = "requester", nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "department", length = 64, updatable = false)
    private String department;

    protected Requester() {
    }

    Requester(Submission submission) {
        this.username = submission.requester();
        this.department = submission.department();
    }

    public boolean is(String user) {
        return username.equals(user);
    }

    /** Only the requester takes the steps that are theirs: answering a question, withdrawing the request. */
    void require(String user, RequestNumber number, String action) {
        if (!is(user)) {
            throw RequestProblem.notTheRequester(number, action);
        }
    }

    public String username() {
        return username;
    }

    /** Null for citizens and partners. */
    public String department() {
        return department;
    }
}
