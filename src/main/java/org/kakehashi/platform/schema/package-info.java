/**
 * The database schema's versioned migrations (Flyway, with Camunda's own tables) run before the persistence unit
 * starts, and the embedded database's online backup.
 */
package org.kakehashi.platform.schema;
