package org.notegarden.app.it.container;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.DeploymentConfiguration;
import org.jboss.arquillian.container.test.spi.client.deployment.AutomaticDeployment;
import org.jboss.arquillian.test.spi.TestClass;
import org.notegarden.app.it.Deployments;
import org.notegarden.app.it.WholeApp;

/**
 * The deployment of every {@link WholeApp} test that does not declare its own: the WAR as
 * operators get it, tested from outside (not testable, so Arquillian adds nothing to it).
 */
public class OperatorsWar implements AutomaticDeployment {
    @Override
    public DeploymentConfiguration generateDeploymentScenario(TestClass testClass) {
        Class<?> type = testClass.getJavaClass();
        boolean own = Arrays.stream(type.getDeclaredMethods()).map(Method::getDeclaredAnnotations).flatMap(Arrays::stream)
                .anyMatch(a -> a.annotationType() == Deployment.class);
        if (own || !type.isAnnotationPresent(WholeApp.class)) {
            return null;
        }
        return new DeploymentConfiguration.DeploymentContentBuilder(Deployments.war()).withDeployment().withTestable(false)
                .build().get();
    }
}
