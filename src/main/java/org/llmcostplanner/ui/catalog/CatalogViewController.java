package org.llmcostplanner.ui.catalog;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.llmcostplanner.catalog.Confidence;
import org.llmcostplanner.ui.PathChooser;

/** The Prices tab: binds the table, filter, buttons and entry form to the catalog view-model. */
public final class CatalogViewController {

    @FXML
    private ChoiceBox<CatalogViewModel.KindFilter> kindFilterChoice;
    @FXML
    private TextField catalogFilterField;
    @FXML
    private Button importButton;
    @FXML
    private TableView<CatalogRow> catalogTable;
    @FXML
    private TableColumn<CatalogRow, String> entryNameColumn;
    @FXML
    private TableColumn<CatalogRow, String> entryKindColumn;
    @FXML
    private TableColumn<CatalogRow, String> entryProviderColumn;
    @FXML
    private TableColumn<CatalogRow, String> entryPriceColumn;
    @FXML
    private TableColumn<CatalogRow, String> entryCheckedColumn;
    @FXML
    private TableColumn<CatalogRow, String> entryConfidenceColumn;
    @FXML
    private TableColumn<CatalogRow, String> entrySourceColumn;
    @FXML
    private Button useForApiButton;
    @FXML
    private Button useForGpuButton;
    @FXML
    private Button addApiButton;
    @FXML
    private Button addGpuButton;
    @FXML
    private Button editButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Label catalogMessageLabel;
    @FXML
    private VBox entryFormPane;
    @FXML
    private Label formTitleLabel;
    @FXML
    private GridPane apiFields;
    @FXML
    private GridPane gpuFields;
    @FXML
    private TextField nameField;
    @FXML
    private TextField providerField;
    @FXML
    private TextField inputPriceField;
    @FXML
    private TextField outputPriceField;
    @FXML
    private TextField cachedPriceField;
    @FXML
    private TextField hourlyRateField;
    @FXML
    private TextField memoryGbField;
    @FXML
    private TextField gpuCountField;
    @FXML
    private TextField sourceField;
    @FXML
    private TextField checkedField;
    @FXML
    private ChoiceBox<Confidence> confidenceChoice;
    @FXML
    private TextField noteField;
    @FXML
    private Button saveEntryButton;
    @FXML
    private Button cancelEntryButton;

    void bind(CatalogViewModel model, PathChooser chooser, Supplier<Window> owner) {
        kindFilterChoice.getItems().setAll(CatalogViewModel.KindFilter.values());
        kindFilterChoice.valueProperty().bindBidirectional(model.kindFilterProperty());
        catalogFilterField.textProperty().bindBidirectional(model.filterTextProperty());
        importButton.setOnAction(e -> chooser.chooseJsonToOpen(owner.get(), "Import LiteLLM price file")
                .ifPresent(model::importLiteLlm));

        catalogTable.setItems(model.shownRows());
        text(entryNameColumn, CatalogRow::name);
        text(entryKindColumn, CatalogRow::kind);
        text(entryProviderColumn, CatalogRow::provider);
        text(entryPriceColumn, CatalogRow::price);
        text(entryCheckedColumn, CatalogRow::ageColumnText);
        entryCheckedColumn.getStyleClass().add("age-column");
        text(entryConfidenceColumn, CatalogRow::confidence);
        text(entrySourceColumn, CatalogRow::source);
        catalogTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CatalogRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("stale-row", "user-row", "uncertain-row");
                if (!empty && row != null) {
                    if (row.stale()) {
                        getStyleClass().add("stale-row"); // the age cell turns amber (catalog.css)
                    }
                    if (row.user()) {
                        getStyleClass().add("user-row");
                    }
                    if (row.entry().confidence() == Confidence.UNCERTAIN) {
                        getStyleClass().add("uncertain-row");
                    }
                }
            }
        });

        var selected = catalogTable.getSelectionModel().selectedItemProperty();
        BooleanBinding none = selected.isNull();
        useForApiButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().isApi(), selected));
        useForGpuButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().isApi(), selected));
        editButton.disableProperty().bind(none);
        deleteButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().user(), selected));
        useForApiButton.setOnAction(e -> model.useForApi(selected.get()));
        useForGpuButton.setOnAction(e -> model.useForGpu(selected.get()));
        addApiButton.setOnAction(e -> model.startAdd(EntryForm.Kind.API));
        addGpuButton.setOnAction(e -> model.startAdd(EntryForm.Kind.GPU));
        editButton.setOnAction(e -> model.startEdit(selected.get()));
        deleteButton.setOnAction(e -> model.delete(selected.get()));

        catalogMessageLabel.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((obs, was, is) -> errorStyle(is));
        errorStyle(model.messageIsErrorProperty().get());

        bindForm(model);
    }

    private void bindForm(CatalogViewModel model) {
        EntryForm form = model.form();
        entryFormPane.visibleProperty().bind(model.formOpenProperty());
        entryFormPane.managedProperty().bind(model.formOpenProperty());
        formTitleLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            String kind = form.kindProperty().get() == EntryForm.Kind.API ? "API model" : "GPU offer";
            return (model.editingProperty().get() == null ? "New " : "Edit ") + kind;
        }, form.kindProperty(), model.editingProperty()));
        BooleanBinding api = Bindings.equal(form.kindProperty(), EntryForm.Kind.API);
        apiFields.visibleProperty().bind(api);
        apiFields.managedProperty().bind(api);
        gpuFields.visibleProperty().bind(api.not());
        gpuFields.managedProperty().bind(api.not());
        nameField.textProperty().bindBidirectional(form.text("name"));
        providerField.textProperty().bindBidirectional(form.text("provider"));
        inputPriceField.textProperty().bindBidirectional(form.text("inputPricePerMTok"));
        outputPriceField.textProperty().bindBidirectional(form.text("outputPricePerMTok"));
        cachedPriceField.textProperty().bindBidirectional(form.text("cachedInputPricePerMTok"));
        hourlyRateField.textProperty().bindBidirectional(form.text("hourlyRate"));
        memoryGbField.textProperty().bindBidirectional(form.text("memoryGb"));
        gpuCountField.textProperty().bindBidirectional(form.text("gpuCount"));
        sourceField.textProperty().bindBidirectional(form.text("source"));
        checkedField.textProperty().bindBidirectional(form.text("checked"));
        noteField.textProperty().bindBidirectional(form.text("note"));
        confidenceChoice.getItems().setAll(Confidence.values());
        confidenceChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Confidence c) {
                return c == null ? "" : c.jsonName();
            }

            @Override
            public Confidence fromString(String text) {
                return Confidence.fromJsonName(text);
            }
        });
        confidenceChoice.valueProperty().bindBidirectional(form.confidenceProperty());
        saveEntryButton.setOnAction(e -> model.saveForm());
        cancelEntryButton.setOnAction(e -> model.cancelForm());
    }

    private void errorStyle(boolean error) {
        catalogMessageLabel.getStyleClass().remove("catalog-error");
        if (error) {
            catalogMessageLabel.getStyleClass().add("catalog-error");
        }
    }

    private static void text(TableColumn<CatalogRow, String> column, Function<CatalogRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 20 ? null : new Tooltip(item));
            }
        });
    }
}
