package org.notegarden.archfixture.gamma.internal.upstream;

import org.notegarden.archfixture.gamma.internal.downstream.Sink;

/** Fixture: an upstream part that reaches back into a downstream one (a package cycle). */
public class Source {
    public Sink next() {
        return new Sink();
    }
}
