package org.llmcostplanner.ui.analysis;

import java.util.List;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.ui.FxPulseScheduler;
import org.llmcostplanner.ui.PlannerViewModel;
import org.llmcostplanner.ui.PulseScheduler;
import org.llmcostplanner.ui.chart.LiveChartView;

/**
 * The analysis views' view-models, made once per window and bound to their controllers: goal
 * seek, sensitivity, uncertainty, growth, capacity (shared by its tab and the Planner tab's warning
 * strip) and the article check. The main window makes one call to {@link #bind} and one to
 * {@link #showBandsOn}.
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
    }

    /** Any controller may be null (its view not included); the rest are bound. */
    public static AnalysisViews bind(PlannerViewModel planner, GoalSeekController goalSeekView,
                                     SensitivityController sensitivityView, UncertaintyController uncertaintyView,
                                     GrowthCapacityController growthCapacityView, ArticleCheckController articleView,
                                     WarningStripController warningStrip) {
        AnalysisViews a = new AnalysisViews(planner, new FxPulseScheduler());
        if (goalSeekView != null) {
            goalSeekView.bind(a.goalSeek);
        }
        if (sensitivityView != null) {
            sensitivityView.bind(planner, a.sensitivity);
        }
        if (uncertaintyView != null) {
            uncertaintyView.bind(a.uncertainty);
        }
        if (growthCapacityView != null) {
            growthCapacityView.bind(a.growth, a.capacity);
        }
        if (articleView != null) {
            articleView.bind(a.article);
        }
        if (warningStrip != null) {
            warningStrip.bind(a.capacity);
        }
        return a;
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
