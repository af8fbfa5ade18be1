package org.notegarden.app.itplugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.notegarden.storefront.spi.OrderListener;
import org.notegarden.storefront.spi.PluginContext;
import org.notegarden.storefront.spi.StorefrontPlugin;

/**
 * A test plugin that appends every order event it hears to the file in its {@code file} setting,
 * one line each ({@code 12:PAID event=3f…}), so an IT running outside the server can check what
 * order listeners are told, and when, and dedupe by event id as a real plugin would.
 * Packed into a plugin folder by the IT itself; never part of the WAR.
 */
public class OrderLogPlugin implements StorefrontPlugin {
    private Path file;

    @Override
    public String id() {
        return "order-log";
    }

    @Override
    public void start(PluginContext context) {
        file = Path.of(context.config("file").orElseThrow(() -> new IllegalStateException("set notegarden.plugin.order-log.file")));
    }

    @Override
    public List<OrderListener> orderListeners() {
        return List.of(event -> {
            try {
                Files.writeString(file, event.orderId() + ":" + event.state() + " event=" + event.eventId() + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
