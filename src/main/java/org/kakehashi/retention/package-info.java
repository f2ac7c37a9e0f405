/**
 * The daily run of the retention rules on one node: what must go is erased, what must stay is kept.
 */
package org.kakehashi.retention;
