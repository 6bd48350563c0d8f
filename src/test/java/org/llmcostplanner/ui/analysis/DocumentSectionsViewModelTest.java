package org.llmcostplanner.ui.analysis;

import org.llmcostplanner.ui.ManualPulseScheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.analysis.DeploymentSpec;
import org.llmcostplanner.analysis.InputRange;
import org.llmcostplanner.analysis.Precision;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.io.ScenarioDocument;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.ui.PlannerViewModel;

/**
 * The document's ranges and deployment, owned by the planner view-model: what a file holds is
 * what the Uncertainty and Capacity views show, their valid edits are what a save writes, and
 * either counts as an unsaved change.
 */
class DocumentSectionsViewModelTest {

    private static final InputRange RAMP = new InputRange(InputField.RAMP_DAYS, 3, 5);
    private static final InputRange COMPUTE = new InputRange(InputField.FLAT_MONTHLY_COST, 26, 60);
    private static final DeploymentSpec TWO_L40S =
            new DeploymentSpec("Llama 3.2 90B", 88.8, Precision.INT4, "2 \u00d7 L40S", 96, 0.3);

    private final ManualPulseScheduler pulse = new ManualPulseScheduler();
    private final PlannerViewModel planner = Planners.planner(pulse);
    private final UncertaintyViewModel uncertainty = new UncertaintyViewModel(planner, pulse);
    private final CapacityViewModel capacity = new CapacityViewModel(planner, pulse);
    private final ScenarioDocument file = ScenarioDocument.of(Planners.seed()).withRanges(List.of(COMPUTE, RAMP))
            .withDeployment(TWO_L40S);

    @Test
    void theNewDocumentsRangesAndDeploymentAreOnScreenAndNothingIsUnsaved() {
        ScenarioDocument seed = Presets.seedArticleDocument();
        assertEquals(seed.ranges(), rowsInUse());
        assertEquals(seed, planner.document());
        assertEquals("88.8", capacity.parametersTextProperty().get());
        assertEquals("L4", capacity.gpuNameProperty().get(), "the preset's recorded GPU, not the droplet label");
        assertEquals("24", capacity.gpuMemoryTextProperty().get());
        assertFalse(planner.dirtyProperty().get());
    }

    @Test
    void openingAFileShowsItsRangesAsRowsAndItsInstanceOfKGpus() {
        planner.load(file, Path.of("plan.json"));
        pulse.flush();
        assertEquals(List.of(InputField.FLAT_MONTHLY_COST, InputField.RAMP_DAYS),
                uncertainty.rows().stream().map(RangeRow::input).toList(), "one row per range, in file order");
        assertEquals("26", uncertainty.rows().get(0).lowTextProperty().get());
        assertEquals(List.of(COMPUTE, RAMP), uncertainty.rangesProperty().get());
        assertEquals("L40S", capacity.gpuNameProperty().get());
        assertEquals("48", capacity.gpuMemoryTextProperty().get(), "96 GB for 2 GPUs is 48 GB each");
        assertEquals(2, capacity.gpusPerInstanceProperty().get());
        assertTrue(capacity.fitTextProperty().get().startsWith("Fits"), capacity.fitTextProperty().get());
        assertEquals(file, planner.document());
        assertFalse(planner.dirtyProperty().get());
    }

    @Test
    void editingARangeReachesTheDocumentWithoutRebuildingTheRowsAndMarksItUnsaved() {
        planner.load(file, Path.of("plan.json"));
        RangeRow ramp = uncertainty.rows().get(1);
        ramp.highTextProperty().set("7");
        assertSame(ramp, uncertainty.rows().get(1), "the row being typed in stays (no feedback rebuild)");
        assertEquals(List.of(COMPUTE, new InputRange(InputField.RAMP_DAYS, 3, 7)), planner.document().ranges());
        assertTrue(planner.dirtyProperty().get());
        assertTrue(planner.titleProperty().get().endsWith(" *"), planner.titleProperty().get());

        ramp.highTextProperty().set("5");
        assertFalse(planner.dirtyProperty().get(), "back to the file's range: nothing unsaved");
    }

