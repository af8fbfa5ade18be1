package org.notegarden.platform.internal;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.notegarden.platform.api.MessageKey;
import org.notegarden.platform.api.PlatformMessages;
import org.notegarden.platform.api.Problems;

/**
 * Query parameters are checked like fields of a body: a whole-number parameter ({@code ?limit=20})
 * that is no whole number answers 422 naming the parameter (JAX-RS would answer a bare 404,
 * which tells a client nothing), and a yes/no parameter that is neither {@code true} nor
 * {@code false} answers 422 too (JAX-RS would read "maybe" as false without a word). A path
 * parameter that is no number keeps its 404: such a resource cannot exist.
 */
@Provider
public class QueryParamValues implements ParamConverterProvider {
    /** A parser and the message its failure gives. */
    private record Parser(Function<String, ?> parse, MessageKey failure) {
    }

    private static final MessageKey WHOLE = PlatformMessages.MUST_BE_WHOLE_NUMBER;
    private static final Map<Class<?>, Parser> PARSERS = Map.of(
            Integer.class, new Parser(Integer::valueOf, WHOLE), int.class, new Parser(Integer::valueOf, WHOLE),
            Long.class, new Parser(Long::valueOf, WHOLE), long.class, new Parser(Long::valueOf, WHOLE),
            Boolean.class, new Parser(QueryParamValues::yesNo, PlatformMessages.MUST_BE_TRUE_OR_FALSE),
            boolean.class, new Parser(QueryParamValues::yesNo, PlatformMessages.MUST_BE_TRUE_OR_FALSE));

    /** What an absent primitive parameter is, as JAX-RS gives it without a converter; wrappers stay null. */
    private static final Map<Class<?>, Object> ABSENT = Map.of(int.class, 0, long.class, 0L, boolean.class, false);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Parser parser = PARSERS.get(rawType);
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (parser == null || name == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    // An absent parameter: JAX-RS asks the converter, and a primitive cannot be null.
                    return (T) ABSENT.get(rawType);
                }
                try {
                    return (T) parser.parse().apply(value.strip());
                } catch (IllegalArgumentException e) {
                    // A WebApplicationException is the one kind JAX-RS passes on unchanged from a converter.
                    throw new BadRequestException(Problems.invalid(name, parser.failure()));
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static Boolean yesNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }
}
