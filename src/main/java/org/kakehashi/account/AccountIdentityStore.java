package org.kakehashi.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.kakehashi.directory.Person;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.identity.ClientAddress;

import java.util.stream.Collectors;

/** Kakehashi's own accounts as a Jakarta Security identity store: the person's roles become their groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;
    @Inject
    HttpServletRequest http;
    @Inject
    ClientAddress clientAddress;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.authenticate(credential.getCaller(), credential.getPassword().getValue(),
                        clientAddress.of(http))
                .map(AccountIdentityStore::identityOf)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** The person as the container knows them, at login and on every request of their session. */
    static CredentialValidationResult identityOf(Person person) {
        return new CredentialValidationResult(person.username(),
                person.roles().stream().map(Role::groupName).collect(Collectors.toSet()));
    }
}
