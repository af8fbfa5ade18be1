package org.notegarden.commerce.internal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Page;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.Problems;

/**
 * Registering endpoints and reading their delivery logs. Every call names its owner: a shop's id,
 * or null for the platform-wide endpoints admins keep; an endpoint of another owner does not
 * exist for the caller (404, never 403, so ids cannot be probed).
 */
@ApplicationScoped
public class WebhookService {
    WebhookEndpointRepository endpoints;
    WebhookTargets targets;
    WebhookQueue queue;
    WebhookSettings settings;
    Event<WebhookOutbox.WebhooksQueued> queued;
    Clock clock;

    @Inject
    public WebhookService(WebhookEndpointRepository endpoints, WebhookTargets targets, WebhookQueue queue,
                          WebhookSettings settings, Event<WebhookOutbox.WebhooksQueued> queued, Clock clock) {
        this.endpoints = endpoints;
        this.targets = targets;
        this.queue = queue;
        this.settings = settings;
        this.queued = queued;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected WebhookService() {
    }

    /** What an owner sends to register or change an endpoint. */
    public static class EndpointBody {
        /** The https URL to POST events to. */
        @Schema(required = true)
        public String url;
        /** A note for the owner ("ERP sync"); optional. */
        public String description;
        /** Event types, e.g. {@code order.paid}; at least one. (Payara types a bare @Schema on a list as a list of lists.) */
        @Schema(required = true, type = SchemaType.ARRAY, implementation = String.class)
        public List<String> events;
        /** Whether events are sent (changes only; a new endpoint is on). */
        public Boolean active;
    }

    @Transactional
    public WebhookViews.CreatedEndpoint create(Long shopId, long by, EndpointBody body) {
        EndpointBody b = body == null ? new EndpointBody() : body;
        Valid v = validate(b);
        if (mine(shopId).size() >= settings.endpointsPerOwner()) {
            throw Problems.conflict("url", CommerceMessages.AT_MOST_N_WEBHOOK_ENDPOINTS, settings.endpointsPerOwner());
        }
        WebhookEndpoint e = new WebhookEndpoint(shopId, v.url(), v.description(), v.events(), WebhookSignature.newSecret(), by,
                clock.instant());
        endpoints.add(e);
        return WebhookViews.CreatedEndpoint.of(e);
    }

    @Transactional
    public List<WebhookViews.EndpointView> list(Long shopId) {
        return mine(shopId).stream().map(WebhookViews.EndpointView::of).toList();
    }

    @Transactional
    public WebhookViews.EndpointView change(Long shopId, long id, EndpointBody body) {
        EndpointBody b = body == null ? new EndpointBody() : body;
        WebhookEndpoint e = endpoint(shopId, id);
        Valid v = validate(b);
        e.change(v.url(), v.description(), v.events(), b.active == null ? e.isActive() : b.active);
        return WebhookViews.EndpointView.of(e);
    }

    /** Removes the endpoint with its deliveries and their log. */
    @Transactional
    public void remove(Long shopId, long id) {
        endpoints.remove(endpoint(shopId, id));
    }

    @Transactional
    public Page<WebhookViews.DeliveryView> deliveries(Long shopId, long id, String cursor, Integer limit) {
        endpoint(shopId, id);
        int n = Page.clampLimit(limit);
        Cursor after = Cursor.fromParam(cursor);
        List<WebhookDelivery> fetched = queue.deliveries(id, after == null ? null : after.id(), n);
        boolean more = fetched.size() > n;
        List<WebhookDelivery> shown = more ? fetched.subList(0, n) : fetched;
        List<WebhookViews.DeliveryView> views = shown.stream().map(this::view).toList();
        return new Page<>(views, more ? new Cursor(Instant.EPOCH, shown.get(n - 1).getId()).encode() : null);
    }

    @Transactional
    public WebhookViews.DeliveryDetail delivery(Long shopId, long id, long deliveryId) {
        endpoint(shopId, id);
        WebhookDelivery d = queue.delivery(id, deliveryId).orElseThrow(() -> missingDelivery(deliveryId));
        return new WebhookViews.DeliveryDetail(view(d), queue.event(d.getEventId()).orElseThrow().getPayload(),
                queue.attempts(deliveryId).stream().map(WebhookViews.AttemptView::of).toList());
    }

    /** Sends a delivery's event again, now, as a new delivery with its own tries (whatever became of the first). */
    @Transactional
    public WebhookViews.DeliveryView replay(Long shopId, long id, long deliveryId) {
        endpoint(shopId, id);
        WebhookDelivery d = queue.delivery(id, deliveryId).orElseThrow(() -> missingDelivery(deliveryId));
        WebhookDelivery again = queue.replay(d, clock.instant(), settings.retryFor());
        endpoints.flush();
        queued.fire(new WebhookOutbox.WebhooksQueued(1)); // sent as soon as this commits
        return view(again);
    }

    private WebhookViews.DeliveryView view(WebhookDelivery d) {
        return WebhookViews.DeliveryView.of(d, queue.event(d.getEventId()).map(WebhookEvent::getType).orElse(""));
    }

    private List<WebhookEndpoint> mine(Long shopId) {
        return endpoints.ofOwner(shopId);
    }

    private WebhookEndpoint endpoint(Long shopId, long id) {
        return endpoints.byId(id).filter(e -> Objects.equals(e.getShopId(), shopId))
                .orElseThrow(() -> Problems.notFound("id", CommerceMessages.WEBHOOK_ENDPOINT_N_DOES_NOT_EXIST, id));
    }

    private static RuntimeException missingDelivery(long deliveryId) {
        return Problems.notFound("deliveryId", CommerceMessages.WEBHOOK_DELIVERY_N_DOES_NOT_EXIST, deliveryId);
    }

    private record Valid(String url, String description, Set<WebhookEventType> events) {
    }

    /** Every field's problem at once, each naming its field ({@code events[1]}). */
    private Valid validate(EndpointBody b) {
        List<FieldError> errors = new ArrayList<>();
        String url = null;
        try {
            url = targets.accept(b.url);
        } catch (ProblemException p) {
            errors.addAll(p.errors());
        }
        String description = b.description == null ? "" : b.description.strip();
        if (description.length() > 200) {
            errors.add(new FieldError("description", CommerceMessages.MUST_BE_AT_MOST_200_CHARACTERS));
        }
        Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);
        if (b.events == null || b.events.isEmpty()) {
            errors.add(new FieldError("events", CommerceMessages.CHOOSE_AT_LEAST_ONE_EVENT));
        } else {
            for (int i = 0; i < b.events.size(); i++) {
                int at = i;
                WebhookEventType.ofWireName(b.events.get(i)).ifPresentOrElse(events::add,
                        () -> errors.add(new FieldError("events[" + at + "]", CommerceMessages.MUST_BE_ONE_OF_N, allWireNames())));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return new Valid(url, description, events);
    }

    private static String allWireNames() {
        return Arrays.stream(WebhookEventType.values()).map(WebhookEventType::wireName).collect(Collectors.joining(", "));
    }
}
