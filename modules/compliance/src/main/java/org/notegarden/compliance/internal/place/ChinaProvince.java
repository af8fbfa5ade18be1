package org.notegarden.compliance.internal.place;

import java.util.Optional;

/**
 * Provinces, autonomous regions and municipalities of China with their ISO 3166-2 codes, the
 * name prefix ip2region uses ("广东省", "内蒙古") and their English names. Hong Kong, Macao and
 * Taiwan are kept for completeness although DB-IP already reports them as HK, MO and TW.
 */
enum ChinaProvince {
    AH("安徽", "Anhui"), BJ("北京", "Beijing"), CQ("重庆", "Chongqing"), FJ("福建", "Fujian"),
    GD("广东", "Guangdong"), GS("甘肃", "Gansu"), GX("广西", "Guangxi"), GZ("贵州", "Guizhou"),
    HA("河南", "Henan"), HB("湖北", "Hubei"), HE("河北", "Hebei"), HI("海南", "Hainan"),
    HK("香港", "Hong Kong"), HL("黑龙江", "Heilongjiang"), HN("湖南", "Hunan"), JL("吉林", "Jilin"),
    JS("江苏", "Jiangsu"), JX("江西", "Jiangxi"), LN("辽宁", "Liaoning"), MO("澳门", "Macao"),
    NM("内蒙古", "Inner Mongolia"), NX("宁夏", "Ningxia"), QH("青海", "Qinghai"), SC("四川", "Sichuan"),
    SD("山东", "Shandong"), SH("上海", "Shanghai"), SN("陕西", "Shaanxi"), SX("山西", "Shanxi"),
    TJ("天津", "Tianjin"), TW("台湾", "Taiwan"), XJ("新疆", "Xinjiang"), XZ("西藏", "Tibet"),
    YN("云南", "Yunnan"), ZJ("浙江", "Zhejiang");

    final String chineseName;
    final String englishName;

    ChinaProvince(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    String code() {
        return "CN-" + name();
    }

    /** Matches ip2region's province field ("广东省", "北京", "内蒙古自治区"). */
    static Optional<ChinaProvince> ofIp2RegionName(String name) {
        if (name == null || name.isEmpty() || "0".equals(name)) {
            return Optional.empty();
        }
        for (ChinaProvince p : values()) {
            if (name.startsWith(p.chineseName)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static Optional<ChinaProvince> ofCode(String code) {
        if (code == null || !code.startsWith("CN-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.substring(3)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
