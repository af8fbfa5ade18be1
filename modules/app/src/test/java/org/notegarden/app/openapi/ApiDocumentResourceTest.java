package org.notegarden.app.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ApiDocumentResourceTest {
    @Test
    void payarasIndexGoesAndEverythingElseStaysInOrder() {
        String served = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\"},\"paths\":{\"/a\":{}},\"endpoints\":{\"/\":[\"/a\"]},"
                + "\"components\":{\"schemas\":{}}}";
        assertEquals("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\"},\"paths\":{\"/a\":{}},\"components\":{\"schemas\":{}}}",
                ApiDocumentResource.withoutPayaraIndex(served));
    }
}
