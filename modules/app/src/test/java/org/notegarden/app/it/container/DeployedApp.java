package org.notegarden.app.it.container;

import java.net.MalformedURLException;
import java.net.URL;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;

/**
 * Where the kept deployment answers: one server serves the whole run ({@link KeptDeploymentContainer}),
 * so its address is the run's, recorded when the WAR is deployed.
 */
public final class DeployedApp {
    private static volatile URL url;

    private DeployedApp() {
    }

    /** The app's base URL, ending in '/'. */
    public static URL url() {
        URL u = url;
        if (u == null) {
            throw new IllegalStateException("the WAR is not deployed: is the test class annotated @WholeApp?");
        }
        return u;
    }

    static void deployed(ProtocolMetaData metaData) {
        HTTPContext http = metaData.getContexts(HTTPContext.class).iterator().next();
        try {
            String base = http.getServlets().stream().findFirst().map(Servlet::getBaseURI).map(Object::toString)
                    .orElse("http://" + http.getHost() + ":" + http.getPort() + "/");
            url = new URL(base.endsWith("/") ? base : base + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
