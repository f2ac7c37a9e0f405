/**
 * Who calls: the logged-in caller with their roles (from the directory, through a port), the roles themselves, and
 * the client's address behind trusted proxies.
 */
package org.kakehashi.platform.identity;
