package io.ipcase.engine;

import java.util.List;
import java.util.Objects;

/**
 * The one place where a model change says where its running cases go when an activity's
 * id does not survive it. Every migration plan maps equal activity ids on its own; a
 * change that renames or splits a wait state adds a {@link Move} here, under the model's
 * process key and the {@code camunda:versionTag} of the version the cases leave, naming
 * the old activity and the activity of the latest version they continue in.
 */
final class ModelChanges {

    /**
     * The moves of the deployed models, oldest first. Example: when version 4 of the
     * adjudication renames its acceptance review, the cases still on version 3 continue
     * in the renamed task:
     * {@code new Move("infringement-adjudication", "3", "Task_ReviewAcceptance", "Task_ReviewRequest")}.
     * A move names an activity of the latest version: when a later change renames that
     * one again, change the older moves with it.
     */
    static final ModelChanges REGISTERED = new ModelChanges(List.of());

    /**
     * Cases of {@code processKey} on {@code fromVersionTag} waiting in {@code from}
     * continue in {@code to}.
     */
    record Move(String processKey, String fromVersionTag, String from, String to) {

        Move {
            Objects.requireNonNull(processKey);
            Objects.requireNonNull(fromVersionTag);
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
        }
    }

    private final List<Move> moves;

    ModelChanges(List<Move> moves) {
        this.moves = List.copyOf(moves);
    }

    /**
     * The moves for cases leaving this version of the model; none for a version without a
     * tag.
     */
    List<Move> leaving(String processKey, String versionTag) {
        return moves.stream()
            .filter(m -> m.processKey().equals(processKey) && m.fromVersionTag().equals(versionTag))
            .toList();
    }

}
