package org.notegarden.app.it;

import java.lang.reflect.Field;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.notegarden.app.it.browser.WebClient;
import org.notegarden.app.it.container.DeployedApp;

/**
 * Gives a {@link WholeApp} test what every such test needs, so no test copies it: the deployed
 * app's URL, an {@link ApiClient} on it, and, for browser tests, a fresh headless Chromium
 * ({@link WebClient}) whose last screen is kept as {@code target/browser/<Class>-<test>.png}
 * and which is closed after each test.
 */
public class WholeAppExtension implements BeforeEachCallback, AfterEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Object test = context.getRequiredTestInstance();
        URL url = DeployedApp.url();
        for (Field f : fields(test.getClass())) {
            if (f.get(test) != null) {
                continue;
            }
            if (f.getType() == URL.class) {
                f.set(test, url);
            } else if (f.getType() == ApiClient.class) {
                f.set(test, new ApiClient(url));
            } else if (f.getType() == WebClient.class) {
                f.set(test, WebClient.start(url));
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Object test = context.getRequiredTestInstance();
        for (Field f : fields(test.getClass())) {
            if (f.getType() == WebClient.class && f.get(test) instanceof WebClient web) {
                f.set(test, null);
                web.close(test.getClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + ".png");
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    out.add(f);
                }
            }
        }
        return out;
    }
}
