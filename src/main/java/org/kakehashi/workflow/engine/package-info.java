/**
 * The embedded Camunda engine on the server's transactions: its bootstrap, job executor, the models it loads and
 * its history cleanup window.
 */
package org.kakehashi.workflow.engine;
