package org.notegarden.platform.internal.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.Map;

/**
 * Which answers {@link ResponseJsonWriter} writes: the app's own classes, and lists, sets and
 * maps of them (or of strings, numbers and booleans). Everything else is left to JSON-B, so a
 * type this writer was never checked against keeps the shape it always had.
 */
final class ResponseTypes {
    private static final String OURS = "org.notegarden.";

    private ResponseTypes() {
    }

    static boolean ours(Class<?> type, Type genericType) {
        if (type.getName().startsWith(OURS)) {
            return true;
        }
        if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            // Without its element types a collection is left alone: a raw List could hold anything.
            return genericType instanceof ParameterizedType p && allArgumentsAllowed(p);
        }
        return false;
    }

    private static boolean allArgumentsAllowed(ParameterizedType p) {
        for (Type argument : p.getActualTypeArguments()) {
            if (!allowedInside(argument)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowedInside(Type t) {
        if (t instanceof Class<?> c) {
            return c.getName().startsWith(OURS) || c == String.class || c == Boolean.class
                    || Number.class.isAssignableFrom(c) && c.getName().startsWith("java.");
        }
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            return (raw.getName().startsWith(OURS) || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))
                    && allArgumentsAllowed(p);
        }
        if (t instanceof WildcardType w) {
            return w.getLowerBounds().length == 0 && w.getUpperBounds().length == 1 && allowedInside(w.getUpperBounds()[0]);
        }
        return false;
    }
}
