/**
 * The change log: every change an administrator makes to the office, with the thing before and after.
 */
package org.kakehashi.platform.audit;
