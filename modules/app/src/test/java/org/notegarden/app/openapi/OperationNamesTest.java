package org.notegarden.app.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OperationNamesTest {
    @Test
    void theMethodSaysWhatThePathSaysToWhat() {
        assertEquals("quoteCheckout", OperationNames.operationId("quote", "/api/v1/checkout/quote"));
        assertEquals("createNote", OperationNames.operationId("create", "/api/v1/notes", true), "creates one");
        assertEquals("latestFeed", OperationNames.operationId("latest", "/api/v1/feed/latest"));
        assertEquals("getNote", OperationNames.operationId("get", "/api/v1/notes/{id}"), "one note");
        assertEquals("likeNote", OperationNames.operationId("like", "/api/v1/notes/{id}/like"), "a word once");
        assertEquals("commentNote", OperationNames.operationId("comment", "/api/v1/notes/{id}/comments", true));
        assertEquals("confirmOrderReceipt", OperationNames.operationId("confirm", "/api/v1/orders/{id}/confirm-receipt"));
        assertEquals("listAdminAbuseSignals", OperationNames.operationId("list", "/api/v1/admin/abuse-signals"));
        assertEquals("repliesComment", OperationNames.operationId("replies", "/api/v1/comments/{id}/replies"), "plural said");
        assertEquals("addMeAddress", OperationNames.operationId("add", "/api/v1/me/addresses", true));
    }

    @Test
    void singularsOfThePathsWords() {
        assertEquals("reply", OperationNames.singular("replies"));
        assertEquals("address", OperationNames.singular("addresses"));
        assertEquals("status", OperationNames.singular("status"));
        assertEquals("media", OperationNames.singular("media"));
        assertEquals("locale", OperationNames.singular("locales"));
    }

    @Test
    void parametersTellTwoApartWhenNamesMeet() {
        assertEquals("getNoteById", OperationNames.withParameters("getNote", "/api/v1/notes/{id}"));
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
