package org.llmcostplanner.catalog;

import java.io.IOException;

/** A price file that cannot be imported at all; the message names the file and what is wrong. */
public final class CatalogImportException extends IOException {

    private static final long serialVersionUID = 1L;

    public CatalogImportException(String message) {
        super(message);
    }

    public CatalogImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
