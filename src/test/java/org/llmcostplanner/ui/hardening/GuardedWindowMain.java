package org.llmcostplanner.ui.hardening;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.hardening.GuardedMain;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.ui.ExportRequest;
import org.llmcostplanner.ui.PathChooser;
import org.llmcostplanner.ui.PlannerServices;
import org.llmcostplanner.ui.PlannerWindow;

/**
 * Child process for the window's security test: the real window with the desktop services
 * (only the native file chooser replaced, to answer with the paths given), under the recording
 * security manager that denies and records every network permission and records every file
 * write. Runs a user session: start, open SCENARIO, change the volume, export a PNG to PNG, save,
 * quit, then the guard's network self-check. Prints {@code RUN i STATUS s} per step and the
 * guard's {@code SOCKET}/{@code WRITE} lines. Arguments: SCENARIO PNG.
 */
public final class GuardedWindowMain {

    private static final long STEP_SECONDS = ChildFx.STEP_SECONDS;

    private GuardedWindowMain() {
    }

    /** Answers every file dialog: the scenario to open or save, the PNG to export. */
    private record Answers(Path scenario, Path png) implements PathChooser {
        @Override
        public Optional<Path> chooseScenarioToOpen(Window owner, Path current) {
            return Optional.of(scenario);
        }

        @Override
        public Optional<Path> chooseScenarioToSave(Window owner, Path current, String suggestedName) {
            return Optional.of(scenario);
        }

        @Override
        public Optional<Path> choosePngToSave(Window owner, String suggestedName) {
            return Optional.of(png);
        }
    }

    public static void main(String[] args) throws Exception {
        Path scenario = Path.of(args[0]);
        Path png = Path.of(args[1]);
        GuardedMain.Guard guard = new GuardedMain.Guard();
        try {
            System.setSecurityManager(guard);
        } catch (UnsupportedOperationException e) {
            System.out.println("NO_SECURITY_MANAGER");
            return;
        }
        List<String> results = new ArrayList<>();
        PlannerWindow[] window = new PlannerWindow[1];
        List<Step> steps = List.of(
                () -> {
                    CompletableFuture<Boolean> started = new CompletableFuture<>();
                    Platform.startup(() -> {
                        try {
                            window[0] = PlannerWindow.show(new Stage(),
                                    PlannerServices.desktop().withChooser(new Answers(scenario, png)));
                            started.complete(true);
                        } catch (Exception e) {
                            started.completeExceptionally(e);
                        }
                    });
                    return started.get(STEP_SECONDS, TimeUnit.SECONDS);
                },
                () -> ChildFx.call(() -> window[0].actions().openFile(scenario)).get(STEP_SECONDS, TimeUnit.SECONDS),
                () -> ChildFx.call(() -> {
                    window[0].planner().input(InputField.REQUESTS_PER_DAY).set(5000);
                    return window[0].planner().dirtyProperty().get();
                }),
                () -> ChildFx.call(() -> window[0].actions().exportTo(new ExportRequest(ChartKind.COST, 640, 400), png))
                        .get(STEP_SECONDS, TimeUnit.SECONDS),
                () -> ChildFx.call(() -> window[0].actions().save()).get(STEP_SECONDS, TimeUnit.SECONDS),
                () -> {
                    Thread fx = ChildFx.call(Thread::currentThread);
                    Platform.runLater(() -> window[0].actions().quit());
                    fx.join(TimeUnit.SECONDS.toMillis(STEP_SECONDS));
                    return !fx.isAlive();
                },
                GuardedWindowMain::probeNetwork);
        for (int i = 0; i < steps.size(); i++) {
            guard.run = i;
            boolean ok;
            try {
                ok = steps.get(i).run();
            } catch (Exception e) {
                e.printStackTrace();
                ok = false;
            }
            results.add("RUN " + i + " STATUS " + (ok ? 0 : 1));
        }
        PrintStream out = System.out;
        results.forEach(out::println);
        synchronized (guard.events) {
            guard.events.forEach(out::println);
        }
        out.flush();
        System.exit(0);
    }

    /** One step of the session; true when it did what it should. */
    private interface Step {
        boolean run() throws Exception;
    }

    /** The guard's self-check: a connect and a name lookup it must see (and stop). */
    private static boolean probeNetwork() {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", 9)) {
            return false;
        } catch (Exception e) {
            try {
                java.net.InetAddress.getByName("example.com");
                return false;
            } catch (Exception again) {
                return true;
            }
        }
    }
}
