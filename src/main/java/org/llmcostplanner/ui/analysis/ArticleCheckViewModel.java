package org.llmcostplanner.ui.analysis;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llmcostplanner.analysis.ArticleCheck;
import org.llmcostplanner.analysis.ArticleFigure;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.NumberText;
import org.llmcostplanner.ui.PlannerViewModel;
import org.llmcostplanner.ui.PulseScheduler;

/** "Check the article": each figure the seed article states next to the model's, for the current inputs. */
public final class ArticleCheckViewModel extends LiveAnalysis {

    static final String AGREES = "✓ agrees";
    static final String DISAGREES = "✗ disagrees";

    private final ObservableList<ArticleFigure> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public ArticleCheckViewModel(PlannerViewModel planner, PulseScheduler scheduler) {
        super(planner, scheduler);
        start();
    }

    public ObservableList<ArticleFigure> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The model's number as the table shows it; "—" when the model has none. */
    public static String modelText(ArticleFigure f) {
        return f.modelValue() == null ? "—" : NumberText.format(f.modelValue(), 4);
    }

    public static String verdict(ArticleFigure f) {
        return f.agrees() ? AGREES : DISAGREES;
    }

    @Override
    protected void recompute(Scenario scenario) {
        var figures = ArticleCheck.check(scenario);
        rows.setAll(figures);
        long bad = figures.stream().filter(f -> !f.agrees()).count();
        summary.set(figures.size() + " figures checked with the current inputs (agreement within "
                + NumberText.format(ArticleCheck.RELATIVE_TOLERANCE * 100) + " %, the article rounds): "
                + (figures.size() - bad) + " agree, " + bad + " disagree.");
    }
}
