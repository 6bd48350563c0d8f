package org.llmcostplanner.ui.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.llmcostplanner.ui.FxThread;
import org.junit.jupiter.api.Test;

/** The headline's flow: stretched on one row, a plain FlowPane once it wraps, laid out in one pass. */
class StretchingFlowPaneTest {

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        FxThread.startToolkit();
    }

    private static StretchingFlowPane flowOfThree(double width) {
        StretchingFlowPane flow = new StretchingFlowPane();
        flow.setHgap(10);
        flow.setVgap(10);
        for (int i = 0; i < 3; i++) {
            StackPane card = new StackPane(new Label("figure " + i));
            card.setPrefSize(100, 40 + 10 * i);
            card.setMinSize(100, 40 + 10 * i);
            flow.getChildren().add(card);
        }
        new Scene(new Group(flow));
        flow.resize(width, 200);
        flow.layout();
        return flow;
    }

    @Test
    void sharesTheSpareWidthWhileEverythingFitsOnOneRow() throws Exception {
        onFx(() -> {
            StretchingFlowPane flow = flowOfThree(600);
            // 600 − 3 × 100 − 2 × 10 gaps = 280 spare, 93 each (floored).
            double x = 0;
            for (var child : flow.getChildren()) {
                assertEquals(x, child.getLayoutX(), 0.01);
                assertEquals(0, child.getLayoutY(), 0.01, "one row");
                assertEquals(193, child.getLayoutBounds().getWidth(), 0.01);
                assertEquals(60, child.getLayoutBounds().getHeight(), 0.01, "cards as tall as the tallest");
                x += 193 + 10;
            }
            return null;
        });
    }

    @Test
    void wrapsLikeAFlowPaneWhenTheRowIsTooNarrow() throws Exception {
        onFx(() -> {
            StretchingFlowPane flow = flowOfThree(250);
            var kids = flow.getChildren();
            assertEquals(0, kids.get(0).getLayoutY(), 0.01);
            assertTrue(kids.get(2).getLayoutY() > 0, "the third card wraps onto a second row");
            assertEquals(100, kids.get(0).getLayoutBounds().getWidth(), 0.01, "no stretching once wrapped");
            return null;
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return FxThread.onFx(work);
    }
}
