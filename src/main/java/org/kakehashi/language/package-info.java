/**
 * Languages, scripts and text: BCP 47 tags through ICU4J.
 */
package org.kakehashi.language;
