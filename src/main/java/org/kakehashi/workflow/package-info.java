/**
 * The BPMN processes' side of Kakehashi: process constants, and thin adapters between the engine and the
 * application services (delegates that call one service, observers that start processes).
 */
package org.kakehashi.workflow;
