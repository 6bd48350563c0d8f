package org.llmcostplanner.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** SHA-256 of a file, or of a folder's listing, to show that reading never changes what is on disk. */
public final class Hashes {

    private Hashes() {
    }

    public static String of(Path path) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    String listing = files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining("\n"));
                    digest.update(listing.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            } else {
                byte[] buffer = new byte[1 << 16];
                try (InputStream in = Files.newInputStream(path)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()) + " " + Files.getLastModifiedTime(path).toMillis();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
