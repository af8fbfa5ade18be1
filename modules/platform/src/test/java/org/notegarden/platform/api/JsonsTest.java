package org.notegarden.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class JsonsTest {
    /**
     * {@code Jsons.createObjectBuilder()} and its siblings look the provider up on
     * every call: a ServiceLoader scan of the class path and a new provider each time (in a
     * checkout, 14 % of the server's CPU went there). Jsons looks it up once.
     */
    @Test
    void buildingAndReadingManyDocumentsLooksTheProviderUpAtMostOnce() {
        int before = CountingJsonProvider.MADE.get();
        for (int i = 0; i < 100; i++) {
            JsonObject built = Jsons.createObjectBuilder().add("n", i)
                    .add("list", Jsons.createArrayBuilder().add(i)).build();
            JsonObject read = Jsons.createReader(new StringReader(built.toString())).readObject();
            assertEquals(i, read.getInt("n"));
        }
        assertTrue(CountingJsonProvider.MADE.get() - before <= 1,
                "providers made for 300 builders and readers: " + (CountingJsonProvider.MADE.get() - before));
    }
}
