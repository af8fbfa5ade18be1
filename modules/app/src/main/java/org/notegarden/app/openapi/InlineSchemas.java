package org.notegarden.app.openapi;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Replaces the copies Payara writes into an answer (a method that declares its type through
 * {@code @APIResponse(content = @Schema(implementation = …))} gets the type's properties inline)
 * with a reference to the named schema of the same shape. Generated clients then return
 * {@code NoteDetail} or {@code LoginResult} instead of an anonymous {@code CreateNotes201Response}.
 * An inline object that matches no named schema, or more than one, is left as it is.
 */
final class InlineSchemas {
    private InlineSchemas() {
    }

    static void referenceNamed(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null || api.getPaths() == null
                || api.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> named = api.getComponents().getSchemas();
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> reference(r.getContent(), named));
                }
                if (op.getRequestBody() != null) {
                    reference(op.getRequestBody().getContent(), named);
                }
            }
        }
    }

    private static void reference(Content content, Map<String, Schema> named) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            Schema schema = media.getSchema();
            if (schema == null || schema.getRef() != null || schema.getProperties() == null || schema.getProperties().isEmpty()) {
                continue;
            }
            List<String> same = named.entrySet().stream().filter(e -> sameShape(e.getValue(), schema)).map(Map.Entry::getKey).toList();
            if (same.size() == 1) {
                media.setSchema(org.eclipse.microprofile.openapi.OASFactory.createSchema().ref(same.get(0)));
            }
        }
    }

    /** Same properties with the same types, references, formats and items, recursively. */
    static boolean sameShape(Schema a, Schema b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (!Objects.equals(a.getRef(), b.getRef()) || !Objects.equals(a.getType(), b.getType())
                || !Objects.equals(a.getFormat(), b.getFormat()) || !sameShape(a.getItems(), b.getItems())) {
            return false;
        }
        Map<String, Schema> pa = a.getProperties() == null ? Map.of() : a.getProperties();
        Map<String, Schema> pb = b.getProperties() == null ? Map.of() : b.getProperties();
        if (!pa.keySet().equals(pb.keySet())) {
            return false;
        }
        return pa.entrySet().stream().allMatch(e -> sameShape(e.getValue(), pb.get(e.getKey())));
    }
}
