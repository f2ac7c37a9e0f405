/**
 * Mail that is never lost and never floods: each notice is written to an outbox in the transaction of the step it
 * reports and sent after commit, with retries, through the server's mail session; coordinators get one digest a
 * day instead of a mail per change unless they choose otherwise.
 */
package org.kakehashi.notification;
