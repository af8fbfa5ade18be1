package org.notegarden.demo.internal;

import java.util.List;
import java.util.Map;

/** What the demo shops sell: one shop per theme, bilingual products with real-looking variants. */
final class DemoCatalog {
    private DemoCatalog() {
    }

    record Sku(String code, Map<String, String> options, long price, int stock) {
    }

    record Item(String titleEn, String titleZh, String descriptionEn, String descriptionZh, String category, List<Sku> skus) {
    }

    record ShopPlan(String name, String description, String currency, String country, String legalName, String address,
                    List<Item> items) {
    }

    static final Map<String, ShopPlan> BY_THEME = Map.of(
            "coffee", new ShopPlan("山间咖啡 Mountain Roasters", "Small-batch beans from Yunnan 云南小批量烘焙", "CNY", "CN",
                    "昆明山间咖啡有限公司", "云南省昆明市五华区 88 号", List.of(
                    new Item("Yunnan single-origin beans", "云南单品咖啡豆", "Notes of plum and brown sugar. Roasted weekly.",
                            "李子与红糖风味，每周新鲜烘焙。", "food", List.of(
                            new Sku("250-L", Map.of("weight", "250g", "roast", "light"), 8800, 40),
                            new Sku("250-D", Map.of("weight", "250g", "roast", "dark"), 8800, 25),
                            new Sku("500-L", Map.of("weight", "500g", "roast", "light"), 15800, 12),
                            new Sku("500-D", Map.of("weight", "500g", "roast", "dark"), 15800, 0))),
                    new Item("Ceramic pour-over set", "陶瓷手冲套装", "Dripper, server and two cups.", "滤杯、分享壶和两只杯子。",
                            "home", List.of(new Sku("SET", Map.of(), 19900, 8))),
                    new Item("Cold brew bags (10)", "冷萃咖啡包（10袋）", null, "冷水浸泡 12 小时即可。", "food",
                            List.of(new Sku("10", Map.of(), 3900, 100))))),
            "skincare", new ShopPlan("Moon Dew 月露", "Gentle skincare for sensitive skin 温和护肤", "CNY", "CN",
                    "上海月露化妆品有限公司", "上海市徐汇区漕溪北路 18 号", List.of(
                    new Item("Hydrating toner", "补水爽肤水", "Fragrance-free, with hyaluronic acid.", "无香精，含玻尿酸。", "beauty",
                            List.of(new Sku("150", Map.of("size", "150ml"), 12900, 30), new Sku("300", Map.of("size", "300ml"), 21900, 15))),
                    new Item("Velvet lip tint", "丝绒唇釉", null, "雾面丝绒质地，持久不拔干。", "beauty", List.of(
                            new Sku("ROSE", Map.of("colour", "rose 玫瑰"), 6900, 20),
                            new Sku("CORAL", Map.of("colour", "coral 珊瑚"), 6900, 20),
                            new Sku("BERRY", Map.of("colour", "berry 莓果"), 6900, 3))),
                    new Item("Daily sunscreen SPF50", "日常防晒霜 SPF50", "Light, no white cast.", "轻薄不泛白。", "beauty",
                            List.of(new Sku("50", Map.of("size", "50ml"), 9900, 50))))),
            "outfit", new ShopPlan("Berlin Linen", "Linen basics, made in Europe", "EUR", "DE",
                    "Berlin Linen GmbH", "Torstraße 1, 10119 Berlin", List.of(
                    new Item("Linen shirt", "亚麻衬衫", "Washed European flax. Relaxed fit.", "水洗欧洲亚麻，宽松版型。", "fashion", List.of(
                            new Sku("S-WHT", Map.of("size", "S", "colour", "white"), 5900, 6),
                            new Sku("M-WHT", Map.of("size", "M", "colour", "white"), 5900, 10),
                            new Sku("L-WHT", Map.of("size", "L", "colour", "white"), 5900, 4),
                            new Sku("M-SND", Map.of("size", "M", "colour", "sand"), 5900, 8),
                            new Sku("L-SND", Map.of("size", "L", "colour", "sand"), 5900, 2))),
                    new Item("Canvas tote", "帆布托特包", "Heavy cotton canvas with an inside pocket.", null, "fashion",
                            List.of(new Sku("TOTE", Map.of(), 2400, 30))))),
            "home", new ShopPlan("Slow Home 慢生活家居", "Things that make a small flat feel like home", "CNY", "CN",
                    "杭州慢生活家居有限公司", "浙江省杭州市西湖区文三路 9 号", List.of(
                    new Item("Stoneware mug", "粗陶马克杯", "Hand-glazed, 350 ml.", "手工上釉，350 毫升。", "home", List.of(
                            new Sku("OAT", Map.of("glaze", "oat 燕麦"), 4900, 18),
                            new Sku("SEA", Map.of("glaze", "sea 海蓝"), 4900, 9))),
                    new Item("Soy candle", "大豆香薰蜡烛", null, "40 小时燃烧时长。", "home", List.of(
                            new Sku("FIG", Map.of("scent", "fig 无花果"), 8900, 12),
                            new Sku("TEA", Map.of("scent", "white tea 白茶"), 8900, 12),
                            new Sku("WOOD", Map.of("scent", "cedar 雪松"), 8900, 0))),
                    new Item("Linen cushion cover", "亚麻抱枕套", "45 × 45 cm.", "45 × 45 厘米。", "home",
                            List.of(new Sku("45", Map.of(), 7900, 20))))));
}
