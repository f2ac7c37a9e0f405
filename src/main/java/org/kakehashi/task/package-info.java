/**
 * The task list: the caller's tasks and their groups', filtered, sorted, paged and counted in the database; claim
 * and complete.
 */
package org.kakehashi.task;
