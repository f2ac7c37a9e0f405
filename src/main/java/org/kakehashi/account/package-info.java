/**
 * Accounts and sessions: who may log in, with what password (PBKDF2 through Jakarta Security), the session a
 * login opens, the first administrator, the administration of people, and the audit log of security events.
 */
package org.kakehashi.account;
