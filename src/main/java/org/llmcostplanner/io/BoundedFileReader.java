package org.llmcostplanner.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a whole file, but never more than a cap: the size is checked before reading, and the
 * read itself stops one byte past the cap, so a file that lies about its size (a device, a file
 * still growing) cannot exhaust memory either. Every failure is a {@link ScenarioFormatException}
 * naming the file.
 */
final class BoundedFileReader {

    /** Opens a file for reading; a seam so tests can simulate unreadable or endless files. */
    @FunctionalInterface
    interface Opener {
        InputStream open(Path path) throws IOException;
    }

    static final Opener FILES = Files::newInputStream;

    private final Opener opener;
    private final int maxBytes;

    BoundedFileReader(Opener opener, int maxBytes) {
        this.opener = opener;
        this.maxBytes = maxBytes;
    }

    static BoundedFileReader standard() {
        return new BoundedFileReader(FILES, JsonSupport.MAX_FILE_BYTES);
    }

    byte[] read(Path path) throws ScenarioFormatException {
        String source = path.toString();
        if (Files.isDirectory(path)) {
            throw new ScenarioFormatException(source, null, "is a directory, not a scenario file");
        }
        try {
            if (Files.isRegularFile(path) && Files.size(path) > maxBytes) {
                throw tooLarge(source, Files.size(path));
            }
            try (InputStream in = opener.open(path)) {
                byte[] data = in.readNBytes(maxBytes + 1);
                if (data.length > maxBytes) {
                    throw tooLarge(source, -1);
                }
                return data;
            }
        } catch (NoSuchFileException e) {
            throw new ScenarioFormatException(source, null, "file not found");
        } catch (AccessDeniedException e) {
            throw new ScenarioFormatException(source, null, "cannot be read: permission denied");
        } catch (IOException e) {
            throw new ScenarioFormatException(source, null, "cannot be read: " + describe(e));
        }
    }

    private ScenarioFormatException tooLarge(String source, long size) {
        String actual = size >= 0 ? size + " bytes" : "more than " + maxBytes + " bytes";
        return new ScenarioFormatException(source, null, "file is too large (" + actual
                + "); scenario files are at most " + maxBytes + " bytes");
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
