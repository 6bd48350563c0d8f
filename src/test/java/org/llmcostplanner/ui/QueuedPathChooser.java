package org.llmcostplanner.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;

/** Answers file dialogs with paths a test queued, in order; nothing queued = cancelled. */
public final class QueuedPathChooser implements PathChooser {

    private final Deque<Path> answers = new ArrayDeque<>();

    public void answerNext(Path p) {
        answers.add(p);
    }

    @Override
    public Optional<Path> chooseScenarioToOpen(Window owner, Path current) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseScenarioToSave(Window owner, Path current, String suggestedName) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> choosePngToSave(Window owner, String suggestedName) {
        return Optional.ofNullable(answers.poll());
    }
}
