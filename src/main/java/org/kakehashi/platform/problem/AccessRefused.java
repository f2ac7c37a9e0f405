package org.kakehashi.platform.problem;

/**
 * A caller was refused (403): for the audit log.
 *
 * @param username   null for an anonymous caller
 * @param request    method and path
 * @param messageKey the rule that refused, e.g. {@code csrf.token-missing}
 */
public record AccessRefused(String username, String remoteAddress, String request, String messageKey) {
}
