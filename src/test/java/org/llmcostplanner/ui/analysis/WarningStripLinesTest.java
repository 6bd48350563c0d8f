package org.llmcostplanner.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.ui.FxThread;

/**
 * The warning strip keeps each warning on its own line while others come and go, so a warning's
 * text is not moved from label to label (each move re-laid out and repainted the line).
 */
class WarningStripLinesTest {

    private static final String API = "API prices per million tokens are far from the table's: input $9.00 vs $3.00.";
    private static final String MEMORY = "Llama 3.2 90B at INT4 needs about 57 GB; one L4 GPU cannot hold it.";
    private static final String BUDGET_287 = "$287/month cannot buy a GPU able to hold Llama 3.2 90B: the cheapest is $400.";
    private static final String BUDGET_257 = "$257/month cannot buy a GPU able to hold Llama 3.2 90B: the cheapest is $400.";
    private static final String UTILIZATION = "Utilization is set to 100 %: above 90 % leaves no room for peaks.";

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        FxThread.startToolkit();
    }

    @Test
    void aWarningThatStaysKeepsItsLineWhenAnotherAppearsBeforeIt() throws Exception {
        FxThread.onFx(() -> {
            VBox strip = new VBox();
            WarningStripController.fill(strip, List.of(MEMORY, UTILIZATION), false);
            Label memory = line(strip, 0);
            Label utilization = line(strip, 1);

            WarningStripController.fill(strip, List.of(API, MEMORY, UTILIZATION), false);

            assertEquals(3, strip.getChildren().size());
            assertSame(memory, line(strip, 1));
            assertSame(utilization, line(strip, 2));
            assertEquals("\u26A0  " + API, line(strip, 0).getText());
            assertEquals("\u26A0  " + MEMORY, memory.getText());
            return null;
        });
    }

    @Test
    void aWarningWhoseNumbersChangedKeepsItsLineAndGoneOnesAreRemoved() throws Exception {
        FxThread.onFx(() -> {
            VBox strip = new VBox();
            WarningStripController.fill(strip, List.of(BUDGET_287, UTILIZATION), false);
            Label budget = line(strip, 0);

            WarningStripController.fill(strip, List.of(API, BUDGET_257), false);

            assertEquals(2, strip.getChildren().size());
            assertSame(budget, line(strip, 1));
            assertEquals("\u26A0  " + BUDGET_257, budget.getText());
            assertEquals("\u26A0  " + API, line(strip, 0).getText());
            assertEquals(List.of(API, BUDGET_257), strip.getUserData());
            return null;
        });
    }

    @Test
    void noWarningsHideTheStripAndNewOnesShowItAgain() throws Exception {
        FxThread.onFx(() -> {
            VBox strip = new VBox();
            WarningStripController.fill(strip, List.of(), true);
            assertFalse(strip.isVisible());
            assertFalse(strip.isManaged());

            WarningStripController.fill(strip, List.of(UTILIZATION), true);
            assertTrue(strip.isVisible());
            assertEquals(1, strip.getChildren().size());
            // Brief: the first clause, the rest in the tooltip.
            assertTrue(line(strip, 0).getText().startsWith("\u26A0  Utilization is set to 100 % (details"));
            assertEquals(UTILIZATION, line(strip, 0).getTooltip().getText());
            return null;
        });
    }

    private static Label line(VBox strip, int i) {
        return (Label) strip.getChildren().get(i);
    }
}
