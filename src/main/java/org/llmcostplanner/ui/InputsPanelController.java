package org.llmcostplanner.ui;

import javafx.fxml.FXML;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.llmcostplanner.model.Billing;

/** Fills the inputs panel with one row per input and binds the billing choice. */
public final class InputsPanelController {

    @FXML
    private VBox essentialInputs;
    @FXML
    private VBox advancedInputs;
    @FXML
    private TitledPane advancedPane;
    @FXML
    private ToggleGroup billingGroup;
    @FXML
    private RadioButton flatBillingRadio;
    @FXML
    private RadioButton hourlyBillingRadio;

    private final ValidationSupport validation = newValidation();

    void bind(PlannerViewModel planner, InputModels rows) {
        rows.essential().forEach(m -> essentialInputs.getChildren().add(new InputRow(m, validation)));
        rows.advanced().forEach(m -> advancedInputs.getChildren().add(new InputRow(m, validation)));

        flatBillingRadio.setUserData(Billing.FLAT);
        hourlyBillingRadio.setUserData(Billing.HOURLY);
        selectBilling(planner.billingProperty().get());
        planner.billingProperty().addListener((obs, old, now) -> selectBilling(now));
        billingGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                planner.billingProperty().set((Billing) now.getUserData());
            }
        });
    }

    /**
     * Marks refused fields with a style class (a red frame, see planner.css) instead of ControlsFX's
     * default icon, which sat on the field's corner and covered the start of the message below.
     */
    private static ValidationSupport newValidation() {
        ValidationSupport support = new ValidationSupport();
        support.setValidationDecorator(new StyleClassValidationDecoration());
        return support;
    }

    private void selectBilling(Billing b) {
        billingGroup.selectToggle(b == Billing.HOURLY ? hourlyBillingRadio : flatBillingRadio);
    }
}
