package org.notegarden.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NotegardenApplicationTest {
    /**
     * Jersey allocates the whole buffer it is given for every answer, however small the answer
     * (CommittingOutputStream.enableBuffering makes a ByteArrayOutputStream of that size). At 64 KB
     * that was 64 KB of garbage a request, most of the server's allocation under load (JFR,
     * 2026-12-07). The app's JSON answers say their own length; the buffer only has to hold the odd
     * answer from another writer, such as a problem.
     */
    @Test
    void jerseyIsGivenOnlyASmallBufferToAllocateForEveryAnswer() {
        Object size = new NotegardenApplication().getProperties().get("jersey.config.server.contentLength.buffer");
        assertTrue(size instanceof Integer i && i <= 1024, "Jersey's buffer for every answer: " + size + " bytes");
    }

    @Test
    void noWadlAndNoBeanValidationAroundResources() {
        var properties = new NotegardenApplication().getProperties();
        assertEquals(true, properties.get("jersey.config.server.wadl.disableWadl"));
        assertEquals(true, properties.get("jersey.config.beanValidation.disable.server"));
    }
}
