package org.notegarden.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.MessageKey;
import org.notegarden.platform.api.Problems;

class ProblemResponsesTest {
    /** Keys of a bundle made for this test ({@code internal/sample.properties}). */
    enum Sample implements MessageKey {
        AT_MOST_N_CHARACTERS, REQUIRED, NOTE_N_DOES_NOT_EXIST;

        @Override
        public String bundle() {
            return "org.notegarden.platform.internal.sample";
        }
    }

    /** A stand-in for i18n: marks each key it words, so the test sees what was worded and with what. */
    private static final Function<Message, String> WORD = new Function<>() {
        @Override
        public String apply(Message m) {
            return "[" + m.key().name() + m.args().stream().map(a -> a instanceof Message inner ? apply(inner) : a)
                    .map(a -> " " + a).reduce("", String::concat) + "]";
        }
    };

    @Test
    void titleDetailAndMessagesAreWordedByKeyWhileTypeAndFieldsStay() {
        JsonObject body = ProblemResponses.body(Problems.invalid(List.of(new FieldError("title", Sample.AT_MOST_N_CHARACTERS, 50),
                new FieldError("skus[0].code", Sample.REQUIRED))), WORD);
        assertEquals("https://notegarden.dev/problems/validation", body.getString("type"));
        assertEquals("[INVALID_INPUT_TITLE]", body.getString("title"));
        assertEquals("[FIELD_PROBLEM title [AT_MOST_N_CHARACTERS 50]]", body.getString("detail"), "the field stays as sent");
        assertEquals("skus[0].code", body.getJsonArray("errors").getJsonObject(1).getString("field"));
        assertEquals("[REQUIRED]", body.getJsonArray("errors").getJsonObject(1).getString("message"));
    }

    @Test
    void theEnglishFallbackFillsThePatternFromTheBundle() {
        JsonObject body = ProblemResponses.body(Problems.notFound("noteId", Sample.NOTE_N_DOES_NOT_EXIST, 5), Message::english);
        assertEquals("Not found", body.getString("title"));
        assertEquals("note 5 does not exist", body.getString("detail"));
        assertEquals("noteId", body.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("title: must be at most 50 characters",
                Problems.invalid("title", Sample.AT_MOST_N_CHARACTERS, 50).detail(), "English for logs");
    }

    @Test
    void verbatimTextStaysAsWritten() {
        JsonObject body = ProblemResponses.body(Problems.forbidden(Message.verbatim("A plugin's own reason.")), Message::english);
        assertEquals("A plugin's own reason.", body.getString("detail"));
    }
}
