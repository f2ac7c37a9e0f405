/**
 * The translator's desk: a job's segments side by side with the memory's matches and the translation to start
 * from, and the job's exchange file with those matches in it. It reads requests and the memory and changes neither:
 * a translation is handed in through the task list.
 */
package org.kakehashi.desk;
