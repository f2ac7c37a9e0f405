/**
 * The city-login door: a deployment of its own at {@code /city-login}, guarded by WildFly's OpenID Connect client,
 * that hands the city account the provider vouched for to Kakehashi through a one-time ticket, and ends the
 * provider's session at logout. Kakehashi's own deployment keeps its one mechanism (the login session); a
 * deployment can have only one kind of authentication, so the door is apart from it (README, "City single sign-on").
 */
package org.kakehashi.citylogin;
