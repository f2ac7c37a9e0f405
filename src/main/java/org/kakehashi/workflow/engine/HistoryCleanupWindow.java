package org.kakehashi.workflow.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.kakehashi.platform.config.TimeWindow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The night hours in which the engine removes process history past its time to live (every process and decision
 * keeps five years, {@code camunda:historyTimeToLive="1825"}), so that the {@code ACT_HI_*} tables stay bounded.
 * The window is the city's ({@code kakehashi.history.cleanup-window}); Camunda reads it in the JVM's default zone,
 * so it is handed over converted.
 *
 * @param start the window's first minute, city time
 * @param end   the minute it closes, city time
 */
record HistoryCleanupWindow(LocalTime start, LocalTime end) {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    HistoryCleanupWindow(TimeWindow window) {
        this(window.start(), window.end());
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
