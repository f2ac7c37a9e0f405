/**
 * Who may review a job: the pool of reviewers for a language pair, never the translation's author, with the
 * external reviewers as fallback.
 */
package org.kakehashi.review;
