/**
 * Who works with the office: departments, partners and their contacts, people with their roles and language skills,
 * and the administration of departments and partners. Implements the callers' port of {@code platform.identity}.
 */
package org.kakehashi.directory;
