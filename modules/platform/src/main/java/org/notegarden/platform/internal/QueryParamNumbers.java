package org.notegarden.platform.internal;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.notegarden.platform.api.PlatformMessages;
import org.notegarden.platform.api.Problems;

/**
 * Whole-number query parameters ({@code ?limit=20}) that are not whole numbers answer 422
 * naming the parameter, like a bad field in a body. JAX-RS would otherwise answer a bare 404,
 * which tells a client nothing. (A path parameter that is no number keeps its 404: such a
 * resource cannot exist.)
 */
@Provider
public class QueryParamNumbers implements ParamConverterProvider {
    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.of(
            Integer.class, Integer::valueOf, int.class, Integer::valueOf,
            Long.class, Long::valueOf, long.class, Long::valueOf);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> parse = PARSERS.get(rawType);
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (parse == null || name == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) parse.apply(value.strip());
                } catch (NumberFormatException e) {
                    // A WebApplicationException is the one kind JAX-RS passes on unchanged from a converter.
                    throw new BadRequestException(Problems.invalid(name, PlatformMessages.MUST_BE_WHOLE_NUMBER));
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }
}
