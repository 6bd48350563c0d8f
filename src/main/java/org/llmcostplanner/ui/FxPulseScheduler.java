package org.llmcostplanner.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.animation.AnimationTimer;

/**
 * The toolkit's pulse scheduler. An AnimationTimer runs at the start of a pulse, before CSS and
 * layout, so results computed here reach the very frame that pulse paints; starting it also makes
 * the toolkit schedule a pulse. It stops itself after one run, so an idle window costs nothing.
 */
public final class FxPulseScheduler implements PulseScheduler {

    private final Set<Runnable> pending = new LinkedHashSet<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            List<Runnable> tasks = new ArrayList<>(pending);
            pending.clear();
            tasks.forEach(Runnable::run);
        }
    };

    @Override
    public void runOncePerPulse(Runnable task) {
        if (pending.add(task) && pending.size() == 1) {
            timer.start();
        }
    }
}
