package org.kakehashi.delivery;

import org.kakehashi.platform.problem.DomainProblem;

/** Refusals about deliveries: a link that is unknown, expired or revoked; a reader who may not see them. */
class DeliveryProblem extends DomainProblem {

    private DeliveryProblem(Kind kind, String messageKey) {
        super(kind, messageKey, null);
    }

    /** Unknown and mistyped links look alike: nothing tells a guesser how close they came. */
    static DeliveryProblem unknown() {
        return new DeliveryProblem(Kind.NOT_FOUND, "delivery.unknown-link");
    }

    static DeliveryProblem expired() {
        return new DeliveryProblem(Kind.GONE, "delivery.link-expired");
    }

    static DeliveryProblem revoked() {
        return new DeliveryProblem(Kind.GONE, "delivery.link-revoked");
    }

    static DeliveryProblem notYours() {
        return new DeliveryProblem(Kind.FORBIDDEN, "delivery.not-yours");
    }
}
