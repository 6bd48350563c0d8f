package org.llmcostplanner.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import org.llmcostplanner.chart.ChartMoney;
import org.llmcostplanner.io.Presentation;
import org.llmcostplanner.ui.chart.LiveChartView;

/**
 * The window's display currency as the charts take it: the scenario's presentation (currency and
 * rate from USD) written in the user's locale, as the headline writes it.
 */
public final class DisplayMoney {

    private DisplayMoney() {
    }

    /** {@code presentation} (null = none recorded: USD) in the user's number locale. */
    public static ChartMoney of(Presentation presentation) {
        Presentation p = presentation != null ? presentation : Presentation.USD;
        return new ChartMoney(p.currency(), p.usdExchangeRate(), NumberText.locale());
    }

    /**
     * Makes every live chart of {@code scene} (the planner's, the analysis tabs', any built later)
     * follow the planner's display currency.
     */
    public static void bindCharts(Scene scene, PlannerViewModel planner) {
        LiveChartView.moneyOf(scene).bind(Bindings.createObjectBinding(() -> of(planner.presentationProperty().get()),
                planner.presentationProperty()));
    }
}
