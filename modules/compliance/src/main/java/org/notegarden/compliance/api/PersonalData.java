package org.notegarden.compliance.api;

import java.io.IOException;
import java.io.InputStream;

/**
 * Implemented by every module that holds personal data, so a data export gathers everything a
 * person provided and what was observed about them without compliance reading other modules'
 * tables. Each module writes its own files into the export.
 */
public interface PersonalData {
    /** Where the files go in the ZIP: one JSON document per call, and raw files (media) as streams. */
    interface ExportSink {
        void json(String path, Object document) throws IOException;

        void file(String path, InputStream content) throws IOException;
    }

    /** Short name of what this module contributes ("community", "commerce"), for progress. */
    String section();

    void export(long accountId, ExportSink sink) throws IOException;
}
