package org.llmcostplanner.ui.hardening;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;
import org.llmcostplanner.ui.PathChooser;

/** Answers the window's file dialogs with paths a test queued, in order; nothing queued = cancelled. */
final class ScriptedChooser implements PathChooser {

    private final Deque<Path> answers = new ArrayDeque<>();

    synchronized void answerNext(Path p) {
        answers.add(p);
    }

    synchronized void clear() {
        answers.clear();
    }

    private synchronized Optional<Path> next() {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseScenarioToOpen(Window owner, Path current) {
        return next();
    }

    @Override
    public Optional<Path> chooseScenarioToSave(Window owner, Path current, String suggestedName) {
        return next();
    }

    @Override
    public Optional<Path> choosePngToSave(Window owner, String suggestedName) {
        return next();
    }
}
