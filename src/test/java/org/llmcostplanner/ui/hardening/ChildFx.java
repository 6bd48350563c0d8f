package org.llmcostplanner.ui.hardening;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** For child-process mains that run the real window without TestFX: work on the FX thread, waited for. */
final class ChildFx {

    /** How long one step of a child's session may take before it counts as hung. */
    static final long STEP_SECONDS = 60;

    private ChildFx() {
    }

    /** Runs {@code work} on the FX thread and returns its result (or throws what it threw). */
    static <T> T call(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(STEP_SECONDS, TimeUnit.SECONDS);
    }
}
