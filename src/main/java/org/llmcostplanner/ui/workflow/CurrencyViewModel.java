package org.llmcostplanner.ui.workflow;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.llmcostplanner.io.Presentation;
import org.llmcostplanner.ui.NumberText;

/**
 * The display-currency dialog's state: an ISO code and the rate from USD, typed as text and
 * checked by the file format's own rules ({@link Presentation}), so what the dialog accepts a
 * file can hold. Display only: the model, saved figures and the report stay in USD.
 */
public final class CurrencyViewModel {

    private final Presentation initial;
    private final StringProperty codeText = new SimpleStringProperty(this, "codeText");
    private final StringProperty rateText = new SimpleStringProperty(this, "rateText");
    private final StringBinding error;

    /** @param initial the current presentation; null = none recorded (USD) */
    public CurrencyViewModel(Presentation initial) {
        this.initial = initial;
        Presentation shown = initial != null ? initial : Presentation.USD;
        codeText.set(shown.currency());
        rateText.set(NumberText.format(shown.usdExchangeRate(), 8));
        error = Bindings.createStringBinding(this::problem, codeText, rateText);
    }

    public StringProperty codeTextProperty() {
        return codeText;
    }

    public StringProperty rateTextProperty() {
        return rateText;
    }

    /** Empty when usable, else what is wrong, naming the field and what is allowed. */
    public StringBinding errorProperty() {
        return error;
    }

    /**
     * The presentation to record. USD with no currency recorded before stays unrecorded (null),
     * so a file that never had a currency does not gain one.
     */
    public Optional<Optional<Presentation>> result() {
        if (!problem().isEmpty()) {
            return Optional.empty();
        }
        String code = code();
        if ("USD".equals(code) && initial == null) {
            return Optional.of(Optional.empty());
        }
        return Optional.of(Optional.of(new Presentation(code, rate().getAsDouble())));
    }

    private String code() {
        return codeText.get() == null ? "" : codeText.get().strip().toUpperCase(Locale.ROOT);
    }

    private OptionalDouble rate() {
        return "USD".equals(code()) ? OptionalDouble.of(1) : NumberText.parse(rateText.get());
    }

    private String problem() {
        String code = code();
        String p = Presentation.currencyProblem(code);
        if (p != null) {
            return "Currency: " + p;
        }
        OptionalDouble rate = rate();
        if (rate.isEmpty()) {
            return "Rate: \"" + (rateText.get() == null ? "" : rateText.get().strip()) + "\" is not a number";
        }
        p = Presentation.rateProblem(code, rate.getAsDouble());
        return p == null ? "" : "Rate: " + p;
    }
}
