package org.llmcostplanner.ui.compare;

import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.llmcostplanner.ui.NumberText;
import org.llmcostplanner.ui.PathChooser;

/** The Compare tab: a table of scenarios and their figures at one volume, with differences. */
public final class CompareViewController {

    @FXML
    private TableView<CompareRow> compareTable;
    @FXML
    private TableColumn<CompareRow, String> nameColumn;
    @FXML
    private TableColumn<CompareRow, String> breakEvenRawColumn;
    @FXML
    private TableColumn<CompareRow, String> breakEvenWithOpsColumn;
    @FXML
    private TableColumn<CompareRow, String> apiOnlyColumn;
    @FXML
    private TableColumn<CompareRow, String> planColumn;
    @FXML
    private TableColumn<CompareRow, String> savingsColumn;
    @FXML
    private TableColumn<CompareRow, String> paybackColumn;
    @FXML
    private TableColumn<CompareRow, String> oneTimeColumn;
    @FXML
    private TableColumn<CompareRow, String> differenceColumn;
    @FXML
    private Button addFileButton;
    @FXML
    private Button addCurrentButton;
    @FXML
    private Button removeButton;
    @FXML
    private Button referenceButton;
    @FXML
    private TextField compareVolumeField;
    @FXML
    private Button currentVolumeButton;
    @FXML
    private Label compareMessageLabel;

    private static final double TWO_LINES = 42;

    void bind(CompareViewModel model, PathChooser chooser, Supplier<Window> owner) {
        compareTable.setItems(model.rows());
        // Two lines per row: room for a wrapped name and two differences; the rest is in the tooltip.
        compareTable.setFixedCellSize(TWO_LINES);
        text(nameColumn, CompareRow::name);
        text(breakEvenRawColumn, CompareRow::breakEvenRaw);
        text(breakEvenWithOpsColumn, CompareRow::breakEvenWithOps);
        text(apiOnlyColumn, CompareRow::apiOnly);
        text(planColumn, CompareRow::plan);
        text(savingsColumn, CompareRow::savings);
        text(paybackColumn, CompareRow::payback);
        text(oneTimeColumn, CompareRow::oneTimeCost);
        text(differenceColumn, CompareRow::difference);
        compareTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(CompareRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("error-row", "reference-row");
                setTooltip(null);
                if (!empty && row != null) {
                    if (row.hasError()) {
                        getStyleClass().add("error-row");
                        setTooltip(new Tooltip(row.error()));
                    }
                    if (row.reference()) {
                        getStyleClass().add("reference-row");
                    }
                }
            }
        });

        addFileButton.setOnAction(e -> chooser.chooseScenarioToOpen(owner.get(), null).ifPresent(model::addFile));
        addCurrentButton.setOnAction(e -> model.addCurrent());
        removeButton.disableProperty().bind(compareTable.getSelectionModel().selectedItemProperty().isNull());
        removeButton.setOnAction(e -> model.remove(compareTable.getSelectionModel().getSelectedIndex()));
        referenceButton.disableProperty().bind(compareTable.getSelectionModel().selectedItemProperty().isNull());
        referenceButton.setOnAction(e -> model.makeReference(compareTable.getSelectionModel().getSelectedIndex()));

        compareVolumeField.setText(NumberText.format(model.volumeProperty().get()));
        model.volumeProperty().addListener((obs, old, now) -> {
            if (!compareVolumeField.isFocused()) {
                compareVolumeField.setText(NumberText.format(now.doubleValue()));
            }
        });
        compareVolumeField.setOnAction(e -> applyVolume(model));
        compareVolumeField.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                applyVolume(model);
            }
        });
        currentVolumeButton.setOnAction(e -> {
            model.useCurrentVolume();
            compareVolumeField.setText(NumberText.format(model.volumeProperty().get()));
        });
        compareMessageLabel.textProperty().bind(model.messageProperty());
    }

    private void applyVolume(CompareViewModel model) {
        OptionalDouble typed = NumberText.parse(compareVolumeField.getText());
        if (typed.isEmpty()) {
            model.setVolume(Double.NaN); // refused, with a message naming the field
            return;
        }
        if (typed.getAsDouble() != model.volumeProperty().get() && model.setVolume(typed.getAsDouble()) == null) {
            compareVolumeField.setText(NumberText.format(typed.getAsDouble()));
        }
    }

    private static void text(TableColumn<CompareRow, String> column, Function<CompareRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true); // long names, differences and errors take more lines, not "…"
                setTooltip(empty || item == null || item.length() < 24 ? null : new Tooltip(item));
            }
        });
    }
}
