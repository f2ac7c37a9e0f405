package org.kakehashi.task;

import jakarta.persistence.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading the rows of native statements over the engine's tables, whose timestamps the engine writes as the
 * JVM's local time (a {@code java.util.Date} through JDBC): they are read, and compared with, the same way.
 */
final class SqlRows {

    private SqlRows() {
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    /** A value to compare with the engine's timestamp columns. */
    static Date timestamp(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }

    static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof LocalDateTime local) {
            return local.atZone(ZoneId.systemDefault()).toInstant();
        }
        return ((Date) column).toInstant();
    }

    static LocalDate localDate(Object column) {
        if (column == null || column instanceof LocalDate) {
            return (LocalDate) column;
        }
        return ((java.sql.Date) column).toLocalDate();
    }

    static long number(Object column) {
        return column == null ? 0 : ((Number) column).longValue();
    }

    /** Conditions joined with {@code and}, with the parameters they name. */
    static final class Where {

        private final StringBuilder sql = new StringBuilder();
        private final Map<String, Object> parameters = new HashMap<>();

        Where and(String condition, Object... namesAndValues) {
            sql.append(sql.length() == 0 ? " where " : " and ").append(condition);
            return with(namesAndValues);
        }

        /** Parameters of the statement outside its conditions. */
        Where with(Object... namesAndValues) {
            for (int i = 0; i < namesAndValues.length; i += 2) {
                parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return this;
        }

        String sql() {
            return sql.toString();
        }

        Query bind(Query query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
