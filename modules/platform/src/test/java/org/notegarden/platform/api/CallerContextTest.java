package org.notegarden.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The caller belongs to the request being served: one per request, none outside one. */
class CallerContextTest {
    private final CallerContext callers = new CallerContext(new CurrentRequest());
    private final Caller mei = new Caller(7, "mei", Set.of(Role.USER), false, "zh-CN");

    @Test
    void theCallerIsKnownForTheRestOfTheirRequestOnly() throws Exception {
        CurrentRequest.serving(request(), () -> {
            assertEquals(Optional.empty(), callers.current(), "anonymous until the filter authenticates");
            assertEquals(401, assertThrows(ProblemException.class, callers::require).status());
            callers.authenticate(mei);
            assertEquals(mei, callers.require());
            assertEquals(403, assertThrows(ProblemException.class, () -> callers.requireRole(Role.ADMIN)).status());
            assertThrows(IllegalStateException.class, () -> callers.authenticate(mei), "a request has one caller");
        });
        CurrentRequest.serving(request(), () -> assertEquals(Optional.empty(), callers.current(), "the next request starts anonymous"));
    }

    @Test
    void outsideARequestNobodyIsCalling() {
        assertTrue(callers.current().isEmpty());
        assertThrows(IllegalStateException.class, () -> callers.authenticate(mei));
    }

    /** A request that keeps attributes. */
    private static HttpServletRequest request() {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(CallerContextTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> null;
                });
    }
}
