package org.notegarden.app.openapi;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.notegarden.platform.api.EnumValues;

/**
 * Gives numbers the size the Java type has, which Payara leaves out: it writes every long and
 * every double as a bare "number", so a generated client holds ids as BigDecimal. A long becomes
 * integer/int64, an int integer/int32, a double number/double. A record's primitive components
 * are always in the JSON, so they are also listed as required. A text field marked
 * {@link EnumValues} lists its enum's constant names.
 */
final class JavaTypeFormats {
    private JavaTypeFormats() {
    }

    /** @param types the API's types by simple name, as {@link ApiTypes#reachableFrom} finds them */
    static void apply(Map<String, Schema> schemas, Map<String, Set<Class<?>>> types) {
        schemas.forEach((name, schema) -> {
            Set<Class<?>> candidates = types.get(name);
            if (candidates == null || candidates.size() != 1 || schema.getProperties() == null) {
                return;
            }
            Class<?> type = candidates.iterator().next();
            List<String> required = new ArrayList<>();
            schema.getProperties().forEach((property, propertySchema) -> {
                AnnotatedElement element = element(type, property);
                Type javaType = element instanceof RecordComponent rc ? rc.getGenericType()
                        : element instanceof Field f ? f.getGenericType() : null;
                if (javaType != null) {
                    size(propertySchema, javaType);
                    EnumValues values = element.getAnnotation(EnumValues.class);
                    if (values != null && propertySchema.getRef() == null) {
                        propertySchema.setEnumeration(Arrays.stream(values.value().getEnumConstants())
                                .<Object>map(c -> ((Enum<?>) c).name()).toList());
                    }
                    if (type.isRecord() && javaType instanceof Class<?> c && c.isPrimitive()) {
                        required.add(property);
                    }
                }
            });
            if (!required.isEmpty()) {
                List<String> all = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
                required.stream().filter(r -> !all.contains(r)).forEach(all::add);
                schema.setRequired(all);
            }
        });
    }

    /** The record component or public field behind a property, or null. */
    private static AnnotatedElement element(Class<?> type, String property) {
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                if (rc.getName().equals(property)) {
                    return rc;
                }
            }
            return null;
        }
        for (Field f : type.getFields()) {
            if (f.getName().equals(property) && !Modifier.isStatic(f.getModifiers())) {
                return f;
            }
        }
        return null;
    }

    private static void size(Schema schema, Type javaType) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (schema.getType() == Schema.SchemaType.ARRAY) {
            Type element = element(javaType);
            if (element != null) {
                size(schema.getItems(), element);
            }
            return;
        }
        if (!(javaType instanceof Class<?> c) || schema.getFormat() != null) {
            return;
        }
        if (c == long.class || c == Long.class) {
            schema.setType(Schema.SchemaType.INTEGER);
            schema.setFormat("int64");
        } else if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            schema.setType(Schema.SchemaType.INTEGER);
            schema.setFormat("int32");
        } else if (c == double.class || c == Double.class) {
            schema.setFormat("double");
        } else if (c == float.class || c == Float.class) {
            schema.setFormat("float");
        }
    }

    private static Type element(Type collection) {
        if (collection instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (collection instanceof GenericArrayType a) {
            return a.getGenericComponentType();
        }
        if (collection instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        return null;
    }
}
