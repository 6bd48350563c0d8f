package org.llmcostplanner.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * The toolkit's pulse scheduler. An AnimationTimer runs at the start of a pulse, before CSS and
 * layout, so results computed here reach the very frame that pulse paints; starting it also makes
 * the toolkit schedule a pulse. It stops itself after one run, so an idle window costs nothing.
 *
 * <p>A timer started while the pulse's timers are already running (a change made by another
 * AnimationTimer, e.g. a scripted drag) only runs at the next pulse: the headline would then follow
 * the charts a frame later, and that pulse would lay out and paint the window a second time. So
 * once attached to a scene ({@link #runBeforeLayoutOf}), work still pending when the scene's CSS
 * and layout start runs there, in the same pulse.
 */
public final class FxPulseScheduler implements PulseScheduler {

    private final Set<Runnable> pending = new LinkedHashSet<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            runPending();
        }
    };
    /** One instance, so that it can be found again to remove it from a scene. */
    private final Runnable beforeLayout = this::runPending;

    @Override
    public void runOncePerPulse(Runnable task) {
        if (pending.add(task) && pending.size() == 1) {
            timer.start();
        }
    }

    /** Also runs pending work at the start of {@code scene}'s pulse, before its CSS and layout. */
    public void runBeforeLayoutOf(Scene scene) {
        scene.addPreLayoutPulseListener(beforeLayout);
    }

    private void runPending() {
        if (pending.isEmpty()) {
            return;
        }
        timer.stop();
        List<Runnable> tasks = new ArrayList<>(pending);
        pending.clear();
        tasks.forEach(Runnable::run);
    }
}
