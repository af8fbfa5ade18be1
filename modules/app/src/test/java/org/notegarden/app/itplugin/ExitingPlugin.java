package org.notegarden.app.itplugin;

import org.notegarden.storefront.spi.PluginContext;
import org.notegarden.storefront.spi.StorefrontPlugin;

/** Ends the server process when started: the host must refuse it before any of it runs. */
public class ExitingPlugin implements StorefrontPlugin {
    @Override
    public String id() {
        return "exiter";
    }

    @Override
    public void start(PluginContext context) {
        System.exit(1);
    }
}
