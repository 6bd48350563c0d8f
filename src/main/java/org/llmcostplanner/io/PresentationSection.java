package org.llmcostplanner.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.List;

/**
 * The {@code presentation} section of scenario file v2:
 * {@code {"currency": "EUR", "usdExchangeRate": 0.92}}, both keys required.
 */
final class PresentationSection {

    static final String KEY = "presentation";
    static final String CURRENCY = "currency";
    static final String RATE = "usdExchangeRate";
    private static final List<String> KEYS = List.of(CURRENCY, RATE);

    private PresentationSection() {
    }

    static Presentation read(JsonNode node, SectionReader in) throws ScenarioFormatException {
        in.fields(KEY, node, KEYS);
        String currencyPath = KEY + "." + CURRENCY;
        String ratePath = KEY + "." + RATE;
        String currency = in.text(currencyPath,
                in.required(KEY, node, CURRENCY, "an ISO 4217 currency code, e.g. \"EUR\""));
        String currencyProblem = Presentation.currencyProblem(currency);
        if (currencyProblem != null) {
            throw in.error(currencyPath, currencyProblem);
        }
        String allowedRate = "> 0, units of " + currency + " per USD";
        double rate = in.number(ratePath, in.required(KEY, node, RATE, allowedRate), allowedRate);
        String rateProblem = Presentation.rateProblem(currency, rate);
        if (rateProblem != null) {
            throw in.error(ratePath, rateProblem);
        }
        return new Presentation(currency, rate);
    }

    static void write(JsonGenerator gen, Presentation p) throws IOException {
        gen.writeObjectFieldStart(KEY);
        gen.writeStringField(CURRENCY, p.currency());
        gen.writeNumberField(RATE, p.usdExchangeRate());
        gen.writeEndObject();
    }
}
