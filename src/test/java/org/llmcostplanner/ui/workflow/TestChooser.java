package org.llmcostplanner.ui.workflow;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;
import org.llmcostplanner.ui.PathChooser;

/** Answers file dialogs with paths a test queued, in order; nothing queued = cancelled. */
final class TestChooser implements PathChooser {

    private final Deque<Path> answers = new ArrayDeque<>();

    void answerNext(Path p) {
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
