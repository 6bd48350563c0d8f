package org.llmcostplanner.ui.hardening;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.llmcostplanner.model.BreakEvenKind;
import org.llmcostplanner.model.BreakEvenSolver;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.FigureText;
import org.llmcostplanner.ui.PlannerWindow;

/**
 * The headline as the pure model says it must read: figures straight from {@link CostModel} and
 * {@link BreakEvenSolver}, worded by the same {@link FigureText} the window uses (so only the
 * numbers are checked here, not the wording twice), against the labels on screen.
 */
final class Headline {

    /** The headline's value labels by node id. */
    static final String[] LABEL_IDS = {"breakEvenRawLabel", "breakEvenWithOpsLabel", "savingsCaptionLabel",
            "savingsLabel", "rawSavingsLabel", "paybackLabel", "billingDaysLabel"};

    /** Expected and shown texts for one scenario. */
    record Check(Scenario scenario, Map<String, String> expected, Map<String, String> shown) {
        boolean matches() {
            return expected.equals(shown);
        }

        @Override
        public String toString() {
            return "expected " + expected + " but the screen shows " + shown;
        }
    }

    private Headline() {
    }

    static Map<String, String> expected(Scenario s) {
        CostModel model = CostModel.of(s);
        double v = s.workload().requestsPerDay();
        OptionalDouble raw = BreakEvenSolver.solve(model, BreakEvenKind.RAW).requestsPerDay();
        OptionalDouble withOps = BreakEvenSolver.solve(model, BreakEvenKind.WITH_OPS).requestsPerDay();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("breakEvenRawLabel", FigureText.volume(raw));
        m.put("breakEvenWithOpsLabel", FigureText.volume(withOps));
        m.put("savingsCaptionLabel", "Savings at " + FigureText.volume(v));
        m.put("savingsLabel", FigureText.monthlyMoney(model.savings(v)));
        m.put("rawSavingsLabel", "GPU only: " + FigureText.monthlyMoney(model.apiOnly(v) - model.planRaw(v)));
        m.put("paybackLabel", FigureText.months(model.paybackMonths(v)));
        m.put("billingDaysLabel", FigureText.billingDays(model.billingDaysPerMonth()));
        return m;
    }

    /** On the FX thread. */
    static Map<String, String> shown(Scene scene) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String id : LABEL_IDS) {
            Label label = (Label) scene.lookup("#" + id);
            m.put(id, label == null ? "<missing>" : label.getText());
        }
        return m;
    }

    /** On the FX thread: the view-model's current scenario against what the headline shows. */
    static Check check(PlannerWindow window) {
        Scenario s = window.planner().scenario();
        return new Check(s, expected(s), shown(window.stage().getScene()));
    }
}
