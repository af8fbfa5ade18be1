package org.notegarden.app.it.container;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro's Arquillian connector starts a new server for every test class (about 30 s each,
 * over 40 classes in a run). Every IT deploys the same WAR as operators get it and talks to it
 * only over HTTP, so one server per run serves them all: the first deployment is kept, later
 * deployments of the same archive reuse it, and it is stopped when Arquillian stops the
 * container at the end of the run. A different archive replaces the kept one.
 *
 * <p>The ITs already share one database per run; sharing the server also shares its in-memory
 * state (rate-limit windows, caches), which is why each IT uses its own accounts and addresses.
 */
public class KeptDeploymentContainer extends PayaraMicroDeployableContainer {
    private Archive<?> kept;
    private Set<String> keptPaths;
    private ProtocolMetaData keptMetaData;

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        Set<String> paths = pathsOf(archive);
        if (kept != null && kept.getName().equals(archive.getName()) && keptPaths.equals(paths)) {
            return keptMetaData;
        }
        release();
        keptMetaData = super.deploy(archive);
        DeployedApp.deployed(keptMetaData);
        kept = archive;
        keptPaths = paths;
        return keptMetaData;
    }

    /** Kept for the next test class; {@link #stop()} ends it. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        try {
            release();
        } catch (DeploymentException e) {
            throw new LifecycleException("could not stop the kept Payara Micro", e);
        }
        super.stop();
    }

    private void release() throws DeploymentException {
        if (kept != null) {
            Archive<?> previous = kept;
            kept = null;
            super.undeploy(previous);
        }
    }

    private static Set<String> pathsOf(Archive<?> archive) {
        return archive.getContent().keySet().stream().map(Object::toString).collect(Collectors.toSet());
    }
}
