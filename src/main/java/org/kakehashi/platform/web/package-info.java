/**
 * What guards the HTTP edge: body limits, content types, forged requests, security headers and the public rate
 * limit.
 */
package org.kakehashi.platform.web;
