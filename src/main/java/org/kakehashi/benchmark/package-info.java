/**
 * Benchmark-only endpoints, switched on by the system property {@code kakehashi.benchmark=true} and answering 404
 * otherwise: the bare Camunda start of the translation process, the yardstick the submission of a request is
 * measured against by the harnesses of {@code bench/}.
 */
package org.kakehashi.benchmark;
