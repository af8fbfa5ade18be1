package org.notegarden.commerce.internal.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.notegarden.storefront.spi.Adjustment;
import org.notegarden.storefront.spi.Money;

class BuyerScriptTest {
    private final Adjustment spendSave = new Adjustment("spend-save:19900", "满199减20", new Money(-2000, "CNY"));

    @Test
    void aTraditionalReaderGetsPluginLabelsInTraditional() {
        assertEquals("滿199減20", BuyerScript.label(spendSave, "zh-TW").label());
        assertEquals(new Money(-2000, "CNY"), BuyerScript.label(spendSave, "zh-TW").amount());
        assertEquals("滿199減20", BuyerScript.text("满199减20", "zh-Hant-HK"));
    }

    @Test
    void everyoneElseGetsThemAsWritten() {
        assertSame(spendSave, BuyerScript.label(spendSave, "zh-CN"));
        assertSame(spendSave, BuyerScript.label(spendSave, "en"));
        assertEquals("Free shipping", BuyerScript.text("Free shipping", "zh-TW"));
    }
}
