package org.notegarden.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Problems;

class ProblemResponsesTest {
    /** A two-line catalogue: enough to see what is worded and what is left alone. */
    private static final Map<String, String> ZH = Map.of("Invalid input", "输入有误", "must be at most 50 characters", "最多 50 个字符",
            "is required", "必填", "note 5 does not exist", "笔记 5 不存在", "Not found", "未找到");
    private static final UnaryOperator<String> WORD = s -> ZH.getOrDefault(s, s);

    @Test
    void titleDetailAndMessagesAreWordedWhileTypeAndFieldsStay() {
        JsonObject body = ProblemResponses.body(Problems.invalid(List.of(new FieldError("title", "must be at most 50 characters"),
                new FieldError("skus[0].code", "is required"))), WORD);
        assertEquals("https://notegarden.dev/problems/validation", body.getString("type"));
        assertEquals("输入有误", body.getString("title"));
        assertEquals("title: 最多 50 个字符", body.getString("detail"));
        assertEquals("skus[0].code", body.getJsonArray("errors").getJsonObject(1).getString("field"));
        assertEquals("必填", body.getJsonArray("errors").getJsonObject(1).getString("message"));
    }

    @Test
    void aDetailThatIsTheMessageIsWordedWhole() {
        JsonObject body = ProblemResponses.body(Problems.notFound("noteId", "note 5"), WORD);
        assertEquals("未找到", body.getString("title"));
        assertEquals("笔记 5 不存在", body.getString("detail"));
        assertEquals("noteId", body.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void unknownTextStaysAsWritten() {
        JsonObject body = ProblemResponses.body(Problems.forbidden("A plugin's own reason."), WORD);
        assertEquals("A plugin's own reason.", body.getString("detail"));
    }
}
