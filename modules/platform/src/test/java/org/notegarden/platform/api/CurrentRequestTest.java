package org.notegarden.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class CurrentRequestTest {
    private final CurrentRequest current = new CurrentRequest();

    @Test
    void theRequestIsCurrentWhileItIsServedAndForgottenAfter() throws Exception {
        HttpServletRequest request = request("en");
        assertEquals(Optional.empty(), current.get(), "outside a request");
        CurrentRequest.serving(request, () -> {
            assertEquals(Optional.of(request), current.get());
            assertEquals(Optional.of("en"), current.header("Accept-Language"));
            // Another thread (a managed executor's task) serves no request.
            assertEquals(Optional.empty(), CompletableFuture.supplyAsync(current::get).join());
        });
        assertEquals(Optional.empty(), current.get(), "after the response");
    }

    @Test
    void aFailingRequestIsForgottenToo() {
        assertThrows(IOException.class, () -> CurrentRequest.serving(request("en"), () -> {
            throw new IOException("client went away");
        }));
        assertTrue(current.get().isEmpty());
    }

    @Test
    void aDispatchInsideARequestIsCurrentWhileItRunsThenTheOuterOneAgain() throws Exception {
        HttpServletRequest outer = request("en");
        HttpServletRequest errorPage = request("zh");
        CurrentRequest.serving(outer, () -> {
            CurrentRequest.serving(errorPage, () -> assertEquals(Optional.of("zh"), current.header("Accept-Language")));
            assertEquals(Optional.of("en"), current.header("Accept-Language"));
        });
    }

    /** A request that answers only its Accept-Language header. */
    private static HttpServletRequest request(String language) {
        return (HttpServletRequest) Proxy.newProxyInstance(CurrentRequestTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "Accept-Language".equals(args[0]) ? language : null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "request " + language;
                    default -> null;
                });
    }
}
