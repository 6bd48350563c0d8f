package org.llmcostplanner.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.llmcostplanner.ui.PulseScheduler;

/** A pulse the test fires by hand, so view-models run without the JavaFX toolkit. */
final class DirectPulses implements PulseScheduler {

    private final Set<Runnable> pending = new LinkedHashSet<>();

    @Override
    public void runOncePerPulse(Runnable task) {
        pending.add(task);
    }

    void flush() {
        List<Runnable> tasks = new ArrayList<>(pending);
        pending.clear();
        tasks.forEach(Runnable::run);
    }
}
