/**
 * The public side: a citizen's request through the public form, without an account, guarded by a signed form
 * token and a rate limit, and followed through a secret status link.
 */
package org.kakehashi.citizen;
