package org.notegarden.commerce.internal.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.TextLength;

/** Limits on products and their variants. Pure: the caller supplies which images are the merchant's. */
public final class CatalogRules {
    public static final Set<String> CATEGORIES = Set.of("beauty", "fashion", "food", "home", "travel", "fitness",
            "digital", "books", "kids", "pets", "other");
    public static final int MAX_IMAGES = 9;
    public static final int MAX_SKUS = 50;
    public static final long MAX_PRICE = 100_000_000L;
    public static final int MAX_STOCK = 1_000_000;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Pattern OPTION = Pattern.compile("[^;=]{1,30}");

    private CatalogRules() {
    }

    /** A variant as sent by a merchant; a null stock on an existing code keeps its stock; weight is optional. */
    public record SkuInput(String code, Map<String, String> options, Long price, Integer stock, Integer weightGrams) {
        public SkuInput(String code, Map<String, String> options, Long price, Integer stock) {
            this(code, options, price, stock, null);
        }
    }

    public record ProductInput(String titleEn, String titleZh, String descriptionEn, String descriptionZh, String category,
                               List<Long> imageMediaIds, List<SkuInput> skus, String status) {
    }

    public record ValidSku(String code, Map<String, String> options, long priceMinor, Integer stock, Integer weightGrams) {
    }

    /** Up to 1,000 kg: anything heavier is freight, not a parcel. */
    public static final int MAX_WEIGHT_GRAMS = 1_000_000;

    public record ValidProduct(String titleEn, String titleZh, String descriptionEn, String descriptionZh, String category,
                               List<Long> imageMediaIds, List<ValidSku> skus, Product.Status status) {
    }

    public static ValidProduct check(ProductInput in, Set<Long> merchantsImages) {
        List<FieldError> errors = new ArrayList<>();
        String en = trimOrNull(in.titleEn());
        String zh = trimOrNull(in.titleZh());
        if (en == null && zh == null) {
            errors.add(new FieldError("titleEn", CommerceMessages.TITLE_IN_ENGLISH_OR_CHINESE_IS_REQUIRED));
        }
        if (en != null && TextLength.of(en) > 60) {
            errors.add(new FieldError("titleEn", CommerceMessages.MUST_BE_AT_MOST_60_CHARACTERS));
        }
        if (zh != null && TextLength.of(zh) > 60) {
            errors.add(new FieldError("titleZh", CommerceMessages.MUST_BE_AT_MOST_60_CHARACTERS));
        }
        String dEn = trimOrEmpty(in.descriptionEn());
        String dZh = trimOrEmpty(in.descriptionZh());
        if (TextLength.of(dEn) > 2000) {
            errors.add(new FieldError("descriptionEn", CommerceMessages.MUST_BE_AT_MOST_2000_CHARACTERS));
        }
        if (TextLength.of(dZh) > 2000) {
            errors.add(new FieldError("descriptionZh", CommerceMessages.MUST_BE_AT_MOST_2000_CHARACTERS));
        }
        if (in.category() == null || !CATEGORIES.contains(in.category())) {
            errors.add(new FieldError("category", CommerceMessages.MUST_BE_ONE_OF_N, new java.util.TreeSet<>(CATEGORIES)));
        }
        List<Long> images = in.imageMediaIds() == null ? List.of() : in.imageMediaIds();
        if (images.size() > MAX_IMAGES) {
            errors.add(new FieldError("imageMediaIds", CommerceMessages.AT_MOST_N_IMAGES, MAX_IMAGES));
        } else {
            for (int i = 0; i < images.size(); i++) {
                if (images.get(i) == null || !merchantsImages.contains(images.get(i))) {
                    errors.add(new FieldError("imageMediaIds[" + i + "]", CommerceMessages.IS_NOT_IMAGE_YOU_UPLOADED));
                }
            }
        }
        Product.Status status;
        try {
            status = in.status() == null ? Product.Status.DRAFT : Product.Status.valueOf(in.status());
        } catch (IllegalArgumentException e) {
            status = Product.Status.DRAFT;
            errors.add(new FieldError("status", CommerceMessages.MUST_BE_DRAFT_ACTIVE_OR_ARCHIVED));
        }
        List<SkuInput> skus = in.skus() == null ? List.of() : in.skus();
        if (skus.isEmpty() || skus.size() > MAX_SKUS) {
            errors.add(new FieldError("skus", CommerceMessages.PRODUCT_HAS_1_N_VARIANTS, MAX_SKUS));
        }
        List<ValidSku> valid = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < Math.min(skus.size(), MAX_SKUS); i++) {
            SkuInput s = skus.get(i);
            String at = "skus[" + i + "].";
            if (s == null) {
                errors.add(new FieldError("skus[" + i + "]", CommerceMessages.IS_REQUIRED));
                continue;
            }
            if (s.code() == null || !CODE.matcher(s.code()).matches()) {
                errors.add(new FieldError(at + "code", CommerceMessages.MUST_BE_1_64_LETTERS_DIGITS_OR));
            } else if (!codes.add(s.code())) {
                errors.add(new FieldError(at + "code", CommerceMessages.APPEARS_TWICE));
            }
            Map<String, String> options = new LinkedHashMap<>();
            if (s.options() != null) {
                if (s.options().size() > 3) {
                    errors.add(new FieldError(at + "options", CommerceMessages.AT_MOST_3_OPTIONS_E_G_SIZE_COLOUR));
                }
                s.options().forEach((k, v) -> {
                    if (k == null || v == null || !OPTION.matcher(k).matches() || !OPTION.matcher(v).matches()) {
                        errors.add(new FieldError(at + "options", CommerceMessages.NAMES_AND_VALUES_ARE_1_30_CHARACTERS_WITHOUT));
                    } else {
                        options.put(k.strip(), v.strip());
                    }
                });
            }
            if (s.price() == null || s.price() < 1 || s.price() > MAX_PRICE) {
                errors.add(new FieldError(at + "price", CommerceMessages.MUST_BE_BETWEEN_1_AND_N_MINOR_UNITS, MAX_PRICE));
            }
            if (s.stock() != null && (s.stock() < 0 || s.stock() > MAX_STOCK)) {
                errors.add(new FieldError(at + "stock", CommerceMessages.MUST_BE_BETWEEN_0_AND_N, MAX_STOCK));
            }
            if (s.weightGrams() != null && (s.weightGrams() < 1 || s.weightGrams() > MAX_WEIGHT_GRAMS)) {
                errors.add(new FieldError(at + "weightGrams", CommerceMessages.MUST_BE_BETWEEN_1_AND_N, MAX_WEIGHT_GRAMS));
            }
            valid.add(new ValidSku(s.code(), options, s.price() == null ? 0 : s.price(), s.stock(), s.weightGrams()));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return new ValidProduct(en, zh, dEn, dZh, in.category(), List.copyOf(images), valid, status);
    }

    private static String trimOrNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String trimOrEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
