package org.notegarden.app.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A resource that serves every request from one instance (application-scoped, for speed) must
 * not hold anything of one request: each field is a bean the container hands over as a proxy
 * (application-, request- or session-scoped), so the caller's context is looked up per call. A
 * dependent bean or an injected {@code @Context} field would be shared by every caller.
 */
class SharedResourcesHoldNoRequestStateTest {

    @Test
    void sharedResourcesHoldOnlyProxiedBeans() throws ClassNotFoundException {
        List<String> problems = new ArrayList<>();
        int shared = 0;
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")).importPackages("org.notegarden")) {
            if (c.isAnnotatedWith(Path.class) && c.isAnnotatedWith(ApplicationScoped.class)) {
                shared++;
                problems.addAll(problems(Class.forName(c.getName(), false, getClass().getClassLoader())));
            }
        }
        assertTrue(shared >= 4, "found the shared resources: " + shared);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** A bean whose instance belongs to whoever injects it. */
    @Dependent
    static class Scratch {
    }

    @ApplicationScoped
    @Path("sample")
    static class LeakyResource {
        Scratch scratch;
        @Context
        HttpHeaders headers;
        static final String NAME = "static fields are not per request";
    }

    @Test
    void dependentBeansAndContextFieldsAreReported() {
        assertEquals(List.of("LeakyResource.scratch: Scratch is not a proxied (normal-scoped) bean",
                "LeakyResource.headers: @Context field (take it as a method parameter)"), problems(LeakyResource.class));
    }

    private static List<String> problems(Class<?> resource) {
        List<String> problems = new ArrayList<>();
        for (Field f : resource.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                continue;
            }
            String where = resource.getSimpleName() + "." + f.getName() + ": ";
            if (f.isAnnotationPresent(Context.class)) {
                problems.add(where + "@Context field (take it as a method parameter)");
            } else if (!isNormalScoped(f.getType())) {
                problems.add(where + f.getType().getSimpleName() + " is not a proxied (normal-scoped) bean");
            }
        }
        return problems;
    }

    private static boolean isNormalScoped(Class<?> type) {
        return type.isAnnotationPresent(ApplicationScoped.class) || type.isAnnotationPresent(RequestScoped.class)
                || type.isAnnotationPresent(SessionScoped.class);
    }
}
