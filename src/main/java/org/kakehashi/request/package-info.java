/**
 * The request aggregate — its jobs, the interpreted event, the timeline — with numbering, submission and the use
 * cases that change it (through {@code RequestWork}).
 */
package org.kakehashi.request;
