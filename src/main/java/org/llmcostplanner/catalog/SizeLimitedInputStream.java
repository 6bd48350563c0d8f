package org.llmcostplanner.catalog;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading after a byte limit. Jackson's own document-length limit is only checked when it
 * refills its buffer, so on its own it lets a small over-limit stream through.
 */
final class SizeLimitedInputStream extends FilterInputStream {

    private final long limit;
    private final String origin;
    private long count;

    SizeLimitedInputStream(InputStream in, long limit, String origin) {
        super(in);
        this.limit = limit;
        this.origin = origin;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws CatalogImportException {
        count += n;
        if (count > limit) {
            throw new CatalogImportException(origin + ": more than " + limit
                    + " bytes is too large for a LiteLLM price file");
        }
    }
}
