package org.notegarden.commerce.internal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.platform.api.Problems;

/**
 * Which URLs may receive webhooks. A merchant chooses the URL and the server calls it, so
 * without care a merchant could make the server call into its own network (the cloud metadata
 * address, an admin port on localhost). Only https on public addresses is allowed, checked when
 * the endpoint is registered and again, on the resolved addresses, before every try.
 */
@ApplicationScoped
public class WebhookTargets {
    WebhookSettings settings;

    @Inject
    public WebhookTargets(WebhookSettings settings) {
        this.settings = settings;
    }

    /** For the CDI container's proxy only. */
    protected WebhookTargets() {
    }

    /** The URL as it will be called, or a 422 naming {@code url}. */
    String accept(String url) {
        if (url == null || url.isBlank()) {
            throw Problems.invalid("url", CommerceMessages.IS_REQUIRED);
        }
        if (url.length() > 2000) {
            throw Problems.invalid("url", CommerceMessages.MUST_BE_AT_MOST_2000_CHARACTERS);
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw Problems.invalid("url", CommerceMessages.MUST_BE_HTTPS_ADDRESS_ON_INTERNET);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean schemeOk = scheme.equals("https") || scheme.equals("http") && settings.allowPrivateTargets();
        if (!schemeOk || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
                || literalPrivate(uri.getHost())) {
            throw Problems.invalid("url", CommerceMessages.MUST_BE_HTTPS_ADDRESS_ON_INTERNET);
        }
        return uri.toString();
    }

    /** Why this URL must not be called now (its host resolves to a private address), if it must not. */
    Optional<String> refusal(URI uri) {
        if (settings.allowPrivateTargets()) {
            return Optional.empty();
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(a)) {
                    return Optional.of("refused: " + uri.getHost() + " resolves to the private address " + a.getHostAddress());
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + uri.getHost());
        }
    }

    /** A host written as a private IP literal (or localhost) is refused at once, before any lookup. */
    private boolean literalPrivate(String host) {
        if (settings.allowPrivateTargets()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        boolean literal = h.startsWith("[") || h.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        if (!literal) {
            return false;
        }
        try {
            return isPrivate(InetAddress.getByName(h.replace("[", "").replace("]", "")));
        } catch (UnknownHostException e) {
            return true;
        }
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 // 100.64/10, carrier-grade NAT
                || (b[0] & 0xff) == 0; // 0/8
    }
}
