package org.notegarden.community.internal.note;

import org.hibernate.SessionFactory;
import org.notegarden.platform.testing.MappedH2;

/** The note tables in an in-memory H2 of their own, made by Hibernate from the mapping, for the row readers' tests. */
final class NoteTables {
    private NoteTables() {
    }

    static SessionFactory inMemory(String name) {
        return MappedH2.sessions(name, Note.class);
    }
}
