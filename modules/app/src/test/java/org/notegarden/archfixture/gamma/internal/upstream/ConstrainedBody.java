package org.notegarden.archfixture.gamma.internal.upstream;

import jakarta.validation.constraints.NotBlank;

/** Fixture: a request body checked by a Bean Validation annotation instead of the module's rules. */
public record ConstrainedBody(@NotBlank String name) {
}
