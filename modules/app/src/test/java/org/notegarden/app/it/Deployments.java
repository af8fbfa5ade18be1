package org.notegarden.app.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as operators get it, built by the package phase. */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive war() {
        String path = System.getProperty("notegarden.war", "target/notegarden.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        // Named ROOT so Payara Micro serves it at "/" like the run command does.
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
