/**
 * What the office's manager and the city's IT watch, in Prometheus format on the management interface
 * ({@code :9990/metrics}, the server's Micrometer registry): each feature registers its own meters; the ones read
 * from the database are read at most every {@link org.kakehashi.platform.metrics.Sampled#FRESHNESS}.
 */
package org.kakehashi.platform.metrics;
