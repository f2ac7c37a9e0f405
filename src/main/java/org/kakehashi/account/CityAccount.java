package org.kakehashi.account;

/**
 * A city account as the city's OpenID provider vouched for it in the ID token: the provider, its own id of the
 * person, and the user name and mail address the directory may know the person by.
 */
public record CityAccount(String issuer, String subject, String username, String email) {

    /** The account's name as short as a security event's subject allows: its user name, or else its address. */
    String shortName() {
        String name = username != null ? username : email != null ? email : subject;
        return name == null || name.length() <= 64 ? name : name.substring(0, 64);
    }

    /** How the account is named in the security events: its user name or address, and where it comes from. */
    String described() {
        return "city account " + (username == null ? "-" : username) + " <" + (email == null ? "-" : email)
                + "> of " + issuer + " (subject " + subject + ")";
    }
}
