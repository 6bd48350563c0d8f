package org.llmcostplanner.ui.look;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A short explanation of the charts above them, for the first start: dismissable, never in the
 * way (no modal). Hidden, it takes no space. Placed in MainWindow.fxml; {@link Introduction}
 * decides when it shows.
 */
public final class IntroBanner extends HBox {

    static final String TITLE = "How to read the planner";
    static final String[] POINTS = {
        "Cost chart: the orange line is the API bill per month; the stacked areas are self-hosting "
            + "(GPU compute, ops time, amortized migration).",
        "Dashed lines mark the break-evens (GPU only, with ops time); the green line is your volume. "
            + "A month has 22 billing days, as in the seed article.",
        "Start here: drag Requests per day on the left; open Advanced for GPU and API prices.",
    };

    private final Button closeButton = new Button("\u00D7");
    private final Button dontShowAgainButton = new Button("Don't show again");

    public IntroBanner() {
        getStyleClass().add("intro-banner");
        setId("introBanner");
        setSpacing(12);
        setAlignment(Pos.TOP_LEFT);

        Label title = new Label(TITLE);
        title.getStyleClass().add("intro-title");
        VBox text = new VBox(2, title);
        for (String point : POINTS) {
            Label line = new Label("\u2022  " + point);
            line.getStyleClass().add("intro-point");
            line.setWrapText(true);
            line.setMinHeight(Label.USE_PREF_SIZE); // wrapped lines are never cut off
            text.getChildren().add(line);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);

        dontShowAgainButton.setId("introDontShowAgainButton");
        closeButton.setId("introCloseButton");
        closeButton.getStyleClass().add("intro-close");
        closeButton.setTooltip(new javafx.scene.control.Tooltip("Hide for now (Help \u2192 Show introduction brings it back)"));
        HBox buttons = new HBox(6, dontShowAgainButton, closeButton);
        buttons.setAlignment(Pos.TOP_RIGHT);
        buttons.setMinWidth(Button.USE_PREF_SIZE);

        getChildren().addAll(text, buttons);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    /** "×": hide for now. */
    Button closeButton() {
        return closeButton;
    }

    /** "Don't show again": hide and do not show on the next start. */
    Button dontShowAgainButton() {
        return dontShowAgainButton;
    }
}
