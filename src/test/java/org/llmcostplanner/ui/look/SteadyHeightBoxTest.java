package org.llmcostplanner.ui.look;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.Callable;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.ui.FxThread;

/**
 * The box above the charts: grows at once, gives height back only once its content has been still,
 * and does not hold across a change of width. The charts' position is the thing that must not jump.
 */
class SteadyHeightBoxTest {

    private static final long SETTLE_MILLIS = 150;

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        FxThread.startToolkit();
    }

    /** A column as in the Planner tab: the steady box with one resizable child, then "the charts". */
    private record Column(VBox column, SteadyHeightBox box, Region content, Region charts) {

        static Column create() {
            Region content = new Region();
            content.setPrefSize(200, 60);
            // Width-dependent like the headline (a flow that wraps), so the parent passes the width.
            SteadyHeightBox box = new SteadyHeightBox(Duration.millis(SETTLE_MILLIS));
            box.getChildren().add(new FlowPane(content));
            Region charts = new Region();
            charts.setPrefSize(300, 200);
            VBox column = new VBox(box, charts);
            new Scene(new Group(column));
            column.resize(300, 600);
            column.layout();
            return new Column(column, box, content, charts);
        }

        double chartsY() {
            column.resize(column.getWidth(), 600);
            column.layout();
            return charts.getLayoutY();
        }
    }

    @Test
    void growsAtOnceAndHoldsItsHeightWhileTheContentKeepsChanging() throws Exception {
        Column c = onFx(Column::create);
        assertEquals(60, onFx(c::chartsY), 0.01);

        onFx(() -> { c.content().setPrefHeight(100); return null; });
        assertEquals(100, onFx(c::chartsY), 0.01, "grown in the same layout pass");

        onFx(() -> { c.content().setPrefHeight(40); return null; });
        assertEquals(100, onFx(c::chartsY), 0.01, "the charts stay put right after the content shrank");
        assertEquals(60, onFx(() -> c.box().heldExtra()), 0.01);
    }

    @Test
    void givesTheHeightBackOnceTheContentHasBeenStill() throws Exception {
        Column c = onFx(Column::create);
        onFx(() -> { c.content().setPrefHeight(100); return null; });
        onFx(c::chartsY);
        onFx(() -> { c.content().setPrefHeight(40); return null; });
        assertEquals(100, onFx(c::chartsY), 0.01);

        Thread.sleep(SETTLE_MILLIS * 4);
        assertEquals(40, onFx(c::chartsY), 0.01, "released after the settle time");
        assertEquals(0, onFx(() -> c.box().heldExtra()), 0.01);
    }

    @Test
    void keepsHoldingWhileTheContentIsStillChangingAfterTheSettleTime() throws Exception {
        Column c = onFx(Column::create);
        onFx(() -> { c.content().setPrefHeight(100); return null; });
        onFx(c::chartsY);
        // Smaller again and again, each time before the settle time is over: a drag in progress.
        long end = System.nanoTime() + SETTLE_MILLIS * 3 * 1_000_000;
        int step = 0;
        while (System.nanoTime() < end) {
            double h = 40 + (step++ % 2) * 10;
            onFx(() -> { c.content().setPrefHeight(h); return null; });
            assertEquals(100, onFx(c::chartsY), 0.01, "held during the drag, step " + step);
            Thread.sleep(SETTLE_MILLIS / 5);
        }
    }

    @Test
    void aNewWidthIsNotHeld() throws Exception {
        Column c = onFx(Column::create);
        onFx(() -> { c.content().setPrefHeight(100); return null; });
        onFx(c::chartsY);
        onFx(() -> { c.content().setPrefHeight(40); return null; });
        double y = onFx(() -> {
            c.column().resize(280, 600); // the window was resized
            c.column().layout();
            return c.charts().getLayoutY();
        });
        assertEquals(40, y, 0.01);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return FxThread.onFx(work);
    }
}
