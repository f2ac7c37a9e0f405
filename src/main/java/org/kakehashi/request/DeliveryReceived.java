package org.kakehashi.request;

/** Fired, inside the confirming transaction, when the last partner confirmed receipt of a delivery. */
public record DeliveryReceived(RequestNumber number) {
}
