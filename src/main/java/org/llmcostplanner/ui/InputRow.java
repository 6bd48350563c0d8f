package org.llmcostplanner.ui;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * One input as a row: its label, then slider, number field and unit on one line, and a
 * message line that appears when the typed text is refused. Binding only; what is allowed is the
 * row model's business. Node ids follow the input's file name: {@code requestsPerDaySlider},
 * {@code requestsPerDayField}, {@code requestsPerDayError}.
 */
public final class InputRow extends VBox {

    private static final double UNIT_WIDTH = 64;

    public InputRow(NumericInputModel model, ValidationSupport validation) {
        getStyleClass().add("input-row");
        setId(model.id() + "Row");

        Label label = new Label(model.label());
        label.getStyleClass().add("input-label");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);

        TextField field = new TextField();
        field.setId(model.id() + "Field");
        field.getStyleClass().add("input-field");
        field.setPrefColumnCount(6);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.textProperty().bindBidirectional(model.textProperty());
        field.setOnAction(e -> model.commit());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.commit();
            }
        });

        Label unit = new Label(model.unit());
        unit.getStyleClass().add("input-unit");
        // A fixed unit column keeps every row's field and slider aligned.
        unit.setMinWidth(UNIT_WIDTH);
        unit.setPrefWidth(UNIT_WIDTH);

        Slider slider = new Slider(model.scale().positionMin(), model.scale().positionMax(),
                model.sliderPositionProperty().get());
        slider.setId(model.id() + "Slider");
        slider.getStyleClass().add("input-slider");
        slider.setMinWidth(80);
        slider.valueProperty().bindBidirectional(model.sliderPositionProperty());
        // A refused slider value (e.g. a token mix whose output tokens would exceed their range) is
        // put back by the model inside the slider's own change, which a bidirectional binding
        // ignores while it propagates; re-sync the thumb right after that change.
        slider.valueProperty().addListener((obs, old, now) -> Platform.runLater(() -> {
            double wanted = model.sliderPositionProperty().get();
            if (slider.getValue() != wanted) {
                slider.setValue(wanted);
            }
        }));
        HBox.setHgrow(slider, Priority.ALWAYS);

        // Label on a line of its own: long labels ("Maintenance hours per month") never clip.
        HBox controls = new HBox(6, slider, field, unit);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId(model.id() + "Error");
        error.getStyleClass().add("input-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Tooltip tip = new Tooltip(model.tooltip());
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.setShowDelay(Duration.millis(400));
        label.setTooltip(tip);
        field.setTooltip(tip);
        slider.setTooltip(tip);

        visibleProperty().bind(model.relevantProperty());
        managedProperty().bind(visibleProperty());

        validation.registerValidator(field, false, (Control c, String text) -> {
            String problem = model.problemWith(text);
            return ValidationResult.fromErrorIf(c, problem == null ? "" : problem, problem != null);
        });

        getChildren().addAll(label, controls, error);
    }
}
