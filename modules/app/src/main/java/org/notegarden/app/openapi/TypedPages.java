package org.notegarden.app.openapi;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.notegarden.platform.api.Page;

/**
 * One page schema per item type. Payara writes every {@code Page<T>} as one "Page" whose items
 * are bare objects (erasure), so a client of the feed got a list of maps. Each page answer
 * becomes {@code <T>Page} — the same shape ({@code items}, {@code nextCursor}: pass it back as
 * {@code cursor}; absent on the last page) with the items typed.
 */
final class TypedPages {
    private TypedPages() {
    }

    static void apply(OpenAPI api, Map<String, Method> methods) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null || api.getComponents() == null
                || api.getComponents().getSchemas() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((verb, op) -> {
            Method method = methods.get(verb.name() + " " + path);
            String itemType = method == null ? null : pageItem(method.getGenericReturnType());
            APIResponse ok = op.getResponses() == null ? null : op.getResponses().getAPIResponse("200");
            if (itemType == null || !api.getComponents().getSchemas().containsKey(itemType) || ok == null || ok.getContent() == null) {
                return;
            }
            for (MediaType media : ok.getContent().getMediaTypes().values()) {
                if (media.getSchema() != null && isPage(media.getSchema())) {
                    if (!api.getComponents().getSchemas().containsKey(itemType + "Page")) {
                        api.getComponents().addSchema(itemType + "Page", page(itemType));
                    }
                    media.setSchema(OASFactory.createSchema().ref(itemType + "Page"));
                }
            }
        }));
        boolean untypedPageLeft = api.getPaths().getPathItems().values().stream().flatMap(i -> i.getOperations().values().stream())
                .filter(op -> op.getResponses() != null && op.getResponses().getAPIResponses() != null)
                .flatMap(op -> op.getResponses().getAPIResponses().values().stream())
                .filter(r -> r.getContent() != null && r.getContent().getMediaTypes() != null)
                .flatMap(r -> r.getContent().getMediaTypes().values().stream())
                .anyMatch(m -> m.getSchema() != null && isPage(m.getSchema()));
        if (!untypedPageLeft) {
            api.getComponents().removeSchema("Page");
        }
    }

    private static boolean isPage(Schema schema) {
        return "#/components/schemas/Page".equals(schema.getRef());
    }

    /** The simple name of T when the type is {@code Page<T>}. */
    private static String pageItem(Type returned) {
        if (returned instanceof ParameterizedType p && p.getRawType() == Page.class
                && p.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item.getSimpleName();
        }
        return null;
    }

    private static Schema page(String itemType) {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("A page of " + itemType + "; pass nextCursor back as cursor for the next, absent on the last page.")
                .addProperty("items", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(itemType)))
                .addProperty("nextCursor", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .required(List.of("items"));
    }
}
