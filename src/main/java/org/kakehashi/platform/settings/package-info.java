/**
 * The office's settings in one place: defaults, the system properties that replace them at start, and what an
 * administrator sets.
 */
package org.kakehashi.platform.settings;
