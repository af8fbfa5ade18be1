package org.notegarden.app.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * The ways in, per operation. Resources mark what needs a signed-in person with
 * {@code @SecurityRequirement(name = "bearerToken")}; such an operation also takes the browser's
 * session cookie, with the CSRF header on writes. Every other operation is open, with an
 * optional sign-in (the document's top-level security) that personalises some answers.
 */
final class SecurityAlternatives {
    static final String BEARER = "bearerToken";
    static final String COOKIE = "sessionCookie";
    static final String CSRF = "csrfHeader";

    private SecurityAlternatives() {
    }

    static void apply(OpenAPI api) {
        api.setSecurity(List.of(OASFactory.createSecurityRequirement(), bearer(), cookie(true)));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            item.getOperations().forEach((method, op) -> {
                boolean signedIn = op.getSecurity() != null && op.getSecurity().stream()
                        .anyMatch(r -> r.getSchemes() != null && r.getSchemes().containsKey(BEARER));
                if (signedIn) {
                    boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
                    op.setSecurity(List.of(bearer(), cookie(write)));
                }
            });
        }
    }

    private static SecurityRequirement bearer() {
        return OASFactory.createSecurityRequirement().addScheme(BEARER);
    }

    private static SecurityRequirement cookie(boolean write) {
        SecurityRequirement r = OASFactory.createSecurityRequirement().addScheme(COOKIE);
        return write ? r.addScheme(CSRF) : r;
    }
}
