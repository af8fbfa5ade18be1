package org.notegarden.community.internal.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.OptionalLong;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Media in a bucket of an S3-compatible object store (AWS S3, MinIO, Ceph, Cloudflare R2 …), so
 * that every app node reads what any node wrote. Objects are put whole (S3 makes a put visible
 * only once complete, so no reader sees half an object), read with a {@code Range} request, and
 * served through the app like local media: same ETag, immutable caching and ranges. Keys are
 * checked like the local store's, so a key never names anything outside the media.
 */
public final class S3MediaStore implements MediaStore {
    private final S3Client s3;
    private final String bucket;

    public S3MediaStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, Path file) throws IOException {
        MediaKeys.check(key);
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(MediaKeys.contentType(key)), RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw failure("could not store " + key, e);
        }
    }

    @Override
    public OptionalLong size(String key) throws IOException {
        MediaKeys.check(key);
        try {
            return OptionalLong.of(s3.headObject(b -> b.bucket(bucket).key(key)).contentLength());
        } catch (NoSuchKeyException e) {
            return OptionalLong.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return OptionalLong.empty(); // HEAD answers carry no error code, only the status
            }
            throw failure("could not look up " + key, e);
        } catch (SdkException e) {
            throw failure("could not look up " + key, e);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        MediaKeys.check(key);
        if (length <= 0) {
            return InputStream.nullInputStream(); // an empty range is not expressible as a Range header
        }
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key).range("bytes=" + offset + "-" + (offset + length - 1)));
        } catch (SdkException e) {
            throw failure("could not read " + key, e);
        }
    }

    /** Closes the client's connections (when the application stops). */
    void close() {
        s3.close();
    }

    @Override
    public void delete(String key) throws IOException {
        MediaKeys.check(key);
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw failure("could not delete " + key, e);
        }
    }

    /** An outage (no answer, or a 5xx) is {@link MediaStoreUnavailable}; anything else a plain I/O failure. */
    private IOException failure(String what, SdkException e) {
        String message = what + " in bucket " + bucket + ": " + e.getMessage();
        boolean outage = e instanceof SdkClientException || e instanceof S3Exception s3 && s3.statusCode() >= 500;
        return outage ? new MediaStoreUnavailable(message, e) : new IOException(message, e);
    }
}
