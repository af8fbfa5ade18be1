package org.notegarden.compliance.internal.place;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.api.CurrentRequest;

/** The client address is worked out once per request, kept on the request itself, and never outside one. */
class CurrentAddressTest {
    private final OfflineIpLocation location = new OfflineIpLocation(new CurrentRequest(), null, Optional.of("10.0.0.1"));

    /**
     * A servlet request with a peer, an X-Forwarded-For header and attributes; counts how often the
     * header is read. Any other method fails the test by name: the address must come from these alone.
     */
    private static HttpServletRequest request(String peer, String forwardedFor, AtomicInteger headerReads) {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(CurrentAddressTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> peer;
                    case "getHeaders" -> {
                        headerReads.incrementAndGet();
                        yield Collections.enumeration("X-Forwarded-For".equals(args[0]) ? List.of(forwardedFor) : List.<String>of());
                    }
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aRequestsAddressIsWorkedOutOnceAndEachRequestHasItsOwn() throws Exception {
        AtomicInteger firstReads = new AtomicInteger();
        CurrentRequest.serving(request("10.0.0.1", "203.0.113.7", firstReads), () -> {
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(new byte[] {(byte) 203, 0, 113, 7}, location.currentAddress().orElseThrow(),
                        "behind the trusted proxy, the forwarded address");
            }
        });
        assertEquals(1, firstReads.get(), "the headers are read once per request");

        AtomicInteger secondReads = new AtomicInteger();
        CurrentRequest.serving(request("198.51.100.4", "203.0.113.7", secondReads), () ->
                assertArrayEquals(new byte[] {(byte) 198, 51, 100, 4}, location.currentAddress().orElseThrow(),
                        "a peer that is no trusted proxy is the client, whatever it forwards"));
        assertEquals(1, secondReads.get());
    }

    @Test
    void outsideARequestThereIsNoAddress() {
        assertTrue(location.currentAddress().isEmpty());
        assertTrue(location.currentClientKey().isEmpty());
    }
}
