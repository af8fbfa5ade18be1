package org.notegarden.i18n.internal.search;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Makes {@link TraditionalToSimplifiedFilter}s for the analyzers built here (by class, never looked up by name). */
public final class TraditionalToSimplifiedFilterFactory extends TokenFilterFactory {
    public static final String NAME = "notegardenTraditionalToSimplified";

    public TraditionalToSimplifiedFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For Lucene's service loading rules only. */
    public TraditionalToSimplifiedFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new TraditionalToSimplifiedFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
