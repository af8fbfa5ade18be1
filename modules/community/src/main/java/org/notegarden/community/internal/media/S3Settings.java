package org.notegarden.community.internal.media;

import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Where the S3 media bucket is and how to reach it ({@code notegarden.media.s3.*}): the bucket
 * (required), an endpoint for an S3-compatible server (path-style addressing then, unless
 * {@code path-style=false}), the region (default us-east-1), and an access key with its secret,
 * or else the SDK's usual chain (AWS_ACCESS_KEY_ID, profiles, instance roles).
 */
record S3Settings(String bucket, Optional<String> endpoint, String region, boolean pathStyle,
                  Optional<String> accessKey, Optional<String> secretKey) {

    static S3Settings from(Config config) {
        Optional<String> endpoint = config.getOptionalValue("notegarden.media.s3.endpoint", String.class);
        return new S3Settings(
                config.getOptionalValue("notegarden.media.s3.bucket", String.class)
                        .orElseThrow(() -> new IllegalStateException("notegarden.media.store=s3 needs notegarden.media.s3.bucket")),
                endpoint,
                config.getOptionalValue("notegarden.media.s3.region", String.class).orElse("us-east-1"),
                config.getOptionalValue("notegarden.media.s3.path-style", Boolean.class).orElse(endpoint.isPresent()),
                config.getOptionalValue("notegarden.media.s3.access-key", String.class),
                config.getOptionalValue("notegarden.media.s3.secret-key", String.class));
    }

    /** A client over the JDK's HTTP (no second HTTP stack in the WAR). */
    S3Client client() {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(region))
                .forcePathStyle(pathStyle);
        endpoint.map(URI::create).ifPresent(builder::endpointOverride);
        if (endpoint.isPresent()) {
            // Checksums only where S3 requires them: several S3-compatible servers reject the
            // SDK's newer default of a CRC on every upload.
            builder.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        if (accessKey.isPresent() && secretKey.isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey.get(), secretKey.get())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }

    /** For the log: the bucket and where it is, never the keys. */
    String describe() {
        return "S3 bucket " + bucket + endpoint.map(e -> " at " + e).orElse(" in " + region);
    }
}
