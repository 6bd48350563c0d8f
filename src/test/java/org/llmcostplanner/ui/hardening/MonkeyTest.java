package org.llmcostplanner.ui.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.ExportRequest;
import org.llmcostplanner.ui.InputModels;
import org.llmcostplanner.ui.NumberText;
import org.llmcostplanner.ui.SliderScale;
import org.llmcostplanner.ui.SliderSpans;
import org.llmcostplanner.ui.UserDialogs.UnsavedChoice;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A seeded random user on the real window: slider moves (set, and a few real drags), values typed
 * into number fields (junk included), billing switches, Advanced opened and closed, undo and redo
 * (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and the Edit menu), New, Save, Open and Export PNG. After every
 * action: no exception on the FX thread, the headline shows the pure model's figures for the
 * view-model's scenario, no text anywhere says NaN or Infinity, the scenario is valid, and every
 * number field and slider shows its input's value; after an undo or redo, the inputs are the ones
 * the monkey saw before the undone step ({@link ExpectedHistory}, kept apart from the window's own
 * history), and Edit → Undo/Redo are enabled exactly when there is something to undo or redo.
 *
 * <p>Reproduce a failure with {@code -Dmonkey.seed=N} (printed at the start and in every failure);
 * {@code -Dmonkey.actions=N} changes the length.
 */
class MonkeyTest extends FxRobot {

    private static final int ACTIONS = Integer.getInteger("monkey.actions", 2_000);
    /** Real robot drags are slow (tens of ms each): a few, spread over the run. */
    private static final int DRAG_EVERY = 80;
    private static final int TYPE_WITH_KEYBOARD_EVERY = 150;
    private static final List<String> JUNK = List.of("abc", "-1", "1e400", "NaN", "", "  12 ", "1,5",
            "99999999999999999999999999", "1e308", "Infinity", "-Infinity", "\u221e", "0x10", "1.2.3", "--5",
            "1e-400", "   ", "12abc", "+7", ".5", "5.", "1_000", "-0", "0", "1e9", "3e-320");

    private static WindowUnderTest w;
    private ExpectedHistory history;
    /** The input rows' fields, sliders and error labels by id (rows live as long as the window). */
    private static final Map<String, Node> ROWS = new java.util.HashMap<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void openWindow() throws Exception {
        w = WindowUnderTest.start();
        w.dialogs.answerUnsavedChanges(UnsavedChoice.DISCARD);
        w.dialogs.answerExport(new ExportRequest(ChartKind.COST, 320, 200));
        WindowUnderTest.fx(() -> {
            // The window's smallest size: the same layout, fewer pixels to redraw after each action.
            w.window().stage().setWidth(w.window().stage().getMinWidth());
            w.window().stage().setHeight(w.window().stage().getMinHeight());
            // Every row, the Advanced ones included: they are in the scene only while the pane is open.
            advancedPane().setExpanded(true);
            for (String style : List.of(".input-field", ".input-slider", ".input-error")) {
                w.window().stage().getScene().getRoot().lookupAll(style).forEach(n -> ROWS.put(n.getId(), n));
            }
            advancedPane().setExpanded(false);
        });
        w.awaitSettled();
    }

    @AfterAll
    static void closeWindow() throws Exception {
        WindowUnderTest.stop();
    }

