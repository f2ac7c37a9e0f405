/**
 * Refusals as RFC 9457 problem+json in the caller's language: the domain's problems and the mappers of everything
 * else that can go wrong.
 */
package org.kakehashi.platform.problem;
