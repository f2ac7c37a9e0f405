/**
 * The termbase: the words the city owns (its departments, partners, facilities and programmes) as concepts with
 * preferred, admitted and forbidden terms per language; their hits in a segment found at the language's word
 * boundaries; TBX and CSV exchange; every change audited.
 */
package org.kakehashi.terms;
