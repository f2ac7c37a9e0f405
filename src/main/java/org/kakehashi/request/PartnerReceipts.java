package org.kakehashi.request;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/** The partner organisations (codes) a delivery also goes to, and those that have confirmed its receipt. */
@Embeddable
public class PartnerReceipts {

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_partner", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "partner", length = 64)
    private Set<String> partners = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_partner_receipt", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "partner", length = 64)
    private Set<String> confirmed = new HashSet<>();

    protected PartnerReceipts() {
    }

    PartnerReceipts(Set<String> partners) {
        this.partners.addAll(partners);
    }

    public boolean addressedTo(String partner) {
        return partners.contains(partner);
    }

    /**
     * @return false when the partner had confirmed before
     * @throws RequestProblem when the delivery does not go to the partner
     */
    boolean confirm(RequestNumber number, String partner) {
        if (!addressedTo(partner)) {
            throw RequestProblem.notAddressedTo(number, partner);
        }
        return confirmed.add(partner);
    }

    public boolean allConfirmed() {
        return confirmed.containsAll(partners);
    }

    public Set<String> partners() {
        return Set.copyOf(partners);
    }

    public Set<String> confirmed() {
        return Set.copyOf(confirmed);
    }

    /** Those still to confirm, in code order. */
    public Set<String> waiting() {
        Set<String> waiting = new TreeSet<>(partners);
        waiting.removeAll(confirmed);
        return waiting;
    }
}
