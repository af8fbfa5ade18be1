package org.notegarden.community.internal.tally;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.notegarden.community.api.NoteSales;

/** Counts the orders (and refunds,
        as −1) and revenue that commerce attributes to notes. Memory only: it runs after commerce's commit. */
@ApplicationScoped
public class SalesFromNotes {
    Insights insights;

    @Inject
    public SalesFromNotes(Insights insights) {
        this.insights = insights;
    }

    /** For the CDI container's proxy only. */
    protected SalesFromNotes() {
    }

    void sold(@Observes NoteSales sales) {
        for (NoteSales.Sale s : sales.sales()) {
            insights.direct(new InsightEvent(InsightKind.ORDER, s.noteId(), 0, Origin.UNKNOWN, Long.signum(s.units()),
                    s.amountMinor(),
                    s.currency(), sales.at()));
        }
    }
}
