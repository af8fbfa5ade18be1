package org.notegarden.community.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PersonCacheTest {
    private final PersonCache cache = new PersonCache();
    private final List<Set<Long>> loads = new ArrayList<>();
    private final Map<Long, String> names = new HashMap<>(Map.of(1L, "Lily", 2L, "Wang"));

    private final Function<Set<Long>, Map<Long, People.Person>> load = ids -> {
        loads.add(ids);
        Map<Long, People.Person> found = new HashMap<>();
        ids.stream().filter(names::containsKey).forEach(id -> found.put(id, new People.Person(id, "h" + id, names.get(id), null)));
        return found;
    };

    @Test
    void readsOnlyThePeopleItDoesNotKeep() {
        assertEquals("Lily", cache.get(List.of(1L), load).get(1L).displayName());
        Map<Long, People.Person> both = cache.get(List.of(1L, 2L), load);
        assertEquals(Set.of(1L, 2L), both.keySet());
        assertEquals(List.of(Set.of(1L), Set.of(2L)), loads, "the second read asked only for the one it lacked");
    }

    @Test
    void aCommittedChangeIsSeenAtOnce() {
        cache.get(List.of(1L), load);
        names.put(1L, "Lily Chen");
        assertEquals("Lily", cache.get(List.of(1L), load).get(1L).displayName(), "kept");
        cache.forget(new PersonChanged(1L));
        assertEquals("Lily Chen", cache.get(List.of(1L), load).get(1L).displayName(), "forgotten on the change, read again");
    }

    @Test
    void somebodyWhoDoesNotExistIsNotRemembered() {
        assertEquals(Map.of(), cache.get(List.of(9L), load));
        names.put(9L, "New");
        assertEquals("New", cache.get(List.of(9L), load).get(9L).displayName(), "asked again, found now");
    }
}
