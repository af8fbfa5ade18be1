package org.notegarden.platform.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** A date or time as text in the formatter JSON-B uses for its type. */
final class FormattedTimeSerializer<T extends TemporalAccessor> extends StdSerializer<T> {
    private final transient DateTimeFormatter format;

    FormattedTimeSerializer(Class<T> type, DateTimeFormatter format) {
        super(type);
        this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeString(format.format(value));
    }
}
