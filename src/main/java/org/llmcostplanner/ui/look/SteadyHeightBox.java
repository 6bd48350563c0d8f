package org.llmcostplanner.ui.look;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A {@link VBox} that grows at once when its content needs more height but gives height back only
 * once the content has stopped changing for a moment ({@link #DEFAULT_SETTLE}).
 *
 * <p>Why: it holds the headline and the warning strip above the charts. While a slider is dragged,
 * a warning comes and goes and a figure's text gets wider or narrower, so the headline may wrap
 * onto a second row and back. Sized exactly, the box would change height on such steps and move
 * every chart below it up and down: hard to read while dragging, and each move repaints the whole
 * Planner tab instead of the charts alone (a third of the steps of the redraw benchmark's script
 * did that). Held, the charts stay put while the inputs move and take up the freed space once the
 * user lets go. A change of the box's width (the window was resized) is not held.
 */
public class SteadyHeightBox extends VBox {

    /** How long the content must stay smaller before the box shrinks to it. */
    public static final Duration DEFAULT_SETTLE = Duration.millis(700);

    /**
     * Wakes the FX thread once per settle time to see whether the content has been still. Not an
     * animation (PauseTransition): a running animation keeps the FX thread pulsing at 60 Hz, and
     * this box would restart one on every slider step.
     */
    private static final ScheduledExecutorService WAKER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "steady-height-settle");
        t.setDaemon(true);
        return t;
    });

    private final long settleNanos;
    /** When the content last asked for less height than is held; 0 = nothing to give back. */
    private long smallerSince;
    private boolean wakeScheduled;
    /** The height held and the width it was held at (a new width releases it). */
    private double held;
    private double heldAtWidth = -1;

    public SteadyHeightBox() {
        this(DEFAULT_SETTLE);
    }

    public SteadyHeightBox(Duration settleTime) {
        settleNanos = (long) (settleTime.toMillis() * 1_000_000);
    }

    /** The height held above what the content needs now, 0 when none. For tests. */
    public double heldExtra() {
        return Math.max(0, held - laidOutContentHeight());
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(super.computePrefHeight(width), heldAt(width));
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.max(super.computeMinHeight(width), heldAt(width));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double width = getWidth();
        double natural = laidOutContentHeight();
        if (width != heldAtWidth || natural >= held) {
            // Grown, or laid out at a new width: hold what the content needs now.
            heldAtWidth = width;
            held = natural;
            smallerSince = 0;
        } else {
            smallerSince = System.nanoTime(); // smaller: give the height back once the content is still
            wakeLater(settleNanos);
        }
    }

    private double heldAt(double width) {
        // -1 = "any width": the parent asks before it knows; hold only at the width laid out.
        return width == heldAtWidth || (width < 0 && heldAtWidth >= 0) ? held : 0;
    }

    /**
     * The height the content takes as just laid out: the VBox gives each child its preferred
     * height when there is room, so this is the content's preferred height without measuring the
     * children's (wrapped) text a second time.
     */
    private double laidOutContentHeight() {
        double h = snappedTopInset() + snappedBottomInset();
        int managed = 0;
        for (Node n : getManagedChildren()) {
            h += n.getLayoutBounds().getHeight();
            managed++;
        }
        return h + snapSpaceY(getSpacing()) * Math.max(0, managed - 1);
    }

    private void wakeLater(long delayNanos) {
        if (wakeScheduled) {
            return;
        }
        wakeScheduled = true;
        WAKER.schedule(() -> Platform.runLater(this::onWake), delayNanos, TimeUnit.NANOSECONDS);
    }

    private void onWake() {
        wakeScheduled = false;
        if (smallerSince == 0) {
            return;
        }
        long still = System.nanoTime() - smallerSince;
        if (still >= settleNanos) {
            smallerSince = 0;
            held = 0;
            requestLayout();
        } else {
            wakeLater(settleNanos - still);
        }
    }
}
