package org.notegarden.compliance.internal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.notegarden.compliance.api.PersonalData;

/**
 * Writes one person's export ZIP: a JSON document per kind of data from every module that holds
 * some, and their media files, reporting progress per module.
 */
@ApplicationScoped
public class ExportBuilder {
    Instance<PersonalData> holders;
    PrivacyRequests requests;

    @Inject
    public ExportBuilder(@Any Instance<PersonalData> holders, PrivacyRequests requests) {
        this.holders = holders;
        this.requests = requests;
    }

    /** For the CDI container's proxy only. */
    protected ExportBuilder() {
    }

    /** Read in one transaction so the export is a consistent picture. */
    @Transactional
    public void build(PrivacyRequest r, Path zip) throws IOException {
        List<PersonalData> all = new ArrayList<>();
        holders.forEach(all::add);
        all.sort((a, b) -> a.section().compareTo(b.section()));
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true));
             OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            PersonalData.ExportSink sink = new PersonalData.ExportSink() {
                @Override
                public void json(String path, Object document) throws IOException {
                    z.putNextEntry(new ZipEntry("notegarden-export/" + path));
                    z.write(jsonb.toJson(document).getBytes(StandardCharsets.UTF_8));
                    z.closeEntry();
                }

                @Override
                public void file(String path, InputStream content) throws IOException {
                    z.putNextEntry(new ZipEntry("notegarden-export/" + path));
                    try (content) {
                        content.transferTo(z);
                    }
                    z.closeEntry();
                }
            };
            z.putNextEntry(new ZipEntry("notegarden-export/README.txt"));
            z.write(("Your Notegarden data, exported for request " + r.getId() + " (" + r.getRegime() + ").\n"
                    + "Each folder is one part of the service; JSON files are UTF-8. media/ holds the files you uploaded.\n")
                    .getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            for (int i = 0; i < all.size(); i++) {
                PersonalData holder = all.get(i);
                requests.progress(r.getId(), 10 + 85 * i / all.size(), "collecting " + holder.section());
                holder.export(r.getAccountId(), sink);
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
