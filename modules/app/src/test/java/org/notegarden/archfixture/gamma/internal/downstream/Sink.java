package org.notegarden.archfixture.gamma.internal.downstream;

import org.notegarden.archfixture.gamma.internal.upstream.Source;
import org.notegarden.archfixture.kernel.api.Lonely;

/** Fixture: a downstream part that uses the upstream one; with Source this is a cycle. */
public class Sink {
    public Source origin() {
        return new Source();
    }

    public Lonely kernelType() {
        return new Lonely();
    }
}
