package org.llmcostplanner.ui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.llmcostplanner.ui.PulseScheduler;

/** A pulse the tests fire by hand: {@link #flush()} runs what was scheduled, once each. */
final class ManualScheduler implements PulseScheduler {

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
