package org.llmcostplanner.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

import java.io.IOException;

/**
 * Remembers whether the top-level value has been read completely, so an error raised after it
 * (Jackson's FAIL_ON_TRAILING_TOKENS check, or garbage the tokenizer cannot read) can be reported
 * as "content after the end" instead of a confusing syntax message.
 */
final class RootTrackingParser extends JsonParserDelegate {

    private boolean readAny;
    private boolean rootValueDone;

    RootTrackingParser(JsonParser delegate) {
        super(delegate);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        // Back at the root after reading something: the top-level value is complete. (Databind
        // clears the current token after binding, so the context is what tells.)
        if (readAny && getParsingContext().inRoot()) {
            rootValueDone = true;
        }
        JsonToken token = super.nextToken();
        readAny |= token != null;
        return token;
    }

    boolean rootValueDone() {
        return rootValueDone;
    }
}
