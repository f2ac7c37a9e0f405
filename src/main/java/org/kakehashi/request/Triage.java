package org.kakehashi.request;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the coordinator weighs at triage and what they decide: the intake rules' findings, and the reason a
 * turned-down request was rejected for.
 */
@Embeddable
public class Triage {

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_intake_finding", joinColumns = @JoinColumn(name = "request_id"),
            indexes = @Index(name = "request_intake_finding_request", columnList = "request_id"))
    private Set<IntakeFinding> findings = new HashSet<>();

    @Column(name = "rejection_reason", length = 32)
    private String rejectionReason;

    void note(List<IntakeFinding> found) {
        findings.addAll(found);
    }

    /**
     * @param reason  the code of a reason from the city's list, which the requester sees explained
     * @param comment anything the coordinator adds; required with the reason {@code other}
     */
    void reject(String reason, String comment) {
        if ("other".equals(reason)) {
            RequestProblem.requireText("comment", comment, "request.reason-missing");
        }
        rejectionReason = reason;
    }

    public Set<IntakeFinding> findings() {
        return Set.copyOf(findings);
    }

    /** The code of the reason the request was turned down for, or null. */
    public String rejectionReason() {
        return rejectionReason;
    }
}
