package org.llmcostplanner.ui.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import org.llmcostplanner.model.Scenario;

/**
 * What undo and redo must bring back, kept by the monkey from what it saw on screen after each
 * settled action, independently of the window's own history: every action that changed the
 * scenario is one step, undo goes back to the scenario before the last step, redo forward again,
 * a new change forgets what could be redone, and New and Open start afresh.
 */
final class ExpectedHistory {

    /** The window keeps the last 500 steps (UndoHistory.LIMIT); older ones cannot be undone. */
    private static final int LIMIT = 500;

    private final Deque<Scenario> undo = new ArrayDeque<>();
    private final Deque<Scenario> redo = new ArrayDeque<>();
    private Scenario current;
    int undone;
    int redone;

    ExpectedHistory(Scenario start) {
        this.current = start;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /**
     * After an action has settled: {@code action} is the monkey's description (its first word
     * names the kind), {@code now} the scenario on screen. Fails when an undo or redo did not
     * bring back the expected scenario.
     */
    void after(String action, Scenario now, String context) {
        String kind = action.split(" ")[0];
        switch (kind) {
            case "undo" -> {
                undone += move(undo, redo);
                assertEquals(current, now, "undo brings back the inputs from before the undone step; " + context);
            }
            case "redo" -> {
                redone += move(redo, undo);
                assertEquals(current, now, "redo brings back the inputs the undo took away; " + context);
            }
            case "new", "open" -> {
                undo.clear();
                redo.clear();
                current = now;
            }
            default -> {
                if (!now.equals(current)) {
                    undo.push(current);
                    while (undo.size() > LIMIT) {
                        undo.removeLast();
                    }
                    redo.clear();
                    current = now;
                }
            }
        }
    }

    /** One step back (from undo to redo) or forward: 1 when there was a step to take, else 0. */
    private int move(Deque<Scenario> from, Deque<Scenario> to) {
        if (from.isEmpty()) {
            return 0;
        }
        to.push(current);
        current = from.pop();
        return 1;
    }
}
