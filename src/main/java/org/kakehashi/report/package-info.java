/**
 * Fiscal-year reports (年度実績): what the office did between 1 April and 31 March, computed with aggregate queries
 * over Kakehashi's own tables, labelled in the reader's language, as JSON for the reports page and as CSV that
 * Excel on a Japanese Windows opens as it is.
 */
package org.kakehashi.report;
