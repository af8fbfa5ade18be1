package org.notegarden.commerce.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.api.ProblemException;

class CatalogRulesTest {
    private static CatalogRules.SkuInput sku(String code, long price, int stock) {
        return new CatalogRules.SkuInput(code, Map.of("size", "M"), price, stock);
    }

    @Test
    void aBilingualProductWithVariants() {
        var p = CatalogRules.check(new CatalogRules.ProductInput("Longjing tea", "龙井茶", "Spring harvest", "", "food",
                List.of(7L), List.of(sku("TEA-50G", 5800, 10), sku("TEA-100G", 9800, 5)), "ACTIVE"), Set.of(7L));
        assertEquals(Product.Status.ACTIVE, p.status());
        assertEquals(2, p.skus().size());
        assertEquals(Map.of("size", "M"), p.skus().get(0).options());
    }

    @Test
    void everyProblemIsNamed() {
        ProblemException e = assertThrows(ProblemException.class, () -> CatalogRules.check(new CatalogRules.ProductInput(
                null, " ", null, null, "weapons", List.of(9L),
                List.of(sku("A", 0, 1), sku("A", 10, -1), new CatalogRules.SkuInput("bad code!", Map.of("a;b", "c"), 5L, 1)),
                "SOLD"), Set.of(7L)));
        assertEquals(List.of("titleEn", "category", "imageMediaIds[0]", "status", "skus[0].price", "skus[1].code",
                "skus[1].stock", "skus[2].code", "skus[2].options"), e.errors().stream().map(x -> x.field()).toList());
    }

    @Test
    void optionsRoundTripThroughTheirStoredForm() {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        options.put("size", "M");
        options.put("colour", "红色 red");
        Sku sku = new Sku(new Product(1L, java.time.Instant.EPOCH), new CatalogRules.ValidSku("S-1", options, 100, 3, 250));
        assertEquals(options, sku.optionMap());
        assertEquals(3, sku.getStock());
        assertEquals(250, sku.getWeightGrams());
    }

    @Test
    void weightsAreOptionalAndBounded() {
        var ok = CatalogRules.check(new CatalogRules.ProductInput("Tea", null, null, null, "food", List.of(),
                List.of(new CatalogRules.SkuInput("A", Map.of(), 500L, 1, 120), new CatalogRules.SkuInput("B", Map.of(), 500L, 1)), null), Set.of());
        assertEquals(120, ok.skus().get(0).weightGrams());
        assertEquals(null, ok.skus().get(1).weightGrams());
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.notegarden.platform.api.ProblemException.class,
                () -> CatalogRules.check(new CatalogRules.ProductInput("Tea", null, null, null, "food", List.of(),
                        List.of(new CatalogRules.SkuInput("A", Map.of(), 500L, 1, 0)), null), Set.of()));
        assertEquals("skus[0].weightGrams", e.errors().get(0).field());
    }
}
