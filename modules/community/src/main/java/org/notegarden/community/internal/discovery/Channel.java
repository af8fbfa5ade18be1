package org.notegarden.community.internal.discovery;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.platform.api.Problems;

/**
 * The topic channels of the home feed. Each gathers notes by the words people use for it in
 * either language, in topics and titles; the words are the platform's editorial choice, kept here.
 */
public enum Channel {
    FASHION(List.of("fashion", "outfit", "ootd", "style", "dress", "穿搭", "时尚", "時尚", "搭配", "连衣裙")),
    BEAUTY(List.of("beauty", "skincare", "makeup", "lipstick", "sunscreen", "美妆", "美妝", "护肤", "護膚", "化妆", "口红", "防晒")),
    FOOD(List.of("food", "coffee", "cafe", "dessert", "recipe", "美食", "咖啡", "探店", "甜品", "火锅", "小吃", "奶茶")),
    TRAVEL(List.of("travel", "trip", "hotel", "hiking", "旅行", "旅游", "旅遊", "攻略", "民宿", "酒店")),
    HOME(List.of("home", "decor", "interior", "家居", "收纳", "收納", "装修", "裝修", "好物")),
    FITNESS(List.of("fitness", "workout", "running", "yoga", "gym", "健身", "跑步", "瑜伽", "减脂"));

    final List<String> words;

    Channel(List<String> words) {
        this.words = words;
    }

    static Optional<Channel> of(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(id.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("channel", CommunityMessages.MUST_BE_ONE_OF_FASHION_BEAUTY_FOOD_TRAVEL);
        }
    }

    /** The words as one "any of these" query. */
    String anyWord() {
        return String.join(" | ", words);
    }
}
