package org.llmcostplanner.catalog;

import org.llmcostplanner.model.InputField;

/**
 * The rules every catalog entry obeys, checked in the records' constructors so that built-in,
 * user-typed and imported entries all pass the same gate. Price ranges come from the model's
 * {@link InputField}s, so a catalog price is valid exactly when the scenario would accept it.
 */
final class EntryChecks {

    private EntryChecks() {
    }

    static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEntryException(field, "must not be empty");
        }
        return value.strip();
    }

    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static double requirePrice(String field, double value, InputField range) {
        String problem = range.check(value);
        if (problem != null) {
            throw new InvalidEntryException(field, problem);
        }
        return value;
    }

    static Double optionalPrice(String field, Double value, InputField range) {
        return value == null ? null : requirePrice(field, value, range);
    }

    static double requirePositive(String field, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new InvalidEntryException(field, "must be a finite number > 0");
        }
        return value;
    }

    static <T> T requirePresent(String field, T value) {
        if (value == null) {
            throw new InvalidEntryException(field, "is missing");
        }
        return value;
    }
}
