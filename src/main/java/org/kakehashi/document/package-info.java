/**
 * Documents sent with requests: their format told from their content, and hostile files refused early.
 */
package org.kakehashi.document;
