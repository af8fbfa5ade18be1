package org.notegarden.app.openapi;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * Finishes the document Payara builds from the resources, so standard tools accept it: unique,
 * intention-revealing operationIds with summaries and a group per area ({@link OperationNames}),
 * the two ways to authenticate, the problem+json answer every operation can give, and servers
 * without a trailing slash. Registered with {@code mp.openapi.filter}.
 */
public class ApiDocumentFilter implements OASFilter {
    static final String PROBLEM = "Problem";
    /** Where the REST application is mounted (NotegardenApplication's @ApplicationPath). */
    static final String APPLICATION_PATH = org.notegarden.app.NotegardenApplication.class
            .getAnnotation(jakarta.ws.rs.ApplicationPath.class).value();

    /** A raw upload names its real body with @RequestBody; Payara adds a bare any-type object beside it, which tells a client nothing. */
    @Override
    public RequestBody filterRequestBody(RequestBody body) {
        if (body.getContent() != null && body.getContent().getMediaTypes() != null
                && body.getContent().getMediaTypes().size() > 1 && body.getContent().hasMediaType("*/*")) {
            body.getContent().removeMediaType("*/*");
        }
        return body;
    }

    /**
     * Sizes whole-number parameters, which Payara leaves unsized: a bare "number" parameter is a
     * Java long (ids: no parameter of the API is fractional) and a bare "integer" a Java int.
     */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getRef() == null && schema.getFormat() == null) {
            if (schema.getType() == Schema.SchemaType.NUMBER) {
                schema.type(Schema.SchemaType.INTEGER).format("int64");
            } else if (schema.getType() == Schema.SchemaType.INTEGER) {
                schema.format("int32");
            }
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            name(api.getPaths().getPathItems());
        }
        SchemaDefaults.strip(api);
        InlineSchemas.referenceNamed(api);
        List<Class<?>> resources = deployedResources();
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            JavaTypeFormats.apply(api.getComponents().getSchemas(), ApiTypes.reachableFrom(resources));
        }
        TypedPages.apply(api, ResourceMethods.byOperation(APPLICATION_PATH, resources));
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        components.addSchema(PROBLEM, problemSchema());
        components.addSecurityScheme("bearerToken", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("An API token from POST /api/v1/auth/login with \"mode\":\"token\"."));
        components.addSecurityScheme("sessionCookie", OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("ng_session")
                .description("The browser session from POST /api/v1/auth/login; writes also need csrfHeader."));
        components.addSecurityScheme("csrfHeader", OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-CSRF-Token")
                .description("The value of the ng_csrf cookie, echoed on every write made with the session cookie."));
        api.setComponents(components);
        SecurityAlternatives.apply(api);
        if (api.getServers() != null) {
            for (Server s : api.getServers()) {
                if (s.getUrl() != null && s.getUrl().length() > 1 && s.getUrl().endsWith("/")) {
                    s.setUrl(s.getUrl().substring(0, s.getUrl().length() - 1));
                }
            }
        }
        if (api.getInfo() != null && api.getInfo().getLicense() != null && api.getInfo().getLicense().getUrl() == null) {
            api.getInfo().getLicense().setUrl("https://www.apache.org/licenses/LICENSE-2.0");
        }
    }

    /** The deployed resource classes, from the CDI container (none when the filter runs outside one). */
    private static List<Class<?>> deployedResources() {
        try {
            return CDI.current().getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                    .map(Bean::getBeanClass).filter(c -> c.isAnnotationPresent(Path.class)).distinct()
                    .<Class<?>>map(c -> c).toList();
        } catch (IllegalStateException noContainer) {
            return List.of();
        }
    }

    private static void name(Map<String, PathItem> paths) {
        Map<String, Map<PathItem.HttpMethod, Operation>> sorted = new TreeMap<>();
        paths.forEach((path, item) -> sorted.put(path, item.getOperations()));
        Map<Operation, String> ids = new IdentityHashMap<>(); // models may be equal by content
        sorted.forEach((path, ops) -> ops.forEach((method, op) -> ids.put(op, OperationNames.operationId(op.getOperationId(), path,
                op.getResponses() != null && op.getResponses().hasAPIResponse("201")))));
        // Names that meet are told apart by the path's parameters, then, if still needed, by the method.
        Set<String> shared = sharedNames(ids);
        sorted.forEach((path, ops) -> ops.forEach((method, op) -> {
            if (shared.contains(ids.get(op))) {
                ids.put(op, OperationNames.withParameters(ids.get(op), path));
            }
        }));
        Set<String> stillShared = sharedNames(ids);
        sorted.forEach((path, ops) -> ops.forEach((method, op) -> {
            String id = ids.get(op);
            if (stillShared.contains(id)) {
                id = id + method.name().charAt(0) + method.name().substring(1).toLowerCase(Locale.ROOT);
            }
            op.setOperationId(id);
            if (op.getSummary() == null || op.getSummary().isBlank()) {
                op.setSummary(OperationNames.summary(id));
            }
            op.setTags(List.of(OperationNames.tag(path)));
            if (op.getResponses() != null) {
                statusForDefault(op.getResponses());
                if (op.getResponses().getAPIResponse("4XX") == null) {
                    op.getResponses().addAPIResponse("4XX", problemResponse());
                }
            }
        }));
    }

    /**
     * A method that returns its answer (not a {@code Response}) answers 200 with it, or 204 when
     * it has none; the document says so instead of leaving clients a "default" they cannot
     * tell success by. Methods that choose their status say which with {@code @APIResponse}.
     */
    private static void statusForDefault(APIResponses responses) {
        APIResponse fallback = responses.getDefaultValue();
        boolean saysSuccess = responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
        if (fallback == null || saysSuccess) {
            return;
        }
        responses.removeAPIResponse(APIResponses.DEFAULT);
        boolean hasBody = fallback.getContent() != null && fallback.getContent().getMediaTypes() != null
                && !fallback.getContent().getMediaTypes().isEmpty();
        responses.addAPIResponse(hasBody ? "200" : "204", fallback.description(hasBody ? "OK" : "Done; nothing to return"));
    }

    private static Set<String> sharedNames(Map<Operation, String> ids) {
        Map<String, Integer> uses = new HashMap<>();
        ids.values().forEach(id -> uses.merge(id, 1, Integer::sum));
        Set<String> shared = new HashSet<>();
        uses.forEach((id, n) -> {
            if (n > 1) {
                shared.add(id);
            }
        });
        return shared;
    }

    private static APIResponse problemResponse() {
        return OASFactory.createAPIResponse().description("A problem (RFC 9457) naming what was wrong, and the field.")
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text).required(List.of("field", "message"));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("application/problem+json (RFC 9457), in the reader's language")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", text).addProperty("detail", text)
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError))
                .required(List.of("type", "title", "status"));
    }
}
