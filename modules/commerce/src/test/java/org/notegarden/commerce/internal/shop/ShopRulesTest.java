package org.notegarden.commerce.internal.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.api.ProblemException;

class ShopRulesTest {
    @Test
    void aCompleteApplicationIsAcceptedWithCnyByDefault() {
        var a = ShopRules.check(" Tea House 茶舍 ", "", null, null, "Tea House Ltd", "1 Road, Hangzhou", "shop@tea.cn",
                "", "91330100MA2XXXXX", true);
        assertEquals("Tea House 茶舍", a.name());
        assertEquals("CNY", a.currency());
    }

    @Test
    void everyMissingTraderDetailIsNamed() {
        ProblemException e = assertThrows(ProblemException.class, () -> ShopRules.check("", null, null, "EURO", null, " ",
                "not-mail", null, null, false));
        assertEquals(List.of("name", "currency", "legalName", "address", "contactEmail", "registrationNumber", "selfCertified"),
                e.errors().stream().map(x -> x.field()).toList());
    }

    @Test
    void codesThatAreNotMoneyAreRefused() {
        for (String notMoney : List.of("XXX", "XTS", "XAU", "XDR")) {
            ProblemException e = assertThrows(ProblemException.class, () -> ShopRules.check("Tea", null, null, notMoney,
                    "Tea Ltd", "1 Road", "shop@tea.cn", null, "REG", true));
            assertEquals("currency", e.errors().get(0).field(), notMoney);
        }
        assertEquals("XOF", ShopRules.check("Tea", null, null, "XOF", "Tea Ltd", "1 Road", "shop@tea.cn", null, "REG", true)
                .currency(), "the West African CFA franc is money");
    }

    @Test
    void theCountryShippedFromIsAnIsoCodeOrNothing() {
        assertEquals("CN", ShopRules.check("Tea", null, null, "CNY", "Tea Ltd", "1 Road", "shop@tea.cn", null, "REG", true,
                " cn ").country());
        assertEquals(null, ShopRules.check("Tea", null, null, "CNY", "Tea Ltd", "1 Road", "shop@tea.cn", null, "REG", true,
                "").country(), "saying nothing is allowed");
        ProblemException e = assertThrows(ProblemException.class, () -> ShopRules.check("Tea", null, null, "CNY", "Tea Ltd",
                "1 Road", "shop@tea.cn", null, "REG", true, "China"));
        assertEquals("country", e.errors().get(0).field());
    }
}
