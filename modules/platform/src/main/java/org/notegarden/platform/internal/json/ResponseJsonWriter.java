package org.notegarden.platform.internal.json;

import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.io.IOException;

/**
 * Writes the app's own {@code application/json} answers with Jackson instead of JSON-B (Yasson).
 *
 * <p>Why: async-profiler put writing the body at 12 % of a search request's CPU, nearly all of
 * it Yasson's reflective property access, against a few percent for the same work in Jackson.
 * The JSON is the same: {@link ResponseJson} reproduces JSON-B's defaults, and
 * ResponseJsonWriterTest holds both libraries' output equal on the API's shapes.
 *
 * <p>Only the app's types go this way ({@link ResponseTypes}); anything else (JSON-P values,
 * strings, streams, a partner plugin's own classes) and every request body stay with Payara's
 * JSON-B provider, whose errors the exception mappers already word as problems. Jackson is
 * Payara's own copy (the WAR must not carry one, see the app's POM).
 *
 * <p>An answer is made whole first and then sent in one write with its {@code Content-Length}:
 * its length is known before its first byte, so Grizzly sends it whole rather than in chunks, and
 * Jersey needs no buffer of its own to learn the length (Jersey allocates the buffer it is given
 * whole, for every answer; see the app's {@code NotegardenApplication}).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
@Priority(Priorities.ENTITY_CODER)
public class ResponseJsonWriter implements MessageBodyWriter<Object> {
    private static final ObjectWriter WRITER = ResponseJson.writer();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType != null && "application".equals(mediaType.getType()) && "json".equals(mediaType.getSubtype())
                && ResponseTypes.ours(type, genericType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        byte[] json = WRITER.writeValueAsBytes(value);
        headers.putSingle(HttpHeaders.CONTENT_LENGTH, json.length);
        body.write(json);
    }
}
