package org.notegarden.app.openapi;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives numbers the size the Java type has, which Payara leaves out: it writes every long and
 * every double as a bare "number", so a generated client holds ids as BigDecimal. A long becomes
 * integer/int64, an int integer/int32, a double number/double. A record's primitive components
 * are always in the JSON, so they are also listed as required.
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
                Type javaType = javaType(type, property);
                if (javaType != null) {
                    size(propertySchema, javaType);
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

    private static Type javaType(Class<?> type, String property) {
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                if (rc.getName().equals(property)) {
                    return rc.getGenericType();
                }
            }
            return null;
        }
        for (Field f : type.getFields()) {
            if (f.getName().equals(property) && !Modifier.isStatic(f.getModifiers())) {
                return f.getGenericType();
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
