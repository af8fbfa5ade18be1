package org.notegarden.app.arch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The app's JSON answers are written by Jackson in JSON-B's shape (platform's ResponseJsonWriter),
 * and platform's ResponseJsonWriterTest holds the two equal for the kinds of values below. This
 * keeps every answer inside those kinds: each type a resource method returns, followed through
 * its record components, fields and getters, is a primitive, text, a number, an enum, a date or
 * time, a UUID or URI, a list, set or map of such, or another of the app's types. A new kind (an
 * Optional, a Map.Entry, a JSON-P value inside a record) fails here until the parity test covers it.
 */
class AnswersJacksonWritesAsJsonbTest {
    private static final Set<Class<?>> PLAIN = Set.of(String.class, Boolean.class, Character.class, Integer.class, Long.class,
            Short.class, Byte.class, Double.class, Float.class, BigDecimal.class, Instant.class, LocalDate.class,
            LocalDateTime.class, LocalTime.class, OffsetDateTime.class, ZonedDateTime.class, Duration.class, UUID.class,
            URI.class);

    @Test
    void everyTypeAnAnswerCanHoldIsOneTheParityTestCovers() throws ClassNotFoundException {
        List<String> uncovered = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        int methods = 0;
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")).importPackages("org.notegarden")) {
            if (!c.isAnnotatedWith(Path.class)) {
                continue;
            }
            for (Method m : Class.forName(c.getName(), false, getClass().getClassLoader()).getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && isResourceMethod(m)) {
                    methods++;
                    check(m.getGenericReturnType(), c.getSimpleName() + "." + m.getName(), seen, uncovered);
                }
            }
        }
        assertTrue(methods > 100, "found the resource methods: " + methods);
        assertTrue(uncovered.isEmpty(), String.join("\n", uncovered));
    }

    /** A sample answer with kinds the parity test does not cover. */
    public record Uncovered(String fine, java.util.Optional<String> maybe, List<Map.Entry<String, Long>> pairs, Object anything) {
    }

    @Test
    void kindsTheParityTestDoesNotCoverAreReported() {
        List<String> uncovered = new ArrayList<>();
        check(Uncovered.class, "Sample.answer", new HashSet<>(), uncovered);
        assertTrue(uncovered.equals(List.of("Sample.answer > Uncovered: java.util.Optional<java.lang.String>",
                "Sample.answer > Uncovered: java.util.Map$Entry<java.lang.String, java.lang.Long>",
                "Sample.answer > Uncovered: java.lang.Object")), uncovered.toString());
    }

    private static boolean isResourceMethod(Method m) {
        return m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class)
                || m.isAnnotationPresent(DELETE.class) || m.isAnnotationPresent(PATCH.class);
    }

    private static void check(Type type, String where, Set<Class<?>> seen, List<String> uncovered) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (!Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw) && !ours(raw)) {
                uncovered.add(where + ": " + type.getTypeName());
                return;
            }
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, where, seen, uncovered);
            }
            if (ours(raw)) {
                check(raw, where, seen, uncovered);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                check(bound, where, seen, uncovered);
            }
        } else if (type instanceof TypeVariable<?>) {
            // Bound by the parameterized type that uses it, which is checked there.
        } else if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum() || PLAIN.contains(c) || !seen.add(c)) {
                return;
            }
            if (!ours(c)) {
                // The writer leaves these top-level answers to JSON-B (responses, streams, JSON-P values).
                if (!where.contains(" > ") && ResponseKinds.leftToJsonb(c)) {
                    return;
                }
                uncovered.add(where + ": " + c.getName());
                return;
            }
            for (Type part : parts(c)) {
                check(part, where + " > " + c.getSimpleName(), seen, uncovered);
            }
        } else {
            uncovered.add(where + ": " + type.getTypeName());
        }
    }

    private static boolean ours(Class<?> c) {
        return c.getName().startsWith("org.notegarden.");
    }

    /** What JSON-B and Jackson both write of a class: record components, else public fields and getters. */
    private static List<Type> parts(Class<?> c) {
        List<Type> parts = new ArrayList<>();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                parts.add(rc.getGenericType());
            }
            return parts;
        }
        for (var f : c.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                parts.add(f.getGenericType());
            }
        }
        for (Method m : c.getMethods()) {
            boolean getter = m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
                    && (m.getName().startsWith("get") || m.getName().startsWith("is"));
            if (getter) {
                parts.add(m.getGenericReturnType());
            }
        }
        return parts;
    }

    /** Answers the writer never takes, whatever they hold. */
    private static final class ResponseKinds {
        static boolean leftToJsonb(Class<?> c) {
            return c == void.class || c == Void.class || c.getName().startsWith("jakarta.ws.rs.") || c.getName().startsWith("jakarta.json.")
                    || c == byte[].class || java.io.InputStream.class.isAssignableFrom(c);
        }
    }
}
