package org.llmcostplanner.ui.look;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.llmcostplanner.chart.ChartTheme;
import org.llmcostplanner.ui.chart.LiveChartView;

/**
 * The window's light or dark look: AtlantaFX's Primer theme as the user-agent stylesheet (so
 * dialogs follow too), a {@code :dark} pseudo-class on the window's root for planner.css, and the
 * matching {@link ChartTheme} for the live charts. The choice is remembered; "follow the system"
 * asks the desktop off the FX thread and switches when it answers.
 */
public final class Themes {

    static final String KEY = "theme";
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private final Parent root;
    private final List<LiveChartView> charts;
    private final Preferences prefs;
    private final SystemTheme system;
    private final ReadOnlyObjectWrapper<ThemeChoice> choice = new ReadOnlyObjectWrapper<>(this, "choice");
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final ReadOnlyObjectWrapper<Optional<Boolean>> systemPrefersDark =
            new ReadOnlyObjectWrapper<>(this, "systemPrefersDark", Optional.empty());
    private boolean systemAsked;

    Themes(Parent root, List<LiveChartView> charts, Preferences prefs, SystemTheme system) {
        this.root = root;
        this.charts = List.copyOf(charts);
        this.prefs = prefs;
        this.system = system;
        choose(ThemeChoice.parse(prefs.get(KEY, ThemeChoice.SYSTEM.name())));
    }

    /** Switches to {@code c} now and remembers it. */
    public void choose(ThemeChoice c) {
        choice.set(c);
        prefs.put(KEY, c.name());
        if (c == ThemeChoice.SYSTEM && !systemAsked) {
            systemAsked = true;
            CompletableFuture.supplyAsync(system::prefersDark, runnable -> {
                Thread t = new Thread(runnable, "system-theme");
                t.setDaemon(true);
                t.start();
            }).exceptionally(e -> Optional.empty()).thenAccept(answer -> Platform.runLater(() -> {
                systemPrefersDark.set(answer);
                apply();
            }));
        }
        apply();
    }

    private void apply() {
        boolean isDark = choice.get().isDark(systemPrefersDark.get());
        dark.set(isDark);
        setUserAgentStylesheet(isDark);
        root.pseudoClassStateChanged(DARK, isDark);
        ChartTheme chartTheme = isDark ? ChartTheme.DARK : ChartTheme.LIGHT;
        charts.forEach(c -> c.setTheme(chartTheme));
        // Charts of other views (analysis tabs) are found in the scene graph, so every chart follows.
        themeChartsIn(root);
    }

    /** Gives every live chart under {@code node} the current chart theme (for views built after the window). */
    public void themeChartsIn(Node node) {
        ChartTheme chartTheme = dark.get() ? ChartTheme.DARK : ChartTheme.LIGHT;
        node.lookupAll(".live-chart-view").forEach(n -> ((LiveChartView) n).setTheme(chartTheme));
    }

    /**
     * Sets the stylesheet of the theme chosen in {@code prefs} (light while the system's preference
     * is not known yet) before the window's controls are created. Why: the first control class to
     * load installs JavaFX's default stylesheet (Modena) when no user-agent stylesheet is set, which
     * the window then never uses; loading it cost 60–80 ms of the FX thread before the first frame
     * (java -jar, C1 only). The window's {@link Themes} applies the same stylesheet again (a no-op)
     * and follows the system from there.
     */
    static void installStylesheetFor(Preferences prefs) {
        setUserAgentStylesheet(ThemeChoice.parse(prefs.get(KEY, ThemeChoice.SYSTEM.name())).isDark(Optional.empty()));
    }

    /** Only when it changes: setting the user-agent stylesheet restyles every open window. */
    private static void setUserAgentStylesheet(boolean isDark) {
        String css = isDark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        if (!css.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(css);
        }
    }

    /** Applies the current theme again, e.g. once the window is shown and every view exists. */
    public void reapply() {
        apply();
    }

    public ReadOnlyObjectProperty<ThemeChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** Whether the window is dark now (the choice resolved against the system). */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** What the desktop said about dark mode: empty until it answers, or when it cannot tell. */
    public ReadOnlyObjectProperty<Optional<Boolean>> systemPrefersDarkProperty() {
        return systemPrefersDark.getReadOnlyProperty();
    }
}
