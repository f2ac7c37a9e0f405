/**
 * The settings the server is started with: system properties {@code kakehashi.*}, each with its default, read and
 * checked once at start ({@link org.kakehashi.platform.config.StartSettings}). The office's own settings, which
 * an administrator changes while it runs, are {@code platform.settings}.
 */
package org.kakehashi.platform.config;
