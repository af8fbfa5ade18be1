package org.notegarden.compliance.internal.moderation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes template sections as RFC 4180 CSV (one file each), and all of a year's in one ZIP. */
final class TemplateCsv {
    private TemplateCsv() {
    }

    static String csv(TransparencyTemplate.Section section) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(section.columns().toArray(String[]::new)).get())) {
            for (List<Object> row : section.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A ZIP with {@code overview.csv} (the report's frame) and one CSV per section. */
    static byte[] zip(int year, String provider, List<TransparencyTemplate.Section> sections) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "overview.csv", overview(year, provider, sections));
            for (TransparencyTemplate.Section s : sections) {
                entry(zip, s.name() + ".csv", csv(s));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String overview(int year, String provider, List<TransparencyTemplate.Section> sections) {
        return csv(new TransparencyTemplate.Section("overview", List.of("field", "value"), List.of(
                List.of("template", "Implementing Regulation (EU) 2024/2835, Annex I"),
                List.of("provider", provider),
                List.of("service", "Notegarden"),
                List.of("reporting_period_start", year + "-01-01"),
                List.of("reporting_period_end", year + "-12-31"),
                List.of("sections", String.join(" ", sections.stream().map(TransparencyTemplate.Section::name).toList())))));
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
