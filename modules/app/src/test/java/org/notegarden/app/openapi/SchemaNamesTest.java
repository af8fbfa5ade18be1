package org.notegarden.app.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The API document names each body and answer type by its simple name, so two types of the same
 * name (a cart's ItemBody and a checkout's ItemBody) became one schema and a generated client
 * lost the checkout item's skuId. Every type reachable from a resource method must have a name of
 * its own.
 */
class SchemaNamesTest {
    private static final Set<Class<? extends Annotation>> NOT_A_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, FormParam.class, MatrixParam.class, BeanParam.class, Context.class);

    @Test
    void everyTypeInTheApiHasANameOfItsOwn() throws Exception {
        Map<String, Set<String>> byName = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        int resources = 0;
        for (var c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.notegarden")) {
            if (!c.isAnnotatedWith(Path.class)) {
                continue;
            }
            resources++;
            for (Method m : Class.forName(c.getName()).getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                walk(m.getGenericReturnType(), byName, seen);
                for (Parameter p : m.getParameters()) {
                    if (NOT_A_BODY.stream().noneMatch(p::isAnnotationPresent)) {
                        walk(p.getParameterizedType(), byName, seen);
                    }
                }
            }
        }
        assertTrue(resources > 20, "found the resources: " + resources);
        Map<String, Set<String>> shared = new TreeMap<>();
        byName.forEach((name, classes) -> {
            if (classes.size() > 1) {
                shared.put(name, classes);
            }
        });
        assertEquals(Map.of(), shared, "schema names used by more than one type");
    }

    private static void walk(Type type, Map<String, Set<String>> byName, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            walk(p.getRawType(), byName, seen);
            for (Type arg : p.getActualTypeArguments()) {
                walk(arg, byName, seen);
            }
            return;
        }
        if (type instanceof GenericArrayType a) {
            walk(a.getGenericComponentType(), byName, seen);
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive()) {
            return;
        }
        if (c.isArray()) {
            walk(c.getComponentType(), byName, seen);
            return;
        }
        if (!c.getName().startsWith("org.notegarden.") || !seen.add(c)) {
            return;
        }
        byName.computeIfAbsent(c.getSimpleName(), k -> new TreeSet<>()).add(c.getName());
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                walk(rc.getGenericType(), byName, seen);
            }
        } else if (!c.isEnum()) {
            for (Field f : c.getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    walk(f.getGenericType(), byName, seen);
                }
            }
        }
        for (Class<?> parent = c.getSuperclass(); parent != null && parent != Object.class; parent = parent.getSuperclass()) {
            walk(parent, byName, seen);
        }
    }
}
