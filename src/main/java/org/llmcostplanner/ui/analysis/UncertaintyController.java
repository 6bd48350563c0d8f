package org.llmcostplanner.ui.analysis;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.llmcostplanner.model.InputField;

/** The Uncertainty tab: a small editable table of ranges and the ranges' effect on the answer. */
public final class UncertaintyController {

    @FXML
    private Region uncertaintyRoot;
    @FXML
    private GridPane rangesGrid;
    @FXML
    private ComboBox<InputField> addRangeChoice;
    @FXML
    private Button addRangeButton;
    @FXML
    private CheckBox showBandsCheck;
    @FXML
    private Label breakEvenRangeLabel;
    @FXML
    private Label paybackRangeLabel;
    @FXML
    private Label oneTimeRangeLabel;
    @FXML
    private Label methodLabel;

    private UncertaintyViewModel vm;

    void bind(UncertaintyViewModel vm) {
        this.vm = vm;
        TabActivity.follow(uncertaintyRoot, vm.activeProperty());
        InputChoices.fill(addRangeChoice);
        addRangeChoice.setValue(InputField.RAMP_DAYS);
        addRangeButton.setOnAction(e -> {
            vm.add(addRangeChoice.getValue());
            refreshChoices();
        });
        showBandsCheck.selectedProperty().bindBidirectional(vm.showBandsProperty());
        breakEvenRangeLabel.textProperty().bind(vm.breakEvenTextProperty());
        paybackRangeLabel.textProperty().bind(vm.paybackTextProperty());
        oneTimeRangeLabel.textProperty().bind(vm.oneTimeTextProperty());
        methodLabel.textProperty().bind(vm.methodTextProperty());
        vm.rows().addListener((ListChangeListener<RangeRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
    }

    private void refreshChoices() {
        InputField keep = addRangeChoice.getValue();
        addRangeChoice.getItems().setAll(vm.addable());
        addRangeChoice.setValue(vm.addable().contains(keep) ? keep : vm.addable().isEmpty() ? null : vm.addable().get(0));
    }

    /** One line per range: on/off, input, low, high, remove, and the row's message under it. */
    private void rebuild() {
        rangesGrid.getChildren().clear();
        rangesGrid.add(header("Use"), 0, 0);
        rangesGrid.add(header("Input"), 1, 0);
        rangesGrid.add(header("Low"), 2, 0);
        rangesGrid.add(header("High"), 3, 0);
        int line = 1;
        for (RangeRow r : vm.rows()) {
            String id = r.input().jsonName();
            CheckBox use = new CheckBox();
            use.setId(id + "RangeUse");
            use.selectedProperty().bindBidirectional(r.enabledProperty());
            Label name = new Label(r.label());
            name.setMinWidth(Region.USE_PREF_SIZE);
            TextField low = field(id + "RangeLow");
            low.textProperty().bindBidirectional(r.lowTextProperty());
            TextField high = field(id + "RangeHigh");
            high.textProperty().bindBidirectional(r.highTextProperty());
            Button remove = new Button("Remove");
            remove.setId(id + "RangeRemove");
            remove.setOnAction(e -> {
                vm.remove(r);
                refreshChoices();
            });
            Label error = new Label();
            error.setId(id + "RangeError");
            error.getStyleClass().add("input-error");
            error.textProperty().bind(r.errorProperty());
            error.visibleProperty().bind(r.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            rangesGrid.addRow(line, use, name, low, high, remove);
            rangesGrid.add(error, 1, line + 1, 4, 1);
            line += 2;
        }
        refreshChoices();
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("figure-caption");
        return l;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(6);
        f.setAlignment(Pos.CENTER_RIGHT);
        return f;
    }
}
