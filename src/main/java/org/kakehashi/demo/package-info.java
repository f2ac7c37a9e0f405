/**
 * The demo office of the run command ({@code -Dkakehashi.demo=true}): its people, departments, partners and a
 * fiscal year of history. Never on without the flag.
 */
package org.kakehashi.demo;
