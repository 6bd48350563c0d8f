package org.llmcostplanner.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A pulse that tests fire by hand: {@link #flush()} runs what was scheduled, once each. */
public final class ManualPulseScheduler implements PulseScheduler {

    private final Set<Runnable> pending = new LinkedHashSet<>();

    @Override
    public void runOncePerPulse(Runnable task) {
        pending.add(task);
    }

    public void flush() {
        List<Runnable> tasks = new ArrayList<>(pending);
        pending.clear();
        tasks.forEach(Runnable::run);
    }
}
