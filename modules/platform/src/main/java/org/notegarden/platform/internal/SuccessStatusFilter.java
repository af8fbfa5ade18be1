package org.notegarden.platform.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.notegarden.platform.api.SuccessStatus;

/**
 * Gives a method marked {@link SuccessStatus} its status when it returned its body normally
 * (JAX-RS answers 200 for a returned entity). Bound at deployment to those methods only, so no
 * other response pays for it; problems and other statuses pass untouched.
 */
@Provider
public class SuccessStatusFilter implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        SuccessStatus status = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(SuccessStatus.class);
        if (status != null) {
            context.register(new SetStatus(status.value()));
        }
    }

    private record SetStatus(int status) implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (response.getStatus() == 200) {
                response.setStatus(status);
            }
        }
    }
}
