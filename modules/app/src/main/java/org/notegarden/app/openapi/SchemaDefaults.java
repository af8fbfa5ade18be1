package org.notegarden.app.openapi;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Payara copies every attribute of a {@code @Schema} annotation into the document, defaults
 * included, so a typed answer read {@code "maxProperties": 0, "minLength": 0, "nullable": false, …}:
 * "an object with no properties at all" to a validator. Those values were never said; this takes
 * them out of every schema in the document, in components and inline.
 */
final class SchemaDefaults {
    private SchemaDefaults() {
    }

    static void strip(OpenAPI api) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(s -> strip(s, seen));
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> strip(op, seen)));
    }

    private static void strip(Operation op, Set<Schema> seen) {
        if (op.getRequestBody() != null) {
            strip(op.getRequestBody().getContent(), seen);
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            op.getResponses().getAPIResponses().values().forEach(r -> strip(r.getContent(), seen));
        }
        if (op.getParameters() != null) {
            op.getParameters().forEach(p -> strip(p.getSchema(), seen));
        }
    }

    private static void strip(Content content, Set<Schema> seen) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> strip(m.getSchema(), seen));
        }
    }

    private static void strip(Schema s, Set<Schema> seen) {
        if (s == null || !seen.add(s)) {
            return;
        }
        if (Boolean.FALSE.equals(s.getExclusiveMaximum())) s.setExclusiveMaximum(null);
        if (Boolean.FALSE.equals(s.getExclusiveMinimum())) s.setExclusiveMinimum(null);
        if (Boolean.FALSE.equals(s.getUniqueItems())) s.setUniqueItems(null);
        if (Boolean.FALSE.equals(s.getNullable())) s.setNullable(null);
        if (Boolean.FALSE.equals(s.getReadOnly())) s.setReadOnly(null);
        if (Boolean.FALSE.equals(s.getWriteOnly())) s.setWriteOnly(null);
        if (Boolean.FALSE.equals(s.getDeprecated())) s.setDeprecated(null);
        if (Objects.equals(0, s.getMinLength())) s.setMinLength(null);
        if (Objects.equals(0, s.getMinProperties())) s.setMinProperties(null);
        if (Objects.equals(0, s.getMaxProperties())) s.setMaxProperties(null);
        Map<String, Schema> properties = s.getProperties();
        Stream.of(properties == null ? List.<Schema>of() : properties.values(), nonNull(s.getAllOf()), nonNull(s.getAnyOf()),
                nonNull(s.getOneOf()), s.getItems() == null ? List.<Schema>of() : List.of(s.getItems()),
                s.getAdditionalPropertiesSchema() == null ? List.<Schema>of() : List.of(s.getAdditionalPropertiesSchema()),
                s.getNot() == null ? List.<Schema>of() : List.of(s.getNot()))
                .flatMap(java.util.Collection::stream).forEach(child -> strip(child, seen));
    }

    private static List<Schema> nonNull(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