    @Test
    void halfTypedAndUntickedRowsNeverReachTheDocument() {
        planner.load(file, Path.of("plan.json"));
        RangeRow compute = uncertainty.rows().get(0);
        compute.lowTextProperty().set("");
        compute.lowTextProperty().set("9");
        compute.lowTextProperty().set("99"); // above high 60: refused, named
        assertFalse(compute.errorProperty().get().isEmpty());
        assertEquals(List.of(new InputRange(InputField.FLAT_MONTHLY_COST, 9, 60), RAMP), planner.document().ranges(),
                "the last valid range");

        compute.enabledProperty().set(false);
        assertEquals(List.of(RAMP), planner.document().ranges());
        assertEquals(2, uncertainty.rows().size(), "the unticked row stays on screen");
        uncertainty.remove(uncertainty.rows().get(1));
        assertEquals(List.of(), planner.document().ranges());
        assertTrue(uncertainty.add(InputField.SETUP_HOURS));
        assertEquals(List.of(InputField.SETUP_HOURS),
                planner.document().ranges().stream().map(InputRange::input).toList());
    }

    @Test
    void aFileWithoutRangesOrDeploymentOpensWithNoRowsAndTheLabelsDeployment() {
        planner.load(file, null);
        uncertainty.rows().get(0).enabledProperty().set(false); // leftovers must not survive the next file
        planner.load(ScenarioDocument.of(Planners.seed()), Path.of("v1.json"));
        pulse.flush();
        assertEquals(List.of(), uncertainty.rows());
        assertEquals(List.of(), planner.document().ranges());
        assertNull(planner.document().deployment());
        assertEquals(DeploymentSpec.inferFrom(Planners.seed()).gpuName(), capacity.gpuNameProperty().get(),
                "inferred from the GPU label");
        assertEquals(1, capacity.gpusPerInstanceProperty().get());
        assertFalse(planner.dirtyProperty().get());
        assertEquals(ScenarioDocument.of(Planners.seed()), planner.document(), "saved again, it stays a file without them");
    }

    @Test
    void editingADeploymentFieldRecordsTheWholeDeploymentAndKeepsTheFilesHeadroom() {
        planner.load(file, Path.of("plan.json"));
        capacity.gpusPerInstanceProperty().set(3);
        capacity.precisionProperty().set(Precision.INT8);
        DeploymentSpec saved = planner.document().deployment();
        assertEquals(new DeploymentSpec("Llama 3.2 90B", 88.8, Precision.INT8, "3 \u00d7 L40S", 144, 0.3), saved);
        assertTrue(planner.dirtyProperty().get());

        capacity.gpuMemoryTextProperty().set("lots");
        assertEquals(saved, planner.document().deployment(), "a bad number never reaches the document");
        capacity.gpuMemoryTextProperty().set("80");
        capacity.gpusPerInstanceProperty().set(64);
        capacity.gpuMemoryTextProperty().set("20000"); // 64 × 20,000 GB is beyond what a file may hold
        assertTrue(capacity.errorProperty().get().startsWith("GPU memory (GB):"), capacity.errorProperty().get());
        assertEquals(64 * 80, planner.document().deployment().gpuMemoryGb(), 0);
    }

    @Test
    void aNewFilesFirstDeploymentEditRecordsItAndInferBackForgetsIt() {
        planner.load(ScenarioDocument.of(Planners.seed()), null);
        capacity.parametersTextProperty().set("70");
        assertEquals(70, planner.document().deployment().parametersBillions());
        assertTrue(planner.dirtyProperty().get());

        capacity.inferFromScenario();
        assertNull(planner.document().deployment());
        assertFalse(planner.dirtyProperty().get(), "nothing recorded, as in the file");
        assertEquals("88.8", capacity.parametersTextProperty().get(), "the labels' size again");
    }

    @Test
    void savingMarksTheSectionsSavedAndRestoringADocumentPutsThemBack() {
        uncertainty.rows().get(0).highTextProperty().set("5");
        capacity.gpuMemoryTextProperty().set("80");
        ScenarioDocument edited = planner.document();
        planner.markSaved(edited, Path.of("plan.json"));
        assertFalse(planner.dirtyProperty().get());

        planner.load(Presets.seedArticleDocument(), null);
        planner.restore(edited); // as a recovered session does
        assertEquals(edited, planner.document());
        assertEquals("5", uncertainty.rows().get(0).highTextProperty().get());
        assertEquals("80", capacity.gpuMemoryTextProperty().get());
        assertTrue(planner.dirtyProperty().get(), "recovered work is unsaved against File → New");
    }

    @Test
    void theDocumentRefusesRangesAFileCouldNotHold() {
        List<InputRange> twice = List.of(RAMP, new InputRange(InputField.RAMP_DAYS, 1, 2));
        List<InputRange> before = planner.rangesProperty().get();
        assertThrows(IllegalArgumentException.class, () -> planner.setRanges(twice));
        assertEquals(before, planner.rangesProperty().get());
    }

    private List<InputRange> rowsInUse() {
        return uncertainty.rows().stream().filter(r -> r.enabledProperty().get()).map(r -> r.rangeProperty().get()).toList();
    }
}
