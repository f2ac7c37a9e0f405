package org.kakehashi.interpreting;

import org.kakehashi.platform.problem.DomainProblem;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.request.Request;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** A series as JSON: its meetings in order, each with where it stands. */
public record SeriesView(String id, String frequency, List<Meeting> meetings) {

    public record Meeting(String number, String status, Instant start, Instant end, String timeZone, String place,
                          String interpreter) {

        static Meeting of(Request request) {
            return new Meeting(request.number().value(), request.status().name(), request.event().start(),
                    request.event().end(), request.event().zone().getId(), request.event().place(),
                    request.interpreter());
        }
    }

    /** What became of one meeting: done, or refused with the status and words a single step would have had. */
    public record Outcome(String number, boolean done, int status, String detail) {

        static Outcome of(BookingSeriesWork.MeetingOutcome outcome, Messages messages, ZoneId city) {
            DomainProblem refusal = outcome.refusal();
            return refusal == null ? new Outcome(outcome.meeting().value(), true, 204, null)
                    : new Outcome(outcome.meeting().value(), false, refusal.kind().status(), refusal.detail(messages, city));
        }
    }

    static SeriesView of(BookingSeries series, List<Request> meetings) {
        return new SeriesView(series.id().toString(), series.frequency().name().toLowerCase(Locale.ROOT),
                meetings.stream().map(Meeting::of).toList());
    }
}
