package org.llmcostplanner.ui.workflow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.PlannerViewModel;

/**
 * Undo and redo of the planner's inputs, as whole {@link Scenario} snapshots (the scenario is an
 * immutable record, so a snapshot is just the reference). Changes are grouped into steps: every
 * change made while handling one event is one step (a typed value that also moves the token mix),
 * and a gesture ({@link #beginGesture()} … {@link #endGesture()}, e.g. a slider drag) is one step
 * however many values it passes through. New and Open start a fresh history.
 */
public final class UndoHistory {

    /** Enough for a long session; the oldest steps are forgotten first. */
    static final int LIMIT = 500;

    private final PlannerViewModel planner;
    private final Consumer<Runnable> afterEvent;
    private final Deque<Scenario> undo = new ArrayDeque<>();
    private final Deque<Scenario> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    /** The scenario at the last step boundary: what an undo of the open step goes back to. */
    private Scenario committed;
    private boolean stepOpen;
    private boolean applying;
    private int gestures;

    /**
     * @param afterEvent runs a task once the current event is handled (Platform::runLater); the
     *                   step of the changes made during the event closes then
     */
    public UndoHistory(PlannerViewModel planner, Consumer<Runnable> afterEvent) {
        this.planner = planner;
        this.afterEvent = afterEvent;
        this.committed = planner.scenario();
        planner.scenarioProperty().addListener((obs, old, now) -> onChanged());
        planner.addLoadListener(this::reset);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** A gesture starts (a slider pressed): what came before is a step of its own. */
    public void beginGesture() {
        closeStep();
        gestures++;
    }

    /** The gesture ends (the slider released): everything it changed is one step. */
    public void endGesture() {
        gestures = Math.max(0, gestures - 1);
        if (gestures == 0) {
            closeStep();
        }
    }

    public void undo() {
        closeStep();
        if (undo.isEmpty()) {
            return;
        }
        redo.push(planner.scenario());
        apply(undo.pop());
    }

    public void redo() {
        closeStep();
        if (redo.isEmpty()) {
            return;
        }
        undo.push(planner.scenario());
        apply(redo.pop());
    }

    /** Forgets every step, e.g. after New or Open. */
    public void reset() {
        undo.clear();
        redo.clear();
        stepOpen = false;
        committed = planner.scenario();
        update();
    }

    private void onChanged() {
        if (applying || stepOpen) {
            return;
        }
        stepOpen = true;
        update();
        if (gestures == 0) {
            afterEvent.accept(() -> {
                if (gestures == 0) {
                    closeStep();
                }
            });
        }
    }

    private void closeStep() {
        if (!stepOpen) {
            return;
        }
        stepOpen = false;
        Scenario now = planner.scenario();
        if (!now.equals(committed)) {
            undo.push(committed);
            while (undo.size() > LIMIT) {
                undo.removeLast();
            }
            redo.clear();
        }
        committed = now;
        update();
    }

    private void apply(Scenario target) {
        applying = true;
        try {
            planner.restore(target);
        } finally {
            applying = false;
        }
        committed = planner.scenario();
        update();
    }

    private void update() {
        // An open step can be undone before it closes (Ctrl+Z right after a change).
        canUndo.set(!undo.isEmpty() || stepOpen && !planner.scenario().equals(committed));
        canRedo.set(!redo.isEmpty());
    }
}
