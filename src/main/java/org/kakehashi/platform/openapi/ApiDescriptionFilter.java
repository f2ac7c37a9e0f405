package org.kakehashi.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.List;
import java.util.Map;

/**
 * What the resources' annotations cannot say of the description by themselves:
 * <ul>
 *   <li>a logged-in caller's POST, PUT, PATCH or DELETE also carries the anti-forgery token (platform/web's
 *   {@code ForgeryProtection}), so those operations require the session and the token together; public
 *   operations, marked with an empty security requirement beside {@code @Public}, stay open;</li>
 *   <li>every other operation requires the session: the login's cookie (platform/identity's
 *   {@code LoginRequired} refuses a caller without one);</li>
 *   <li>every operation's refusals are problem+json ({@code default}: which statuses each one gives is in the
 *   README's table, not claimed here one by one).</li>
 * </ul>
 */
public class ApiDescriptionFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("session")));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : api.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getOperations().entrySet()) {
                operation.getValue().getResponses().setDefaultValue(
                        OASFactory.createAPIResponse().ref("#/components/responses/Problem"));
                if (changes(operation.getKey()) && !open(operation.getValue())) {
                    operation.getValue().setSecurity(List.of(OASFactory.createSecurityRequirement()
                            .addScheme("session").addScheme("csrf")));
                }
            }
        }
    }

    private static boolean changes(PathItem.HttpMethod method) {
        return method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
    }

    private static boolean open(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        return security != null && security.stream().anyMatch(requirement -> requirement.getSchemes() == null
                || requirement.getSchemes().isEmpty());
    }
}
