package org.notegarden.app.openapi;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which Java method serves which operation of the document ({@code "GET /api/v1/feed/latest"}),
 * read from the resources' JAX-RS annotations as the document's generator reads them, so the
 * filter can consult what erasure hides from it (the {@code T} of a {@code Page<T>}).
 */
final class ResourceMethods {
    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH", HEAD.class, "HEAD");

    private ResourceMethods() {
    }

    static Map<String, Method> byOperation(String applicationPath, Collection<Class<?>> resources) {
        Map<String, Method> methods = new HashMap<>();
        for (Class<?> resource : resources) {
            Path base = resource.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method m : resource.getDeclaredMethods()) {
                List<String> verbs = VERBS.entrySet().stream().filter(v -> m.isAnnotationPresent(v.getKey())).map(Map.Entry::getValue).toList();
                if (verbs.size() != 1) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String path = join(applicationPath, base.value(), sub == null ? "" : sub.value());
                methods.put(verbs.get(0) + " " + path, m);
            }
        }
        return methods;
    }

    /** Joins path parts with single slashes and drops parameter patterns ({@code {id: \d+}} → {@code {id}}). */
    static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            String p = part.replaceAll("^/+|/+$", "");
            if (!p.isEmpty()) {
                out.append('/').append(p);
            }
        }
        return out.toString().replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }
}
