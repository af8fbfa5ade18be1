package org.notegarden.app.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceMethodsTest {
    @Path("/things/")
    static class Things {
        @GET
        @Path("{id: \\d+}/parts")
        public String parts(@PathParam("id") long id) {
            return "";
        }

        @GET
        public String all() {
            return "";
        }
    }

    @Test
    void operationsAreNamedAsTheDocumentNamesThem() throws Exception {
        var methods = ResourceMethods.byOperation("/api/v1", List.of(Things.class));
        assertEquals(Things.class.getMethod("parts", long.class), methods.get("GET /api/v1/things/{id}/parts"));
        assertEquals(Things.class.getMethod("all"), methods.get("GET /api/v1/things"));
        assertEquals(2, methods.size());
    }
}
