package org.notegarden.platform.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.notegarden.platform.api.SuccessStatus;

/**
 * Gives a method marked {@link SuccessStatus} its status when it returned its body normally
 * (JAX-RS answers 200 for a returned entity). Problems and other statuses pass untouched.
 */
@Provider
public class SuccessStatusFilter implements ContainerResponseFilter {
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Method method = resource == null ? null : resource.getResourceMethod();
        SuccessStatus status = method == null ? null : method.getAnnotation(SuccessStatus.class);
        if (status != null && response.getStatus() == 200) {
            response.setStatus(status.value());
        }
    }
}
