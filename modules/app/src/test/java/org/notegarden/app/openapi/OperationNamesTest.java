package org.notegarden.app.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OperationNamesTest {
    @Test
    void theMethodSaysWhatThePathSaysToWhat() {
        assertEquals("quoteCheckout", OperationNames.operationId("quote", "/api/v1/checkout/quote"));
        assertEquals("createNotes", OperationNames.operationId("create", "/api/v1/notes"));
        assertEquals("getNotes", OperationNames.operationId("get", "/api/v1/notes/{id}"));
        assertEquals("likeNotes", OperationNames.operationId("like", "/api/v1/notes/{id}/like"), "a word once");
        assertEquals("getAdminAbuseSignals", OperationNames.operationId("get", "/api/v1/admin/abuse-signals"));
    }

    @Test
    void parametersTellTwoApartWhenNamesMeet() {
        assertEquals("getNotesById", OperationNames.withParameters("getNotes", "/api/v1/notes/{id}"));
    }

    @Test
    void summariesAreSentences() {
        assertEquals("Quote checkout", OperationNames.summary("quoteCheckout"));
    }

    @Test
    void theFirstWordOfThePathIsTheGroup() {
        assertEquals("admin", OperationNames.tag("/api/v1/admin/audit"));
        assertEquals("notes", OperationNames.tag("/api/v1/notes/{id}/comments"));
    }
}
