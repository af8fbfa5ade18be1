package org.notegarden.community.internal.search;

import java.util.List;
import java.util.Random;

/**
 * Deterministic bilingual notes for the search benchmark: Chinese titles and texts written the
 * way people write them (words run together, some in Traditional characters), English ones, and
 * mixed ones, with topics. Two vocabularies: {@link Vocabulary#UNIFORM} draws every word from the
 * small lifestyle lists, so each query matches 10–70 % of the notes and every note of a topic
 * scores alike (the worst case for ranking); {@link Vocabulary#ZIPF} spreads the same lifestyle
 * words over a vocabulary of 30,000 words per language whose frequencies fall with their rank, as
 * in real text, so a query word is in roughly 0.3–10 % of the notes.
 */
final class BenchCorpus {
    static final List<String> ZH = List.of("咖啡", "咖啡店", "拿铁", "上海", "北京", "成都", "火锅", "夜市", "小吃", "台湾", "面膜",
            "防晒霜", "口红", "穿搭", "连衣裙", "旅行", "酒店", "民宿", "健身", "跑步", "瑜伽", "早餐", "甜品", "蛋糕", "奶茶",
            "护肤", "香水", "攻略", "推荐", "测评", "周末", "探店", "好物", "分享", "日常", "家居", "收纳", "宠物", "猫咪", "相机");
    static final List<String> ZH_HANT = List.of("臺灣", "咖啡廳", "夜市", "小吃", "護膚", "旅遊", "餐廳", "甜點", "攝影", "週末");
    static final List<String> EN = List.of("coffee", "latte", "cafe", "shop", "review", "sunscreen", "skincare", "lipstick", "outfit",
            "dress", "travel", "hotel", "hiking", "trail", "running", "yoga", "breakfast", "dessert", "cake", "tea", "routine",
            "weekend", "guide", "favourite", "cozy", "city", "market", "street", "food", "budget", "camera", "home", "cat");
    static final List<String> TOPICS = List.of("coffee", "咖啡", "travel", "旅行", "beauty", "护肤", "fashion", "穿搭", "food", "美食",
            "fitness", "健身", "home", "家居", "pets", "宠物");
    static final List<String> QUERIES = List.of(
            "咖啡", "咖啡店 推荐", "台湾 夜市", "臺灣 小吃", "防晒霜", "火锅", "面膜 测评",
            "latte", "coffee shop", "sunscreen review", "hiking trail", "weekend guide",
            "kafei", "huoguo", "mianmo");

    private BenchCorpus() {
    }

    record Text(String title, String body, String topic) {
    }

    /** How the words of a note are drawn. */
    enum Vocabulary {
        UNIFORM, ZIPF
    }

    static Text note(long i) {
        return note(i, Vocabulary.UNIFORM);
    }

    /** How a note's Chinese and English words are written, for either vocabulary. */
    interface Words {
        String zh(Random r, int words, boolean punctuate);

        String en(Random r, int words);
    }

    private static final Words UNIFORM_WORDS = new Words() {
        public String zh(Random r, int words, boolean punctuate) {
            return BenchCorpus.zh(r, words, punctuate);
        }

        public String en(Random r, int words) {
            return BenchCorpus.en(r, words);
        }
    };

    /** One note's shape (kind, lengths, topic) is the same whatever the vocabulary; only its words differ. */
    static Text note(long i, Vocabulary vocabulary) {
        Words w = vocabulary == Vocabulary.ZIPF ? ZipfWords.WORDS : UNIFORM_WORDS;
        Random r = new Random(i * 7919L + 17);
        int kind = r.nextInt(10);
        String topic = TOPICS.get(r.nextInt(TOPICS.size()));
        if (kind < 5) {
            return new Text(w.zh(r, 3 + r.nextInt(3), false), w.zh(r, 12 + r.nextInt(20), true) + " #" + topic, topic);
        }
        if (kind < 9) {
            return new Text(w.en(r, 3 + r.nextInt(4)), w.en(r, 15 + r.nextInt(25)) + " #" + topic, topic);
        }
        return new Text(w.zh(r, 2, false) + " " + w.en(r, 2), w.zh(r, 8, true) + " " + w.en(r, 8) + " #" + topic, topic);
    }

    private static String zh(Random r, int words, boolean punctuate) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            b.append(r.nextInt(8) == 0 ? ZH_HANT.get(r.nextInt(ZH_HANT.size())) : ZH.get(r.nextInt(ZH.size())));
            if (punctuate && r.nextInt(6) == 0) {
                b.append('，');
            }
        }
        return b.toString();
    }

    private static String en(Random r, int words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                b.append(' ');
            }
            String word = EN.get(r.nextInt(EN.size()));
            b.append(r.nextInt(5) == 0 ? word + "s" : word);
        }
        return b.toString();
    }
}
