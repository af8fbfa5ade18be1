package org.notegarden.community.internal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The media store contract on a real S3-compatible server (S3Mock in its own process), through
 * the client the app builds from its settings: endpoint, path-style addressing, static keys.
 */
class S3MediaStoreTest extends MediaStoreContract {
    private static Path work;
    private static S3MockServer server;
    private static S3Client client;
    private static S3MediaStore store;

    @BeforeAll
    static void startServer() throws Exception {
        work = Files.createTempDirectory("s3-media-store-test");
        server = S3MockServer.start(work, "notegarden-media");
        S3Settings settings = new S3Settings("notegarden-media", Optional.of(server.endpoint()), "us-east-1", true,
                Optional.of("test-key"), Optional.of("test-secret"));
        client = settings.client();
        store = new S3MediaStore(client, settings.bucket());
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    MediaStore store() {
        return store;
    }

    @Test
    void objectsCarryTheTypeTheyAreServedWith() throws Exception {
        Path file = Files.write(files.resolve("g.webp"), new byte[] {'R', 'I', 'F', 'F'});
        store.put("beef0001-grid.webp", file);
        assertEquals("image/webp", client.headObject(b -> b.bucket("notegarden-media").key("beef0001-grid.webp")).contentType());
    }

    @Test
    void anUnreachableStoreIsAnOutageNotAnIncident() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        S3Settings nowhere = new S3Settings("notegarden-media", Optional.of("http://127.0.0.1:" + closed), "us-east-1", true,
                Optional.of("k"), Optional.of("s"));
        try (S3Client down = nowhere.client()) {
            S3MediaStore store = new S3MediaStore(down, "notegarden-media");
            org.junit.jupiter.api.Assertions.assertThrows(MediaStoreUnavailable.class, () -> store.size("abcd1234.jpg"));
            org.junit.jupiter.api.Assertions.assertThrows(MediaStoreUnavailable.class,
                    () -> store.put("abcd1234.jpg", Files.write(files.resolve("z.jpg"), new byte[] {1})));
        }
    }

    @Test
    void aBucketThatDoesNotExistIsAnErrorNotAMissingObject() {
        S3MediaStore wrong = new S3MediaStore(client, "no-such-bucket");
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> wrong.put("abcd1234.jpg", Files.write(files.resolve("y.jpg"), new byte[] {1})));
        assertTrue(e.getMessage().contains("no-such-bucket"), e.getMessage());
        assertTrue(!(e instanceof MediaStoreUnavailable), "a missing bucket is a mistake to fix, not an outage to wait out");
    }
}
