package org.llmcostplanner.ui.workflow;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Binds the display-currency dialog's controls to its view-model. */
public final class CurrencyDialogController {

    /** Common choices; any other ISO 4217 code can be typed. */
    static final String[] COMMON = {"USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "INR", "CNY", "SEK", "BRL"};

    @FXML
    private ComboBox<String> currencyChoice;
    @FXML
    private TextField rateField;
    @FXML
    private Label rateUnitLabel;
    @FXML
    private Label currencyErrorLabel;

    void bind(CurrencyViewModel model) {
        currencyChoice.getItems().setAll(COMMON);
        currencyChoice.getEditor().textProperty().bindBidirectional(model.codeTextProperty());
        currencyChoice.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.codeTextProperty().set(now);
            }
        });
        rateField.textProperty().bindBidirectional(model.rateTextProperty());
        rateField.disableProperty().bind(model.codeTextProperty().isEqualToIgnoreCase("USD"));
        rateUnitLabel.textProperty().bind(javafx.beans.binding.Bindings.concat(
                model.codeTextProperty(), " per 1 USD"));
        currencyErrorLabel.textProperty().bind(model.errorProperty());
        currencyErrorLabel.visibleProperty().bind(model.errorProperty().isNotEmpty());
    }
}
