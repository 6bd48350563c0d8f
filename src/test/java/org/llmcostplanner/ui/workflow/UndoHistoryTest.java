package org.llmcostplanner.ui.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.PlannerViewModel;

/** Undo steps on the view-model alone; "the end of an event" is fired by hand. */
class UndoHistoryTest {

    private static final Scenario SEED = Scenario.defaults().withName("Seed");

    private final List<Runnable> afterEvent = new ArrayList<>();
    private PlannerViewModel planner;
    private UndoHistory history;

    @BeforeEach
    void open() {
        planner = new PlannerViewModel(SEED, task -> { });
        history = new UndoHistory(planner, afterEvent::add);
    }

    @Test
    void eachTypedValueIsOneStepAndUndoRestoresTheWholeScenario() {
        set(InputField.DEV_RATE_PER_HOUR, 120);
        endEvent();
        set(InputField.MAINTENANCE_HOURS_PER_MONTH, 9);
        endEvent();
        Scenario afterBoth = planner.scenario();

        history.undo();
        assertEquals(SEED.with(InputField.DEV_RATE_PER_HOUR, 120), planner.scenario());
        assertEquals(SEED.ops().maintenanceHoursPerMonth(), planner.input(InputField.MAINTENANCE_HOURS_PER_MONTH).get());
        history.undo();
        assertEquals(SEED, planner.scenario());
        assertFalse(planner.dirtyProperty().get(), "back at the file's scenario: nothing unsaved");
        assertFalse(history.canUndoProperty().get());

        history.redo();
        history.redo();
        assertEquals(afterBoth, planner.scenario());
        assertTrue(planner.dirtyProperty().get());
        assertFalse(history.canRedoProperty().get());
    }

    @Test
    void aGestureIsOneStepHoweverManyValuesItPassesThrough() {
        history.beginGesture();
        for (int v = 1100; v <= 5000; v += 100) {
            set(InputField.REQUESTS_PER_DAY, v);
            endEvent(); // a drag spans many events
        }
        history.endGesture();
        assertEquals(5000, planner.scenario().workload().requestsPerDay());

        history.undo();
        assertEquals(SEED, planner.scenario());
        assertFalse(history.canUndoProperty().get(), "one step for the whole drag");
        history.redo();
        assertEquals(5000, planner.scenario().workload().requestsPerDay());
    }

    @Test
    void aChangeJustBeforeAGestureStaysItsOwnStep() {
        set(InputField.DEV_RATE_PER_HOUR, 120); // e.g. a field committed as the slider takes the focus
        history.beginGesture();
        set(InputField.REQUESTS_PER_DAY, 4000);
        endEvent();
        set(InputField.REQUESTS_PER_DAY, 5000);
        history.endGesture();
        endEvent();

        history.undo();
        assertEquals(SEED.with(InputField.DEV_RATE_PER_HOUR, 120), planner.scenario());
    }

    @Test
    void changesWithinOneEventAreOneStep() {
        // Typing input tokens also moves output tokens (the token mix holds): one step.
        set(InputField.INPUT_TOKENS_PER_REQUEST, 2000);
        endEvent();
        Scenario typed = planner.scenario();
        assertTrue(typed.workload().outputTokensPerRequest() != SEED.workload().outputTokensPerRequest());
        history.undo();
        assertEquals(SEED, planner.scenario());
        history.redo();
        assertEquals(typed, planner.scenario());
    }

    @Test
    void billingIsOneStepAndANewEditForgetsRedo() {
        planner.billingProperty().set(Billing.HOURLY);
        endEvent();
        history.undo();
        assertEquals(Billing.FLAT, planner.scenario().selfHost().billing());
        assertEquals(Billing.FLAT, planner.billingProperty().get());
        assertTrue(history.canRedoProperty().get());

        set(InputField.DEV_RATE_PER_HOUR, 99);
        endEvent();
        assertFalse(history.canRedoProperty().get());
    }

    @Test
    void undoBeforeTheEventEndsUndoesTheOpenStep() {
        set(InputField.DEV_RATE_PER_HOUR, 120);
        assertTrue(history.canUndoProperty().get());
        history.undo();
        assertEquals(SEED, planner.scenario());
        endEvent();
        assertFalse(history.canUndoProperty().get());
    }

    @Test
    void loadingAScenarioStartsAFreshHistory() {
        set(InputField.DEV_RATE_PER_HOUR, 120);
        endEvent();
        planner.load(SEED.withName("Other"), Path.of("other.json"));
        endEvent();
        assertFalse(history.canUndoProperty().get());
        assertFalse(history.canRedoProperty().get());
        history.undo();
        assertEquals("Other", planner.scenario().name());
    }

    private void set(InputField f, double v) {
        planner.input(f).set(v);
    }

    private void endEvent() {
        List<Runnable> tasks = new ArrayList<>(afterEvent);
        afterEvent.clear();
        tasks.forEach(Runnable::run);
    }
}
