package org.kakehashi.workflow.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The night hours in which the engine removes process history past its time to live (every process and decision
 * keeps five years, {@code camunda:historyTimeToLive="1825"}), so that the {@code ACT_HI_*} tables stay bounded:
 * {@code kakehashi.history.cleanup-window}, default {@code 01:00-05:00} in the city's time zone. Camunda reads the
 * window in the JVM's default zone, so it is handed over converted.
 *
 * @param start the window's first minute, city time
 * @param end   the minute it closes, city time
 */
record HistoryCleanupWindow(LocalTime start, LocalTime end) {

    static final String PROPERTY = "kakehashi.history.cleanup-window";
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    /** @throws IllegalArgumentException naming the property when the value is no "HH:mm-HH:mm" */
    static HistoryCleanupWindow of(String window) {
        String[] ends = window.strip().split("-");
        try {
            if (ends.length == 2) {
                return new HistoryCleanupWindow(LocalTime.parse(ends[0].strip(), HOURS),
                        LocalTime.parse(ends[1].strip(), HOURS));
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new IllegalArgumentException(PROPERTY + " must be two times of day such as 01:00-05:00, not " + window);
    }

    static HistoryCleanupWindow configured() {
        return of(System.getProperty(PROPERTY, "01:00-05:00"));
    }

    /** Sets the window on the engine, moved from the city's zone into the JVM's. */
    void applyTo(ProcessEngineConfigurationImpl configuration, ZoneId cityZone, ZoneId jvmZone) {
        configuration.setHistoryCleanupBatchWindowStartTime(inZone(start, cityZone, jvmZone));
        configuration.setHistoryCleanupBatchWindowEndTime(inZone(end, cityZone, jvmZone));
    }

    static String inZone(LocalTime time, ZoneId from, ZoneId to) {
        return LocalDate.now(from).atTime(time).atZone(from).withZoneSameInstant(to).toLocalTime().format(HOURS);
    }
}
