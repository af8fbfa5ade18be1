package org.notegarden.commerce.internal.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
            errors.add(new FieldError("titleEn", "a title in English or Chinese is required"));
        }
        if (en != null && TextLength.of(en) > 60) {
            errors.add(new FieldError("titleEn", "must be at most 60 characters"));
        }
        if (zh != null && TextLength.of(zh) > 60) {
            errors.add(new FieldError("titleZh", "must be at most 60 characters"));
        }
        String dEn = trimOrEmpty(in.descriptionEn());
        String dZh = trimOrEmpty(in.descriptionZh());
        if (TextLength.of(dEn) > 2000) {
            errors.add(new FieldError("descriptionEn", "must be at most 2000 characters"));
        }
        if (TextLength.of(dZh) > 2000) {
            errors.add(new FieldError("descriptionZh", "must be at most 2000 characters"));
        }
        if (in.category() == null || !CATEGORIES.contains(in.category())) {
            errors.add(new FieldError("category", "must be one of " + new java.util.TreeSet<>(CATEGORIES)));
        }
        List<Long> images = in.imageMediaIds() == null ? List.of() : in.imageMediaIds();
        if (images.size() > MAX_IMAGES) {
            errors.add(new FieldError("imageMediaIds", "at most " + MAX_IMAGES + " images"));
        } else {
            for (int i = 0; i < images.size(); i++) {
                if (images.get(i) == null || !merchantsImages.contains(images.get(i))) {
                    errors.add(new FieldError("imageMediaIds[" + i + "]", "is not an image you uploaded"));
                }
            }
        }
        Product.Status status;
        try {
            status = in.status() == null ? Product.Status.DRAFT : Product.Status.valueOf(in.status());
        } catch (IllegalArgumentException e) {
            status = Product.Status.DRAFT;
            errors.add(new FieldError("status", "must be DRAFT, ACTIVE or ARCHIVED"));
        }
        List<SkuInput> skus = in.skus() == null ? List.of() : in.skus();
        if (skus.isEmpty() || skus.size() > MAX_SKUS) {
            errors.add(new FieldError("skus", "a product has 1-" + MAX_SKUS + " variants"));
        }
        List<ValidSku> valid = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < Math.min(skus.size(), MAX_SKUS); i++) {
            SkuInput s = skus.get(i);
            String at = "skus[" + i + "].";
            if (s == null) {
                errors.add(new FieldError("skus[" + i + "]", "is required"));
                continue;
            }
            if (s.code() == null || !CODE.matcher(s.code()).matches()) {
                errors.add(new FieldError(at + "code", "must be 1-64 letters, digits, '.', '_' or '-'"));
            } else if (!codes.add(s.code())) {
                errors.add(new FieldError(at + "code", "appears twice"));
            }
            Map<String, String> options = new LinkedHashMap<>();
            if (s.options() != null) {
                if (s.options().size() > 3) {
                    errors.add(new FieldError(at + "options", "at most 3 options (e.g. size, colour)"));
                }
                s.options().forEach((k, v) -> {
                    if (k == null || v == null || !OPTION.matcher(k).matches() || !OPTION.matcher(v).matches()) {
                        errors.add(new FieldError(at + "options", "names and values are 1-30 characters without ';' or '='"));
                    } else {
                        options.put(k.strip(), v.strip());
                    }
                });
            }
            if (s.price() == null || s.price() < 1 || s.price() > MAX_PRICE) {
                errors.add(new FieldError(at + "price", "must be between 1 and " + MAX_PRICE + " minor units"));
            }
            if (s.stock() != null && (s.stock() < 0 || s.stock() > MAX_STOCK)) {
                errors.add(new FieldError(at + "stock", "must be between 0 and " + MAX_STOCK));
            }
            if (s.weightGrams() != null && (s.weightGrams() < 1 || s.weightGrams() > MAX_WEIGHT_GRAMS)) {
                errors.add(new FieldError(at + "weightGrams", "must be between 1 and " + MAX_WEIGHT_GRAMS));
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