    @Test
    void twoThousandRandomActionsKeepTheWindowConsistent() throws Exception {
        // A fixed default seed keeps CI reproducible; -Dmonkey.seed=random explores new sequences.
        String seedProperty = System.getProperty("monkey.seed", "9084942377888");
        long seed = "random".equals(seedProperty) ? System.nanoTime() : Long.parseLong(seedProperty);
        System.out.println("Monkey seed: " + seed + " (reproduce with -Dmonkey.seed=" + seed + ")");
        Random random = new Random(seed);
        Map<String, Integer> counts = new java.util.TreeMap<>();
        List<String> recent = new ArrayList<>();
        Path savedFile = null;
        history = new ExpectedHistory(WindowUnderTest.fx(() -> w.window().planner().scenario()));
        long start = System.nanoTime();

        for (int step = 1; step <= ACTIONS; step++) {
            String action;
            boolean walkingHistory = !recent.isEmpty() && recent.get(recent.size() - 1).matches("\\d+: (undo|redo) .*");
            if (step % DRAG_EVERY == 0) {
                action = dragASlider(random);
            } else if (walkingHistory && random.nextBoolean()) {
                // Undo and redo come in runs, as a user steps back and forth through recent changes.
                action = random.nextBoolean() ? undo(random) : redo(random);
            } else if (step % TYPE_WITH_KEYBOARD_EVERY == 0) {
                action = typeWithTheKeyboard(random);
            } else {
                // Mostly edits; the file actions (which wait for disk) are a few per hundred.
                int roll = random.nextInt(100);
                if (roll < 34) {
                    action = setASlider(random);
                } else if (roll < 67) {
                    action = typeIntoAField(random);
                } else if (roll < 75) {
                    action = undo(random);
                } else if (roll < 79) {
                    action = redo(random);
                } else if (roll < 87) {
                    action = switchBilling();
                } else if (roll < 95) {
                    action = toggleAdvanced();
                } else if (roll < 96) {
                    action = newScenario();
                } else if (roll < 98) {
                    savedFile = dir.resolve("monkey-" + (step % 3) + ".json");
                    action = saveAs(savedFile);
                } else if (roll < 99 && savedFile != null) {
                    action = open(savedFile);
                } else {
                    action = exportPng(dir.resolve("chart-" + (step % 3) + ".png"));
                }
            }
            counts.merge(action.split(" ")[0], 1, Integer::sum);
            recent.add(step + ": " + action);
            if (recent.size() > 8) {
                recent.remove(0);
            }
            String context = "seed " + seed + ", step " + step + ", last actions " + recent;
            checkEverything(context);
            history.after(action, WindowUnderTest.fx(() -> w.window().planner().scenario()), context);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Monkey: %d actions in %.1f s, seed %d: %s; %d steps undone, %d redone%n", ACTIONS, seconds,
                seed, counts, history.undone, history.redone);
        assertTrue(counts.getOrDefault("drag", 0) >= ACTIONS / DRAG_EVERY, counts.toString());
        assertTrue(history.undone > 0 && history.redone > 0, "undo and redo did something: " + counts);
    }

    // ---- the checks after every action ----

