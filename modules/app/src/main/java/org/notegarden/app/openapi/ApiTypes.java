package org.notegarden.app.openapi;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
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
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Our own types that travel through the API, found the way the document's generator finds them:
 * from the resources' public methods (answers and bodies), through record components, public
 * fields and superclasses. Keyed by simple name, which is what the document names a schema by.
 */
public final class ApiTypes {
    private static final Set<Class<? extends Annotation>> NOT_A_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, FormParam.class, MatrixParam.class, BeanParam.class, Context.class);

    private ApiTypes() {
    }

    /** Simple name → the types of that name (more than one is a clash the document cannot express). */
    public static Map<String, Set<Class<?>>> reachableFrom(Collection<Class<?>> resources) {
        Map<String, Set<Class<?>>> byName = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> resource : resources) {
            for (Method m : resource.getDeclaredMethods()) {
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
        return byName;
    }

    private static void walk(Type type, Map<String, Set<Class<?>>> byName, Set<Class<?>> seen) {
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
        byName.computeIfAbsent(c.getSimpleName(), k -> new TreeSet<>(java.util.Comparator.comparing(Class::getName))).add(c);
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
