package org.llmcostplanner.ui;

import javafx.fxml.FXML;
import javafx.scene.Node;
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
    private Runnable buildAdvanced;
    /** The Advanced pane's content: on the pane only while it is open (see bind). */
    private Node advancedContent;

    void bind(PlannerViewModel planner, InputModels rows) {
        rows.essential().forEach(m -> essentialInputs.getChildren().add(new InputRow(m, validation)));
        // The Advanced rows (most of the inputs) are built after the first frame (see
        // buildAdvancedRows), or at once when the pane is, or gets, expanded.
        buildAdvanced = () -> rows.advanced().forEach(m -> advancedInputs.getChildren().add(new InputRow(m, validation)));
        // Collapsed, the Advanced content is out of the scene. In it, a collapsed TitledPane still
        // measured its content on every edit anywhere in the panel (wrapping labels cache nothing),
        // and JavaFX walks every node of a scene on every pulse to update bounds: the Advanced rows
        // were 306 of the window's 630 nodes, and the walk 8 % of the FX thread's time per slider
        // step. Built once (see buildAdvancedRows), kept while collapsed, put back when opened.
        advancedContent = advancedPane.getContent();
        advancedPane.expandedProperty().addListener((obs, was, expanded) -> {
            if (expanded) {
                buildAdvancedRows();
            }
            advancedPane.setContent(expanded ? advancedContent : null);
        });
        if (advancedPane.isExpanded()) {
            buildAdvancedRows();
        } else {
            advancedPane.setContent(null);
        }

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
     * Builds the rows of the Advanced pane unless they exist. Why not with the rest: they are
     * collapsed at start, and their sliders, fields, tooltips and validation took about 0.24 s
     * of the first frame's 1.5 s in the installed app; the window builds them just after its
     * first frame, or at once when the pane opens.
     */
    void buildAdvancedRows() {
        if (buildAdvanced != null) {
            Runnable build = buildAdvanced;
            buildAdvanced = null;
            build.run();
            if (!advancedPane.isExpanded()) {
                // Skins and CSS for the new rows now, just after the first frame, instead of on
                // the first click on Advanced (measured: that click's layout took 117 ms, later
                // ones 17-31 ms). applyCss needs the rows in the scene: in for this call only.
                advancedPane.setContent(advancedContent);
                advancedContent.applyCss();
                advancedPane.setContent(null);
            }
        }
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
