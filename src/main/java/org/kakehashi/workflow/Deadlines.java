package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Duration;

/**
 * The waiting times the city sets, as the processes' timers read them ({@code ${deadlines.answerReminder}}):
 * ISO 8601 durations from the system properties {@code kakehashi.answer-reminder} (default P5D, when the
 * requester who was asked a question is reminded) and {@code kakehashi.answer-lapse} (default P10D, when the
 * unanswered request lapses).
 */
@Named("deadlines")
@ApplicationScoped
public class Deadlines {

    public String getAnswerReminder() {
        return duration("kakehashi.answer-reminder", "P5D");
    }

    public String getAnswerLapse() {
        return duration("kakehashi.answer-lapse", "P10D");
    }

    private static String duration(String property, String fallback) {
        String value = System.getProperty(property, fallback);
        Duration.parse(value);
        return value;
    }
}
