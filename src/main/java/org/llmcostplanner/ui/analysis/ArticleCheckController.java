package org.llmcostplanner.ui.analysis;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.llmcostplanner.analysis.ArticleFigure;
import org.llmcostplanner.ui.NumberText;

/** "Check the article": the figures as a table, disagreements marked in words and colour. */
public final class ArticleCheckController {

    @FXML
    private Region articleRoot;
    @FXML
    private Label articleSummary;
    @FXML
    private TableView<ArticleFigure> articleTable;

    void bind(ArticleCheckViewModel vm) {
        TabActivity.follow(articleRoot, vm.activeProperty());
        articleSummary.textProperty().bind(vm.summaryProperty());
        articleTable.setItems(vm.rows());
        articleTable.getColumns().setAll(
                column("Figure", 190, ArticleFigure::claim, true),
                column("The article says", 200, f -> "\u201C" + f.quote() + "\u201D", true),
                column("Article", 82, f -> NumberText.format(f.articleValue()), false),
                column("Model", 82, ArticleCheckViewModel::modelText, false),
                column("Verdict", 98, ArticleCheckViewModel::verdict, false),
                column("Why / what the model's number rests on", 300, ArticleFigure::note, true));
        articleTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        articleTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ArticleFigure f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().remove("disagrees");
                if (!empty && f != null && !f.agrees()) {
                    getStyleClass().add("disagrees");
                }
            }
        });
    }

    private static TableColumn<ArticleFigure, String> column(String title, double width,
                                                             Function<ArticleFigure, String> text, boolean wrap) {
        TableColumn<ArticleFigure, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            // A Text wrapped to the column's width: its height grows with the text, and the row with it.
            private final Text label = new Text();

            {
                label.getStyleClass().add("article-cell-text");
                label.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                setPrefHeight(Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                label.setText(empty || s == null ? "" : s);
                setGraphic(empty ? null : label);
                setText(null);
            }
        });
        return c;
    }
}
