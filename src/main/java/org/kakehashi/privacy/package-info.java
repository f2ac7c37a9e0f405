/**
 * Personal data found in a text before it travels (issue #20): 個人番号 (My Number, by its check digit), phone
 * numbers, postal codes and addresses, mail addresses, dates of birth, bank account and branch numbers,
 * health-insurance numbers and residence-card numbers, each with its kind and its place in the text, and the text
 * masked for mails and external jobs. Pure Java, no server needed: {@link org.kakehashi.privacy.PersonalDataScanner}
 * is an application-scoped bean for injection and can equally be made with {@code new}.
 */
package org.kakehashi.privacy;
