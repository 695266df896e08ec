package io.ipcase.inbox;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.inbox.steps.StepDescription;
import io.ipcase.security.AppUser;
import io.ipcase.web.ConflictException;
import io.ipcase.web.NotFoundException;
import io.ipcase.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inbox: pages of tasks, and what people do with them. A refused action whose cause
 * is someone else's change answers 409 with the task's fresh state in the problem body
 * ("task").
 */
@RestController
class InboxController {

    private final InboxTasks tasks;

    private final TaskActions actions;

    private final Substitutions substitutions;

    InboxController(InboxTasks tasks, TaskActions actions, Substitutions substitutions) {
        this.tasks = tasks;
        this.actions = actions;
        this.substitutions = substitutions;
    }

    /**
     * A page of the inbox. Browsers poll it; the ETag (ShallowEtagHeaderFilter, see
     * InboxWebConfig) turns an unchanged page into a 304 without a body.
     */
    @GetMapping("/api/inbox/tasks")
    ResponseEntity<InboxTasks.TaskPage> tasks(@AuthenticationPrincipal AppUser user, @Valid InboxCriteria criteria,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        InboxTasks.TaskPage result = tasks.page(substitutions.viewerOf(user), criteria, Paging.page(page),
                Paging.size(size, 200));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate()).body(result);
    }

    /** One task as it stands, with what the caller may do with it. */
    @GetMapping("/api/inbox/tasks/{taskId}")
    TaskActions.TaskState task(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
        TaskActions.TaskState state = actions.freshState(substitutions.viewerOf(user), taskId);
        if (state == null || state.status() != TaskActions.TaskState.Status.OPEN) {
            throw new NotFoundException("task");
        }
        return state;
    }

    /**
     * What the task's form shows: its fields, their choices and rules, in the caller's
     * language.
     */
    @GetMapping("/api/inbox/tasks/{taskId}/form")
    StepDescription form(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
        return actions.form(substitutions.viewerOf(user), taskId);
    }

    @PostMapping("/api/inbox/tasks/{taskId}/claim")
    ResponseEntity<Void> claim(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
        InboxViewer viewer = substitutions.viewerOf(user);
        return act(viewer, taskId, () -> actions.claim(viewer, taskId));
    }

    @PostMapping("/api/inbox/tasks/{taskId}/unclaim")
    ResponseEntity<Void> unclaim(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
        InboxViewer viewer = substitutions.viewerOf(user);
        return act(viewer, taskId, () -> actions.unclaim(viewer, taskId));
    }

    @PostMapping("/api/inbox/tasks/{taskId}/complete")
    ResponseEntity<Void> complete(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
            @RequestBody(required = false) JsonNode values) {
        InboxViewer viewer = substitutions.viewerOf(user);
        return act(viewer, taskId, () -> actions.complete(viewer, taskId, values));
    }

    @PostMapping("/api/inbox/tasks/{taskId}/delegate")
    ResponseEntity<Void> delegate(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
            @Valid @RequestBody TaskActions.HandOver handOver) {
        InboxViewer viewer = substitutions.viewerOf(user);
        return act(viewer, taskId, () -> actions.delegate(viewer, taskId, handOver));
    }

    @PostMapping("/api/inbox/tasks/{taskId}/return")
    ResponseEntity<Void> returnToOwner(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
            @Valid @RequestBody(required = false) Note note) {
        InboxViewer viewer = substitutions.viewerOf(user);
        return act(viewer, taskId, () -> actions.returnToOwner(viewer, taskId, note == null ? null : note.note()));
    }

    @PostMapping("/api/inbox/tasks/{taskId}/transfer")
    ResponseEntity<Void> transfer(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
            @Valid @RequestBody TaskActions.HandOver handOver) {
        InboxViewer viewer = substitutions.viewerOf(user);
        return act(viewer, taskId, () -> actions.transfer(viewer, taskId, handOver));
    }

    @PostMapping("/api/inbox/tasks/bulk-claim")
    ResponseEntity<Void> claimAll(@AuthenticationPrincipal AppUser user, @RequestBody TaskIds body) {
        actions.claimAll(substitutions.viewerOf(user), body.taskIds());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/inbox/tasks/bulk-reassign")
    ResponseEntity<Void> reassignAll(@AuthenticationPrincipal AppUser user, @Valid @RequestBody Reassignment body) {
        actions.reassignAll(substitutions.viewerOf(user), body.taskIds(),
                new TaskActions.HandOver(body.assignee(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    /**
     * Runs an action on one task; if someone else's change got in the way, the 409
     * carries the task as it is now, so the page can show it without another round trip.
     */
    private ResponseEntity<Void> act(InboxViewer viewer, String taskId, Runnable action) {
        try {
            action.run();
        }
        catch (ConflictException e) {
            throw e.with("task", actions.freshState(viewer, taskId));
        }
        catch (OptimisticLockingException | TaskAlreadyClaimedException e) {
            throw conflict(e).with("task", actions.freshState(viewer, taskId));
        }
        return ResponseEntity.noContent().build();
    }

    private static ConflictException conflict(RuntimeException e) {
        return e instanceof TaskAlreadyClaimedException claimed
                ? new ConflictException("problem.task-claimed-by-other", claimed.getTaskAssignee())
                : new ConflictException("problem.concurrent-change");
    }

    @NullMarked
    record Note(@Nullable @Size(max = 500, message = "{field.too-long}") String note) {
    }

    @NullMarked
    record TaskIds(List<String> taskIds) {
    }

    @NullMarked
    record Reassignment(List<String> taskIds, String assignee, String reason) {
    }

}
