package org.notegarden.platform.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A Jackson writer that writes what JSON-B's defaults write, so clients cannot tell which library
 * answered:
 * <ul>
 * <li>a null property is left out, unless its class carries {@code @JsonbNillable} (as
 * {@code Page} does, so "no next cursor" is an explicit null); a null inside a list or a map is
 * written, as JSON-B writes it;</li>
 * <li>properties in lexicographical order;</li>
 * <li>dates and times as ISO-8601 text, with JSON-B's formatters (Payara's Jackson has no
 * java.time module, and JSON-B's formats are what the API document promises);</li>
 * <li>an object without properties as {@code {}} rather than an error;</li>
 * <li>emoji and other characters beyond the BMP as UTF-8.</li>
 * </ul>
 */
final class ResponseJson {
    private ResponseJson() {
    }

    static ObjectWriter writer() {
        return mapper().writer();
    }

    static JsonMapper mapper() {
        SimpleModule time = new SimpleModule("json-b-time");
        time.addSerializer(Instant.class, new FormattedTimeSerializer<>(Instant.class, DateTimeFormatter.ISO_INSTANT));
        time.addSerializer(LocalDate.class, new FormattedTimeSerializer<>(LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE));
        time.addSerializer(LocalTime.class, new FormattedTimeSerializer<>(LocalTime.class, DateTimeFormatter.ISO_LOCAL_TIME));
        time.addSerializer(LocalDateTime.class,
                new FormattedTimeSerializer<>(LocalDateTime.class, DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        time.addSerializer(OffsetDateTime.class,
                new FormattedTimeSerializer<>(OffsetDateTime.class, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        time.addSerializer(ZonedDateTime.class,
                new FormattedTimeSerializer<>(ZonedDateTime.class, DateTimeFormatter.ISO_ZONED_DATE_TIME));
        time.addSerializer(Duration.class, ToStringSerializer.instance);
        return JsonMapper.builder()
                .addModule(time)
                // Accessors called through generated lambdas rather than Method.invoke: reflection
                // was a fifth of writing a new search's answer (async-profiler, modules/app/README.md).
                .addModule(new BlackbirdModule())
                .annotationIntrospector(new NillableAware())
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                // Characters outside the BMP (emoji) as UTF-8, not as two escaped surrogates.
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
    }

    /** A class with {@code @JsonbNillable} writes its null properties, as JSON-B does. */
    private static final class NillableAware extends JacksonAnnotationIntrospector {
        @Override
        public JsonInclude.Value findPropertyInclusion(Annotated a) {
            JsonInclude.Value own = super.findPropertyInclusion(a);
            JsonbNillable nillable = a.getAnnotation(JsonbNillable.class);
            return nillable != null && nillable.value() ? own.withValueInclusion(JsonInclude.Include.ALWAYS) : own;
        }
    }
}
