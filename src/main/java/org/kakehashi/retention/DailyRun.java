package org.kakehashi.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A job that runs once a day on one node of the cluster, and the city's day it last ran. */
@Entity
@Table(name = "daily_run")
public class DailyRun {

    @Id
    @Column(length = 32)
    private String name;

    @Column(name = "last_run_on")
    private LocalDate lastRunOn;

    protected DailyRun() {
    }

    boolean ranOn(LocalDate day) {
        return day.equals(lastRunOn);
    }

    void ran(LocalDate day) {
        lastRunOn = day;
    }
}
