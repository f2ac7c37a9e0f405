/**
 * What the request forms tell the requester about their text while they write it, before it is sent: how far it
 * is from やさしい日本語, and the personal data in it.
 */
package org.kakehashi.intake;
