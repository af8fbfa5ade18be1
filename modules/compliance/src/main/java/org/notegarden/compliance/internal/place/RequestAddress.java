package org.notegarden.compliance.internal.place;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The current request's client address, worked out once: a note page asks for it several times
 * (insights origin, label wording, place stamps) and each ask would re-read the headers.
 */
@RequestScoped
public class RequestAddress {
    private Optional<byte[]> address;

    Optional<byte[]> get(Supplier<Optional<byte[]>> resolve) {
        if (address == null) {
            address = resolve.get();
        }
        return address;
    }
}
