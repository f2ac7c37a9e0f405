package org.kakehashi.platform.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * TEMPORARY identification, until real login arrives: the caller names themselves in the headers
 * {@code X-Kakehashi-User}, {@code X-Kakehashi-Roles} (comma-separated) and {@code X-Kakehashi-Department}.
 * Nothing checks these claims, so this must never face the internet; the README says so too.
 */
@RequestScoped
public class CallerIdentification {

    public static final String USER_HEADER = "X-Kakehashi-User";
    public static final String ROLES_HEADER = "X-Kakehashi-Roles";
    public static final String DEPARTMENT_HEADER = "X-Kakehashi-Department";
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    private final HttpServletRequest http;

    @Inject
    public CallerIdentification(HttpServletRequest http) {
        this.http = http;
    }

    protected CallerIdentification() {
        this.http = null;
    }

    /** @throws NotIdentifiedException when no valid user name was given */
    public Caller caller() {
        String username = http.getHeader(USER_HEADER);
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            throw new NotIdentifiedException();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String roleList = http.getHeader(ROLES_HEADER);
        if (roleList != null) {
            Arrays.stream(roleList.split(","))
                    .filter(r -> !r.isBlank())
                    .forEach(r -> Role.fromGroupName(r).ifPresent(roles::add));
        }
        String department = http.getHeader(DEPARTMENT_HEADER);
        return new Caller(username.strip(), roles,
                department == null || department.isBlank() ? null : department.strip());
    }
}
