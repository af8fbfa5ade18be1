package org.notegarden.community.internal.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * The implicit (machine-readable) AI label the platform writes into the JPEG renditions it
 * serves, as one XMP packet: the IPTC Digital Source Type {@code trainedAlgorithmicMedia} (what
 * the EU AI Act's Art. 50 marking and C2PA readers look for) and the {@code TC260:AIGC} field
 * China's labelling measures and GB 45438-2025 describe — the tier ({@code Label} 1 generated,
 * 2 possibly, 3 suspected), the disseminating platform and the content's id there. Re-encoding
 * strips every other metadata; this is the one the platform adds on purpose.
 */
public final class ImplicitLabel {
    public static final String PLATFORM = "Notegarden";
    public static final String TRAINED_ALGORITHMIC_MEDIA = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";

    /** The labelling tiers of China's measures; only GENERATED and POSSIBLE claim an AI source in IPTC terms. */
    public enum Tier {
        /** The upload's own metadata said so. */
        GENERATED("1"),
        /** The author declared it. */
        POSSIBLE("2"),
        /** The platform found a generator's traces, without a label or a declaration. */
        SUSPECTED("3");

        final String code;

        Tier(String code) {
            this.code = code;
        }
    }

    private ImplicitLabel() {
    }

    /** What a medium should carry, as stored on it: "tier:content id". */
    static String stamp(Tier tier, String contentId) {
        return tier.name() + ":" + contentId;
    }

    static String xmp(Tier tier, String contentId) {
        String aigc = "{\"Label\":\"" + tier.code + "\",\"ContentProducer\":\"\",\"ProduceID\":\"\",\"ReservedCode1\":\"\","
                + "\"ContentPropagator\":\"" + PLATFORM + "\",\"PropagateID\":\"" + contentId + "\",\"ReservedCode2\":\"\"}";
        String source = tier == Tier.SUSPECTED ? ""
                : "<Iptc4xmpExt:DigitalSourceType>" + TRAINED_ALGORITHMIC_MEDIA + "</Iptc4xmpExt:DigitalSourceType>";
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\""
                + " xmlns:TC260=\"http://www.tc260.org.cn/ns/AIGC/1.0/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + source + "<TC260:AIGC>" + aigc.replace("\"", "&quot;") + "</TC260:AIGC>"
                + "<xmp:CreatorTool>" + PLATFORM + "</xmp:CreatorTool>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }

    /** The JPEG with this label (replacing any XMP it had), or with none when {@code tier} is null. */
    static byte[] apply(byte[] jpeg, Tier tier, String contentId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + 1024);
        try {
            if (tier == null) {
                new JpegXmpRewriter().removeXmpXml(jpeg, out);
            } else {
                new JpegXmpRewriter().updateXmpXml(jpeg, out, xmp(tier, contentId));
            }
        } catch (ImagingException e) {
            throw new IOException("not a JPEG rendition", e);
        }
        return out.toByteArray();
    }
}
