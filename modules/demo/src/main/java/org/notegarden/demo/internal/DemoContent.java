package org.notegarden.demo.internal;

import java.awt.Color;
import java.util.List;

/** The demo's people and themes: bilingual, like the community Notegarden is made for. */
final class DemoContent {
    private DemoContent() {
    }

    record Person(String handle, String name, String bio) {
    }

    record Theme(String topicEn, String topicZh, Color from, Color to, List<String> titles, List<String> bodies) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("lily_chen", "Lily 莉莉", "Coffee, film cameras and slow weekends ☕"),
            new Person("max_travels", "Max", "Backpacker. 40 countries and counting."),
            new Person("xiaoyu", "小雨", "上海 | 美食探店 | 周末去哪儿"),
            new Person("ana.cooks", "Ana", "Home cook sharing easy weeknight dinners"),
            new Person("zhang_wei", "张伟", "健身三年，分享训练和饮食"),
            new Person("mia_style", "Mia", "Minimal wardrobe, maximal joy"),
            new Person("chen_jing", "陈静", "护肤成分党 | 敏感肌"),
            new Person("oliver_b", "Oliver", "Bread nerd and sourdough whisperer"),
            new Person("tangtang", "糖糖", "甜品控，每周一家甜品店"),
            new Person("sofia_h", "Sofia", "Plants, pottery and a tiny balcony garden"),
            new Person("liu_yang", "刘洋", "城市骑行 | 露营 | 户外"),
            new Person("emma.reads", "Emma", "Books, tea and rainy afternoons"),
            new Person("wang_fang", "王芳", "家居改造，小户型收纳"),
            new Person("noah_fit", "Noah", "Running coach. Couch to 10k."),
            new Person("lin_xi", "林夕", "穿搭分享 | 155小个子"),
            new Person("grace_k", "Grace", "Skincare on a budget"),
            new Person("zhou_ming", "周明", "摄影 | 城市夜景"),
            new Person("isla_eats", "Isla", "Street food hunter"),
            new Person("huang_lei", "黄磊", "咖啡师，每天一杯手冲"),
            new Person("leo.design", "Leo", "Interior designer. Small spaces, big ideas."),
            new Person("yang_mei", "杨梅", "亲子旅行 | 带娃出游攻略"),
            new Person("chloe_v", "Chloe", "Vintage hunter and thrift queen"),
            new Person("sun_hao", "孙浩", "徒步爱好者，走遍名山"),
            new Person("ava_bakes", "Ava", "Weekend baker 🍰"),
            new Person("zhao_li", "赵丽", "早餐记录第365天"),
            new Person("james_t", "James", "Budget travel tips"),
            new Person("qian_qian", "芊芊", "美甲 | 妆容 | 日常"),
            new Person("ruby_r", "Ruby", "Yoga teacher & matcha lover"),
            new Person("he_jun", "何俊", "程序员的周末厨房"),
            new Person("zoe_w", "Zoe", "Cafe hopping around Asia"),
            new Person("ma_xiao", "马晓", "宠物博主 | 两只猫"),
            new Person("ella_m", "Ella", "Capsule wardrobe experiments"));

    static final List<Theme> THEMES = List.of(
            new Theme("coffee", "咖啡", new Color(0xC8, 0x9F, 0x7E), new Color(0xF3, 0xE3, 0xD3),
                    List.of("上海的宝藏咖啡店 | Hidden café gem", "Flat white ranking 2026", "手冲入门：三步做出好喝的咖啡",
                            "This latte art took me 100 tries", "周末咖啡地图 ☕ weekend coffee map"),
                    List.of("Found this tiny café near the old lane, oat latte was perfect. #coffee #咖啡 #上海探店",
                            "豆子选的是埃塞俄比亚耶加雪菲，花香很明显。Grind medium-fine, 92°C water. #咖啡 #coffee",
                            "Ranked every flat white in my neighbourhood so you don't have to ☕ #coffee")),
            new Theme("food", "美食", new Color(0xFF, 0x8A, 0x65), new Color(0xFF, 0xE0, 0xB2),
                    List.of("15分钟快手晚餐 | 15-minute dinner", "Best dumplings in town 🥟", "一人食也要好好吃饭",
                            "Street food night market guide", "妈妈的红烧肉做法"),
                    List.of("Garlic, soy, a pinch of sugar and done. 简单又下饭！ #food #美食 #recipe",
                            "排队一小时值得吗？值得！Crispy bottoms, juicy inside. #美食 #food",
                            "Saving this for the next rainy evening. #food #homecooking")),
            new Theme("travel", "旅行", new Color(0x4F, 0xC3, 0xF7), new Color(0xE1, 0xF5, 0xFE),
                    List.of("大理三天两夜攻略 | Dali in 3 days", "Kyoto without the crowds", "周末去哪儿：杭州小众路线",
                            "Packing list for 2 weeks carry-on only", "Sunrise at the Great Wall 长城日出"),
                    List.of("Day 1 old town, day 2 lake by bike, day 3 the mountains. 住在古城边上很方便。 #travel #旅行",
                            "Went at 6am and had the whole path to ourselves. #travel #japan",
                            "小众但很美的路线，人少景美，适合周末。 #旅行 #travel #杭州")),
            new Theme("outfit", "穿搭", new Color(0xF4, 0x8F, 0xB1), new Color(0xFC, 0xE4, 0xEC),
                    List.of("小个子秋冬穿搭 | Petite autumn outfits", "One blazer, five looks", "通勤穿搭一周不重样",
                            "Thrifted this whole outfit for $30", "Capsule wardrobe: 12 pieces"),
                    List.of("Neutral tones + one statement bag. 155cm 也能穿出气场！ #穿搭 #outfit #ootd",
                            "Mix and match is everything. #outfit #fashion",
                            "周一到周五的通勤穿搭，简单大方。 #穿搭 #ootd")),
            new Theme("skincare", "护肤", new Color(0xB3, 0x9D, 0xDB), new Color(0xED, 0xE7, 0xF6),
                    List.of("敏感肌秋冬护肤流程", "My no-nonsense skincare routine", "Sunscreen review: 8 tested",
                            "平价好用的保湿面霜", "Double cleansing, explained"),
                    List.of("Cleanser, toner, moisturiser, SPF. That's it. 成分简单最重要。 #skincare #护肤",
                            "试了一个月，真实测评，不是广告！ #护肤 #skincare",
                            "Patch test first, always. #skincare")),
            new Theme("home", "家居", new Color(0x81, 0xC7, 0x84), new Color(0xE8, 0xF5, 0xE9),
                    List.of("小户型收纳神器 | Small space storage", "Balcony garden makeover 🌿", "出租屋改造只花了500元",
                            "Cozy reading corner ideas", "极简客厅布置"),
                    List.of("Vertical shelves changed everything. 租房党也能改造！ #家居 #home #收纳",
                            "Plants that survive even me. #home #plants",
                            "软装改造前后对比，变化太大了。 #家居 #home")),
            new Theme("fitness", "健身", new Color(0xFF, 0xB7, 0x4D), new Color(0xFF, 0xF3, 0xE0),
                    List.of("30天居家健身挑战 | 30-day home workout", "Couch to 10k in 8 weeks", "减脂期一日三餐",
                            "Morning yoga flow for beginners", "跑步第一年的变化"),
                    List.of("No equipment needed. 每天20分钟，坚持就是胜利！ #健身 #fitness",
                            "Week 8: ran 10k without stopping. #running #fitness",
                            "高蛋白低脂，好吃不难做。 #健身 #减脂")),
            new Theme("dessert", "甜品", new Color(0xF0, 0x62, 0x92), new Color(0xFF, 0xEB, 0xEE),
                    List.of("上海甜品店合集 | Dessert crawl", "Basque cheesecake at home", "抹茶控必去的店",
                            "Sourdough weekend 🍞", "网红蛋糕值不值得排队"),
                    List.of("Burnt top, creamy middle. 零失败配方！ #甜品 #dessert #baking",
                            "抹茶味很浓，不会太甜。 #甜品 #matcha",
                            "Weekend bake: crusty outside, open crumb. #baking #bread")));

    /** The theme whose English topic is {@code topicEn}, else the first one. */
    static Theme theme(String topicEn) {
        return THEMES.stream().filter(t -> t.topicEn().equals(topicEn)).findFirst().orElse(THEMES.get(0));
    }
}
