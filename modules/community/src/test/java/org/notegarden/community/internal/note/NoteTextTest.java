package org.notegarden.community.internal.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoteTextTest {
    @Test
    void findsTopicsInAnyScriptLowerCased() {
        assertEquals(List.of("咖啡", "coffeetime", "上海探店"),
                List.copyOf(NoteText.topics("今天 #咖啡 真好喝 #CoffeeTime and #上海探店!")));
        assertTrue(NoteText.topics("no tags, just # alone").isEmpty());
    }

    @Test
    void findsMentionsButNotEmailAddresses() {
        assertEquals(Set.of("lily", "max_2"), NoteText.mentionedHandles("Thanks @Lily and @max_2. Mail me at me@example.org"));
        assertFalse(NoteText.mentionedHandles("a@bcd").contains("bcd"));
    }

    @Test
    void validTopics() {
        assertTrue(NoteText.isValidTopic("咖啡"));
        assertFalse(NoteText.isValidTopic("has space"));
        assertFalse(NoteText.isValidTopic(""));
        assertFalse(NoteText.isValidTopic("x".repeat(31)));
    }
}
