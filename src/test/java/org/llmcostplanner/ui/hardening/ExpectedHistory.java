package org.llmcostplanner.ui.hardening;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import org.llmcostplanner.model.InputField;
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
                assertSame("undo brings back the inputs from before the undone step", now, context);
            }
            case "redo" -> {
                redone += move(redo, undo);
                assertSame("redo brings back the inputs the undo took away", now, context);
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

    /** Fails naming only the inputs that differ (a whole scenario's text would bury them). */
    private void assertSame(String what, Scenario now, String context) {
        if (now.equals(current)) {
            return;
        }
        Map<String, String> differ = new TreeMap<>();
        for (InputField f : InputField.values()) {
            if (Double.compare(f.get(current), f.get(now)) != 0) {
                differ.put(f.jsonName(), "expected " + f.get(current) + " but was " + f.get(now));
            }
        }
        fail(what + ": " + (differ.isEmpty() ? "not an input but " + now + " for " + current : differ) + "; " + context);
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
