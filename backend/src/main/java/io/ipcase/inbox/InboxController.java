package io.ipcase.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.ipcase.security.AppUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InboxController {

    private final InboxTasks tasks;
    private final TaskActions actions;

    InboxController(InboxTasks tasks, TaskActions actions) {
        this.tasks = tasks;
        this.actions = actions;
    }

    @GetMapping("/api/inbox/tasks")
    InboxTasks.TaskPage tasks(@AuthenticationPrincipal AppUser user,
                              @RequestParam(defaultValue = "ALL") InboxTasks.View view,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size) {
        return tasks.page(user, view, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    }

    @PostMapping("/api/inbox/tasks/{taskId}/claim")
    ResponseEntity<Void> claim(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
        actions.claim(user, taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/inbox/tasks/{taskId}/unclaim")
    ResponseEntity<Void> unclaim(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
        actions.unclaim(user, taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/inbox/tasks/{taskId}/complete")
    ResponseEntity<Void> complete(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
                                  @RequestBody(required = false) JsonNode values) {
        actions.complete(user, taskId, values);
        return ResponseEntity.noContent().build();
    }
}
