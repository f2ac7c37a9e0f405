/**
 * The requests' REST resource and the views and forms it answers and reads.
 */
package org.kakehashi.request.api;