    private void checkEverything(String context) {
        assertEquals(List.of(), w.takeFxFailures(), "no exception on the FX thread; " + context);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<String> problems;
        while ((problems = WindowUnderTest.fx(MonkeyTest::problemsOnceSettled)) == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the headline never showed the model's figures: "
                        + WindowUnderTest.fx(() -> Headline.check(w.window())) + "; " + context);
            }
            WindowUnderTest.sleep(1);
        }
        assertEquals(List.of(), problems, context);
        assertEquals(List.of(), w.dialogs.errors(), "no error dialog; " + context);
        assertEquals(List.of(), w.takeFxFailures(), "no exception on the FX thread; " + context);
    }

    /**
     * On the FX thread, in one go: null while the headline does not yet show the model's figures
     * for the current scenario (they follow once per pulse), else every problem on screen.
     */
    private static List<String> problemsOnceSettled() {
        if (!Headline.check(w.window()).matches()) {
            return null;
        }
        List<String> p = new ArrayList<>(SceneText.problems());
        p.addAll(inputsShowTheirValues());
        String invalid = w.window().planner().scenario().firstInvalidInput();
        if (invalid != null) {
            p.add("an invalid input reached the scenario: " + invalid);
        }
        return p;
    }

    /** On the FX thread: each field without an error shows its value; each slider sits at its value. */
    private static List<String> inputsShowTheirValues() {
        List<String> problems = new ArrayList<>();
        Map<String, Double> values = new java.util.LinkedHashMap<>();
        Map<String, SliderScale> scales = new java.util.LinkedHashMap<>();
        for (InputField f : InputField.values()) {
            values.put(f.jsonName(), w.window().planner().input(f).get());
            scales.put(f.jsonName(), SliderSpans.of(f));
        }
        values.put(InputModels.OUTPUT_SHARE_ID, w.window().planner().outputShareOfInputProperty().get());
        scales.put(InputModels.OUTPUT_SHARE_ID, SliderSpans.OUTPUT_SHARE_OF_INPUT);
        values.forEach((id, value) -> {
            TextField field = (TextField) ROWS.get(id + "Field");
            if (field == null) {
                return; // output tokens: edited through the token mix
            }
            Label error = (Label) ROWS.get(id + "Error");
            if (error.getText().isEmpty() && !field.getText().equals(NumberText.format(value))) {
                problems.add(id + " shows \"" + field.getText() + "\" for " + value);
            }
            Slider slider = (Slider) ROWS.get(id + "Slider");
            SliderScale scale = scales.get(id);
            double expected = scale.toPosition(value);
            // A dragged slider stays where it was let go; the value is that position rounded to 3 digits.
            boolean atValue = Math.abs(slider.getValue() - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
            boolean roundsToValue = NumberText.roundForSlider(scale.toValue(slider.getValue())) == value;
            if (!atValue && !roundsToValue) {
                problems.add(id + " slider at " + slider.getValue() + " for " + value + " (expected " + expected + ")");
            }
        });
        return problems;
    }

    // ---- the actions ----

    /** On the FX thread: number fields or sliders the user can see now (Advanced open or not, billing rows). */
    private static <T extends Node> List<T> shown(String suffix, Class<T> type) {
        List<T> nodes = new ArrayList<>();
        ROWS.values().stream().filter(n -> n.getStyleClass().contains("input-" + suffix))
                .filter(type::isInstance).filter(MonkeyTest::isShown).map(type::cast)
                .sorted(java.util.Comparator.comparing(Node::getId)).forEach(nodes::add);
        return nodes;
    }

    private static boolean isShown(Node n) {
        if (n.getScene() == null) {
            return false; // an Advanced row while the pane is closed
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || (p instanceof TitledPane t && !t.isExpanded() && p != n)) {
                return false;
            }
        }
        return true;
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Picks a visible slider and moves it, in one trip to the FX thread. */
    private String setASlider(Random random) {
        return WindowUnderTest.fx(() -> {
            Slider slider = pick(random, shown("slider", Slider.class));
            double position = slider.getMin() + random.nextDouble() * (slider.getMax() - slider.getMin());
            slider.setValue(position);
            return "slider " + slider.getId() + " to " + position;
        });
    }

    /** Picks a visible field, types into it and commits (Enter, or leaving the field), in one trip. */
    private String typeIntoAField(Random random) {
        return WindowUnderTest.fx(() -> {
            TextField field = pick(random, shown("field", TextField.class));
            String text = randomText(random, field);
            boolean byEnter = random.nextInt(4) > 0;
            field.setText(text);
            if (byEnter) {
                field.fireEvent(new ActionEvent());
            } else {
                field.requestFocus();
                w.window().stage().getScene().getRoot().requestFocus();
            }
            return "type \"" + text + "\" into " + field.getId() + (byEnter ? " + Enter" : " + leave");
        });
    }

    /** Junk, or a number near the current value, a share, a count, a power of ten or a negative. */
    private static String randomText(Random random, TextField field) {
        int kind = random.nextInt(10);
        if (kind < 4) {
            return pick(random, JUNK);
        }
        double current = NumberText.parse(field.getText()).orElse(1);
        double v = switch (kind) {
            case 4, 5 -> current * (0.5 + random.nextDouble());
            case 6 -> random.nextDouble();
            case 7 -> Math.round(random.nextDouble() * 10_000);
            case 8 -> Math.pow(10, random.nextInt(12) - 3);
            default -> -random.nextDouble() * 100;
        };
        return random.nextBoolean() ? NumberText.format(v) : Double.toString(v);
    }

    private String dragASlider(Random random) {
        // Essential rows sit at the top of the inputs panel, always on screen for a real drag.
        String id = pick(random, List.of("requestsPerDay", "inputTokensPerRequest", InputModels.OUTPUT_SHARE_ID,
                "devRatePerHour", "maintenanceHoursPerMonth"));
        Node thumb = lookup("#" + id + "Slider .thumb").query();
        int dx = random.nextInt(161) - 80;
        drag(thumb, MouseButton.PRIMARY).moveBy(dx, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        return "drag " + id + " by " + dx + " px";
    }

    private String typeWithTheKeyboard(Random random) {
        String id = pick(random, List.of("requestsPerDay", "devRatePerHour", "maintenanceHoursPerMonth"));
        String text = pick(random, List.of("abc", "-1", "1e400", "2500", "  12 ", "1,5", "0.5"));
        TextField field = lookup("#" + id + "Field").queryAs(TextField.class);
        clickOn(field);
        WindowUnderTest.fx(field::selectAll);
        write(text);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return "keyboard \"" + text + "\" into " + id;
    }

    /** Ctrl+Z, or Edit → Undo (only when the menu offers it, as a user can only click it then). */
    private String undo(Random random) {
        if (random.nextBoolean()) {
            press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            return "undo Ctrl+Z";
        }
        return fireEditItem("undoMenuItem", "undo");
    }

    /** Ctrl+Shift+Z, Ctrl+Y, or Edit → Redo. */
    private String redo(Random random) {
        switch (random.nextInt(3)) {
            case 0 -> {
                press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
                return "redo Ctrl+Shift+Z";
            }
            case 1 -> {
                press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
                return "redo Ctrl+Y";
            }
            default -> {
                return fireEditItem("redoMenuItem", "redo");
            }
        }
    }

    private String fireEditItem(String id, String kind) {
        boolean enabled = WindowUnderTest.fx(() -> !w.menuItem(id).isDisable());
        boolean expected = kind.equals("undo") ? history.canUndo() : history.canRedo();
        assertEquals(expected, enabled, "Edit → " + kind + " is enabled exactly when there is a step to " + kind);
        if (!enabled) {
            return kind + " menu (disabled)";
        }
        w.fireMenu(id);
        return kind + " menu";
    }

    private String switchBilling() {
        if (!WindowUnderTest.fx(() -> advancedPane().isExpanded())) {
            return toggleAdvanced();
        }
        WindowUnderTest.fx(() -> {
            RadioButton flat = (RadioButton) w.window().stage().getScene().lookup("#flatBillingRadio");
            RadioButton hourly = (RadioButton) w.window().stage().getScene().lookup("#hourlyBillingRadio");
            (flat.isSelected() ? hourly : flat).fire();
        });
        return "billing " + WindowUnderTest.fx(() -> w.window().planner().billingProperty().get());
    }

    private String toggleAdvanced() {
        WindowUnderTest.fx(() -> advancedPane().setExpanded(!advancedPane().isExpanded()));
        return "advanced " + (WindowUnderTest.fx(() -> advancedPane().isExpanded()) ? "open" : "closed");
    }

    private static TitledPane advancedPane() {
        return (TitledPane) w.window().stage().getScene().lookup("#advancedPane");
    }

    private String newScenario() {
        w.fireMenu("newMenuItem");
        Scenario seed = WindowUnderTest.fx(() -> w.window().planner().scenario());
        assertEquals(new org.llmcostplanner.ui.FileScenarioStore().newScenario(), seed, "New (answered Don't Save)");
        return "new";
    }

    private String saveAs(Path file) throws Exception {
        Scenario snapshot = WindowUnderTest.fx(() -> w.window().planner().scenario());
        w.chooser.answerNext(file);
        w.fireMenu("saveAsMenuItem");
        awaitOrError(() -> file.equals(w.window().planner().fileProperty().get())
                && !w.window().planner().dirtyProperty().get(), "save to " + file.getFileName());
        assertEquals(snapshot, ScenarioFile.load(file), "the file holds what was on screen");
        return "save " + file.getFileName();
    }

    private String open(Path file) throws Exception {
        Scenario inFile = ScenarioFile.load(file);
        w.chooser.answerNext(file);
        w.fireMenu("openMenuItem");
        awaitOrError(() -> inFile.equals(w.window().planner().scenario())
                && file.equals(w.window().planner().fileProperty().get()), "open " + file.getFileName());
        return "open " + file.getFileName();
    }

    private String exportPng(Path png) throws Exception {
        Files.deleteIfExists(png);
        w.chooser.answerNext(png);
        w.fireMenu("exportMenuItem");
        awaitOrError(() -> readable(png), "export " + png.getFileName());
        return "export " + png.getFileName();
    }

    private static void awaitOrError(Supplier<Boolean> done, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> !w.dialogs.errors().isEmpty() || WindowUnderTest.fx(done::get));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " never finished", e);
        }
        assertEquals(List.of(), w.dialogs.errors(), what);
    }

    private static boolean readable(Path png) {
        try {
            return Files.isRegularFile(png) && ImageIO.read(png.toFile()) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
