/**
 * The ground floor every feature stands on, importing none of them: REST activation, problems as RFC 9457 answers,
 * the caller, the change log, the settings, the schema and the city clock.
 */
package org.kakehashi.platform;
