package org.notegarden.community.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.i18n.api.CrossLanguageQuery;

class EveryWordAnyRenderingTest {
    @Test
    void eachWordIsRequiredInAnyOfItsRenderingsAndPhrasesAreQuoted() {
        var q = new CrossLanguageQuery("徒步 路线", List.of(List.of("徒步", "远足"), List.of("路线")));
        assertEquals("(徒步 | 远足) 路线", NoteSearch.everyWordAnyRendering(q));
        var en = new CrossLanguageQuery("beef noodles", List.of(List.of("beef noodles", "beef noodle soup")));
        assertEquals("(\"beef noodles\" | \"beef noodle soup\")", NoteSearch.everyWordAnyRendering(en));
    }

    @Test
    void theQuerySyntaxsOwnCharactersNeverReachTheParser() {
        var q = new CrossLanguageQuery("x", List.of(List.of("t-shirt", "a|b", "\"quoted\"", "(*)"), List.of("~")));
        assertEquals("(\"t shirt\" | \"a b\" | quoted)", NoteSearch.everyWordAnyRendering(q));
    }
}
