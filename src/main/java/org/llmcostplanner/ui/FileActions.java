package org.llmcostplanner.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.chart.ChartMoney;
import java.nio.charset.StandardCharsets;
import org.llmcostplanner.io.AtomicFileWriter;
import org.llmcostplanner.io.Report;
import org.llmcostplanner.io.ReportJson;
import org.llmcostplanner.io.ScenarioDocument;
import org.llmcostplanner.model.Scenario;

/**
 * The File menu's flows: new, open, save, save as, export, quit, each asking about unsaved
 * changes first where work could be lost. Reading and writing run on {@code io}, off the FX
 * thread; results come back on it. A file that fails to open changes nothing on screen.
 */
public final class FileActions {

    private final PlannerViewModel planner;
    private final ScenarioStore store;
    private final ChartExporter exporter;
    private final PathChooser chooser;
    private final UserDialogs dialogs;
    private final Executor io;
    private final Supplier<Window> owner;
    private final Runnable exit;
    private ExportRequest lastExport = new ExportRequest(ChartKind.COST, 1920, 1080);

    public FileActions(PlannerViewModel planner, ScenarioStore store, ChartExporter exporter, PathChooser chooser,
                       UserDialogs dialogs, Executor io, Supplier<Window> owner, Runnable exit) {
        this.planner = planner;
        this.store = store;
        this.exporter = exporter;
        this.chooser = chooser;
        this.dialogs = dialogs;
        this.io = io;
        this.owner = owner;
        this.exit = exit;
    }

    public void newScenario() {
        afterUnsavedChangesHandled(() -> planner.load(store.newDocument(), null));
    }

    public void open() {
        afterUnsavedChangesHandled(() -> chooser.chooseScenarioToOpen(owner.get(), planner.fileProperty().get())
                .ifPresent(this::openFile));
    }

    /** Opens a file without asking for one (also the seam tests use). */
    public CompletableFuture<Boolean> openFile(Path file) {
        return onIo("open", file, () -> store.loadDocument(file), loaded -> planner.load(loaded, file));
    }

    /** Saves to the current file, or asks for one; completes with true once saved. */
    public CompletableFuture<Boolean> save() {
        Path current = planner.fileProperty().get();
        return current != null ? saveTo(current) : saveAs();
    }

    public CompletableFuture<Boolean> saveAs() {
        Optional<Path> target = chooser.chooseScenarioToSave(owner.get(), planner.fileProperty().get(),
                suggestedName(planner.scenario()));
        return target.map(this::saveTo).orElseGet(() -> CompletableFuture.completedFuture(false));
    }

    public CompletableFuture<Boolean> saveTo(Path target) {
        // The whole document, so a v2 file's currency, ranges and deployment survive the save.
        ScenarioDocument snapshot = planner.document();
        return onIo("save", target, () -> {
            store.save(snapshot, target);
            return null;
        }, ignored -> planner.markSaved(snapshot, target));
    }

    public CompletableFuture<Boolean> exportChart() {
        Optional<ExportRequest> request = dialogs.askExport(owner.get(), lastExport);
        if (request.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        lastExport = request.get();
        ExportRequest.Format format = lastExport.format();
        String name = suggestedName(planner.scenario()) + "-"
                + (format == ExportRequest.Format.CSV ? "cost-curves" : lastExport.chart().name().toLowerCase());
        Optional<Path> target = chooser.chooseExportTarget(owner.get(), name, format.label(), format.extension());
        if (target.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        return exportTo(lastExport, target.get());
    }

    public CompletableFuture<Boolean> exportTo(ExportRequest request, Path target) {
        Scenario snapshot = planner.scenario();
        ChartMoney money = DisplayMoney.of(planner.presentationProperty().get()); // as the window's charts show it
        return onIo("export", target, () -> {
            exporter.write(request, snapshot, money, target);
            return null;
        }, ignored -> { });
    }

    /** File → Export Report as JSON: the CLI's {@code report} of the current scenario, to a chosen file. */
    public CompletableFuture<Boolean> exportReport() {
        Optional<Path> target = chooser.chooseExportTarget(owner.get(), suggestedName(planner.scenario()) + "-report",
                "JSON report", "json");
        return target.map(this::exportReportTo).orElseGet(() -> CompletableFuture.completedFuture(false));
    }

    /** Writes the report exactly as {@code report FILE.json} prints it for the same document (USD). */
    public CompletableFuture<Boolean> exportReportTo(Path target) {
        ScenarioDocument snapshot = planner.document();
        return onIo("export", target, () -> {
            Report report = Report.of(snapshot);
            String overflow = report.firstNonFiniteFigure();
            if (overflow != null) {
                throw new IllegalArgumentException(overflow
                        + " is too large to compute (beyond \u00b11.8e308); the scenario's prices, volume, tokens "
                        + "or hours are too large");
            }
            new AtomicFileWriter().write(target, ReportJson.toJson(report).getBytes(StandardCharsets.UTF_8));
            return null;
        }, ignored -> { });
    }

    /** Work for the I/O thread, which may fail with any exception. */
    @FunctionalInterface
    private interface IoWork<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code work} on the I/O executor (never the FX thread), then on the FX thread either
     * shows its failure as "Could not {verb} {file}" with the cause's message, or hands its result
     * to {@code done}; completes with whether it worked.
     */
    private <T> CompletableFuture<Boolean> onIo(String verb, Path file, IoWork<T> work, Consumer<T> done) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, io).handleAsync((result, failure) -> {
            if (failure != null) {
                dialogs.showError(owner.get(), "Could not " + verb + " " + file.getFileName(), messageOf(rootOf(failure)));
                return false;
            }
            done.accept(result);
            return true;
        }, Platform::runLater);
    }

    /** Quits unless the user cancels at the unsaved-changes prompt. */
    public void quit() {
        afterUnsavedChangesHandled(exit);
    }

    /**
     * Runs {@code next} at once when nothing is unsaved; otherwise asks, and runs it after a
     * successful save or a discard, never after a cancel or a failed save.
     */
    public void afterUnsavedChangesHandled(Runnable next) {
        if (!planner.dirtyProperty().get()) {
            next.run();
            return;
        }
        switch (dialogs.askAboutUnsavedChanges(owner.get(), planner.scenario().name())) {
            case DISCARD -> next.run();
            case SAVE -> save().thenAccept(saved -> {
                if (saved) {
                    next.run();
                }
            });
            case CANCEL -> { }
            default -> throw new IllegalStateException();
        }
    }

    private static String suggestedName(Scenario s) {
        String name = s.name().isBlank() ? "scenario" : s.name();
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static Throwable rootOf(Throwable t) {
        Throwable c = t;
        while ((c instanceof java.util.concurrent.CompletionException || c instanceof IllegalStateException)
                && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    private static String messageOf(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
