package org.notegarden.app.messages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The 繁體中文 server messages of every module are written in Traditional characters, not copied
 * from the Simplified ones. Here rather than in each module because only the app sees them all
 * and has ICU's transliterator at hand; each module's own test checks that every key exists.
 */
class TraditionalWordingTest {
    private static final List<String> BUNDLES = List.of("platform", "i18n", "compliance", "community", "commerce", "app");

    @Test
    void everyTaiwanPatternIsTraditional() throws IOException {
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String module : BUNDLES) {
            Properties simplified = read("org/notegarden/" + module + "/problems_zh_CN.properties");
            Properties traditional = read("org/notegarden/" + module + "/problems_zh_TW.properties");
            for (String key : traditional.stringPropertyNames()) {
                String tw = traditional.getProperty(key);
                String cn = simplified.getProperty(key, "");
                checked++;
                if (!toTraditional.transliterate(tw).equals(tw)) {
                    wrong.add(module + " " + key + " has Simplified characters: " + tw);
                }
                if (!toTraditional.transliterate(cn).equals(cn) && cn.equals(tw)) {
                    wrong.add(module + " " + key + " was copied from zh-CN: " + tw);
                }
            }
        }
        assertTrue(checked > 250, "patterns checked: " + checked);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static Properties read(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TraditionalWordingTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, "on the class path: " + resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
