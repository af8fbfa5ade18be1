package org.notegarden.compliance.internal.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.notegarden.compliance.api.Consents;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The privacy centre's consents: current choices, their history, and one switch per purpose. */
@RequestScoped
@Path("privacy/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class ConsentResource {
    CallerContext caller;
    ConsentService consents;

    @Inject
    public ConsentResource(CallerContext caller, ConsentService consents) {
        this.caller = caller;
        this.consents = consents;
    }

    /** For the CDI container's proxy only. */
    protected ConsentResource() {
    }

    public static class ConsentBody {
        @Schema(required = true)
        public String purpose;
        @Schema(required = true)
        public Boolean granted;
    }

    public record Entry(String purpose, boolean granted, String noticeVersion, String source, Instant at) {
    }

    public record ConsentsView(String noticeVersion, Map<Consents.Purpose, Boolean> current, List<Entry> history) {
    }

    @GET
    public ConsentsView get() {
        long me = caller.require().accountId();
        return view(me);
    }

    @PUT
    public ConsentsView set(ConsentBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        Consents.Purpose purpose;
        try {
            purpose = Consents.Purpose.valueOf(body.purpose == null ? "" : body.purpose.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("purpose", ComplianceMessages.MUST_BE_PERSONALISATION_MARKETING_OR_ANALYTICS);
        }
        if (body.granted == null) {
            throw Problems.invalid("granted", ComplianceMessages.IS_REQUIRED_TRUE_OR_FALSE);
        }
        consents.record(me, purpose, body.granted, ConsentRecord.Source.USER);
        return view(me);
    }

    private ConsentsView view(long me) {
        Map<Consents.Purpose, Boolean> current = new java.util.EnumMap<>(Consents.Purpose.class);
        for (Consents.Purpose p : Consents.Purpose.values()) {
            current.put(p, consents.granted(me, p));
        }
        return new ConsentsView(consents.noticeVersion(), current, consents.history(me).stream()
                .map(c -> new Entry(c.getPurpose().name(), c.isGranted(), c.getNoticeVersion(), c.getSource().name(),
                        c.getAt())).toList());
    }
}
