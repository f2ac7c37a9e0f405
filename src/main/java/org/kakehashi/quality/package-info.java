/** The checks a translation passes before review, and what they find: facts carried unchanged from source to target. */
package org.kakehashi.quality;
