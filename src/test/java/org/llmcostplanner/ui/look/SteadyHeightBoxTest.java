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

    /** Long enough that a loaded machine cannot make a held box let go mid-test. */
    private static final long HOLDING_SETTLE_MILLIS = 5_000;
    /** Short, for the test that waits for the release. */
    private static final long RELEASING_SETTLE_MILLIS = 150;

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        FxThread.startToolkit();
    }

    /** A column as in the Planner tab: the steady box with one resizable child, then "the charts". */
    private record Column(VBox column, SteadyHeightBox box, Region content, Region charts) {

        static Column create(long settleMillis) {
            Region content = new Region();
            content.setPrefSize(200, 60);
            // Width-dependent like the headline (a flow that wraps), so the parent passes the width.
            SteadyHeightBox box = new SteadyHeightBox(Duration.millis(settleMillis));
            box.getChildren().add(new FlowPane(content));
            Region charts = new Region();
            charts.setPrefSize(300, 200);
            VBox column = new VBox(box, charts);
            new Scene(new Group(column));
            column.resize(300, 600);
            column.layout();
            return new Column(column, box, content, charts);
        }

        /** Where the charts are after a layout pass with the content at {@code contentHeight}. */
        double chartsYWith(double contentHeight) {
            content.setPrefHeight(contentHeight);
            column.resize(column.getWidth(), 600);
            column.layout();
            return charts.getLayoutY();
        }

        /** Grown to 100, then the content shrank to 40: what a warning going away does. */
        static Column grownThenShrunk(long settleMillis) throws Exception {
            Column c = onFx(() -> create(settleMillis));
            onFx(() -> c.chartsYWith(100));
            return c;
        }
    }

    @Test
    void growsAtOnceAndHoldsItsHeightWhileTheContentKeepsChanging() throws Exception {
        Column c = onFx(() -> Column.create(HOLDING_SETTLE_MILLIS));
        assertEquals(60, onFx(() -> c.chartsYWith(60)), 0.01);
        assertEquals(100, onFx(() -> c.chartsYWith(100)), 0.01, "grown in the same layout pass");
        assertEquals(100, onFx(() -> c.chartsYWith(40)), 0.01, "the charts stay put after the content shrank");
        assertEquals(60, onFx(() -> c.box().heldExtra()), 0.01);
    }

    @Test
    void givesTheHeightBackOnceTheContentHasBeenStill() throws Exception {
        Column c = Column.grownThenShrunk(RELEASING_SETTLE_MILLIS);
        assertEquals(100, onFx(() -> c.chartsYWith(40)), 0.01);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (onFx(() -> c.box().heldExtra()) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(RELEASING_SETTLE_MILLIS);
        }
        assertEquals(0, onFx(() -> c.box().heldExtra()), 0.01, "released once still");
        assertEquals(40, onFx(() -> c.chartsYWith(40)), 0.01, "the charts moved up into the freed space");
    }

    @Test
    void keepsHoldingWhileTheContentKeepsChanging() throws Exception {
        Column c = Column.grownThenShrunk(HOLDING_SETTLE_MILLIS);
        // Smaller again and again: a drag in progress.
        for (int step = 0; step < 20; step++) {
            double h = 40 + (step % 2) * 10;
            assertEquals(100, onFx(() -> c.chartsYWith(h)), 0.01, "held during the drag, step " + step);
            Thread.sleep(10);
        }
    }

    @Test
    void eachChangeRestartsTheSettleTime() throws Exception {
        long settle = 1_000;
        Column c = Column.grownThenShrunk(settle);
        assertEquals(100, onFx(() -> c.chartsYWith(40)), 0.01);
        Thread.sleep(settle * 7 / 10);
        assertEquals(100, onFx(() -> c.chartsYWith(50)), 0.01, "still held: the content changed again");
        Thread.sleep(settle * 7 / 10); // past the settle time since the first shrink, not since the last change
        assertEquals(100, onFx(() -> c.chartsYWith(50)), 0.01, "held: the settle time counts from the last change");
    }

    @Test
    void aNewWidthIsNotHeld() throws Exception {
        Column c = Column.grownThenShrunk(HOLDING_SETTLE_MILLIS);
        double y = onFx(() -> {
            c.content().setPrefHeight(40);
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
