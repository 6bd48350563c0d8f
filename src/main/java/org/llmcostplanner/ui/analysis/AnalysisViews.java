package org.llmcostplanner.ui.analysis;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Tab;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.ui.FxmlViews;
import org.llmcostplanner.ui.LazyTab;
import org.llmcostplanner.ui.PlannerViewModel;
import org.llmcostplanner.ui.PulseScheduler;
import org.llmcostplanner.ui.chart.LiveChartView;

/**
 * The analysis views' view-models, made once per window and bound to their controllers: goal
 * seek, sensitivity, uncertainty, growth, capacity (shared by its tab and the Planner tab's warning
 * strip) and the article check. The view-models exist from the start (they are cheap and the
 * cost chart's bands and the warning strip need them); each tab's view is built on first show.
 */
public final class AnalysisViews {

    private final GoalSeekViewModel goalSeek;
    private final SensitivityViewModel sensitivity;
    private final UncertaintyViewModel uncertainty;
    private final GrowthViewModel growth;
    private final CapacityViewModel capacity;
    private final ArticleCheckViewModel article;

    private AnalysisViews(PlannerViewModel planner, PulseScheduler scheduler) {
        goalSeek = new GoalSeekViewModel(planner, scheduler);
        sensitivity = new SensitivityViewModel(planner, scheduler);
        uncertainty = new UncertaintyViewModel(planner, scheduler);
        growth = new GrowthViewModel(planner, scheduler);
        capacity = new CapacityViewModel(planner, scheduler);
        article = new ArticleCheckViewModel(planner, scheduler);
        // Asleep until their tab is first shown (TabActivity then follows the tab). Capacity stays
        // awake: the Planner tab's warning strip shows its warnings all the time.
        for (LiveAnalysis tabOnly : new LiveAnalysis[] {goalSeek, sensitivity, uncertainty, growth, article}) {
            tabOnly.activeProperty().set(false);
        }
    }

    /** The view-models, following {@code planner} on its pulse; no view is built yet. */
    public static AnalysisViews create(PlannerViewModel planner) {
        return new AnalysisViews(planner, planner.pulseScheduler()); // same pulse as the planner's
    }

    /** The Planner tab's warning strip, which is always built (it sits under the headline). */
    public void bindWarningStrip(WarningStripController warningStrip) {
        warningStrip.bind(capacity);
    }

    /**
     * Gives each analysis tab its view, built from FXML the first time the tab is selected (see
     * {@link LazyTab}); any tab may be null (not in this window).
     */
    public void buildOnFirstShow(PlannerViewModel planner, Tab goalSeekTab, Tab sensitivityTab, Tab uncertaintyTab,
                                 Tab growthCapacityTab, Tab articleTab) {
        lazy(goalSeekTab, "GoalSeek.fxml", (GoalSeekController c) -> c.bind(goalSeek));
        lazy(sensitivityTab, "Sensitivity.fxml", (SensitivityController c) -> c.bind(planner, sensitivity));
        lazy(uncertaintyTab, "Uncertainty.fxml", (UncertaintyController c) -> c.bind(uncertainty));
        lazy(growthCapacityTab, "GrowthCapacity.fxml", (GrowthCapacityController c) -> c.bind(growth, capacity));
        lazy(articleTab, "ArticleCheck.fxml", (ArticleCheckController c) -> c.bind(article));
    }

    private static <C> void lazy(Tab tab, String fxml, Consumer<C> bind) {
        if (tab != null) {
            LazyTab.install(tab, () -> FxmlViews.load(AnalysisViews.class, fxml, bind));
        }
    }

    /** Shows the uncertainty ranges as bands on the cost chart among {@code charts}, following edits. */
    public void showBandsOn(List<LiveChartView> charts) {
        charts.stream().filter(c -> c.kind() == ChartKind.COST).forEach(cost -> {
            Runnable push = () -> cost.reconfigure(c -> c.setUncertainty(
                    uncertainty.showBandsProperty().get() ? uncertainty.rangesProperty().get() : List.of()));
            uncertainty.rangesProperty().addListener((obs, old, now) -> push.run());
            uncertainty.showBandsProperty().addListener((obs, old, now) -> push.run());
            push.run();
        });
    }

    public GoalSeekViewModel goalSeek() {
        return goalSeek;
    }

    public SensitivityViewModel sensitivity() {
        return sensitivity;
    }

    public UncertaintyViewModel uncertainty() {
        return uncertainty;
    }

    public GrowthViewModel growth() {
        return growth;
    }

    public CapacityViewModel capacity() {
        return capacity;
    }

    public ArticleCheckViewModel article() {
        return article;
    }
}
