package io.ipcase.assistance;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.ipcase.cases.CaseFiling;
import io.ipcase.cases.CaseRecord;
import io.ipcase.security.AppUser;
import io.ipcase.web.NotFoundException;
import io.ipcase.storage.Uploads;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class AssistanceController {

    private final Assistances assistances;

    private final AssistancePool pool;

    private final AssistanceSettings settings;

    private final TaskService tasks;

    private final RuntimeService runtime;

    private final JdbcClient jdbc;

    AssistanceController(Assistances assistances, AssistancePool pool, AssistanceSettings settings, TaskService tasks,
            RuntimeService runtime, JdbcClient jdbc) {
        this.assistances = assistances;
        this.pool = pool;
        this.settings = settings;
        this.tasks = tasks;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    @PostMapping(path = "/api/cases/assistance-requests", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CaseFiling.FiledCase> apply(@AuthenticationPrincipal AppUser user,
            @RequestPart("application") Assistances.Application application,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        CaseFiling.FiledCase filed = assistances.apply(user, application, Uploads.of(files));
        return ResponseEntity.created(URI.create("/api/cases/" + filed.id())).body(filed);
    }

    @PostMapping(path = "/api/cases/{id}/assistance/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void supplement(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        assistances.supplement(user, id, Uploads.of(files));
    }

    @PostMapping("/api/cases/{id}/assistance/appeal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void appeal(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @jakarta.validation.Valid @RequestBody Assistances.Appeal appeal) {
        assistances.appeal(user, id, appeal);
    }

    @PostMapping("/api/cases/{id}/assistance/feedback")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void feedback(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @jakarta.validation.Valid @RequestBody Assistances.Feedback feedback) {
        assistances.feedback(user, id, feedback);
    }

    @GetMapping("/api/assistance/mine")
    List<Assistances.MyRequest> mine(@AuthenticationPrincipal AppUser user) {
        return assistances.mine(user);
    }

    /**
     * The pool members an officer may assign the task's request to: its district's, its
     * field first.
     */
    @GetMapping("/api/assistance/tasks/{taskId}/pool")
    List<AssistancePool.Member> poolForTask(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        ProcessInstance instance = task == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        if (instance == null || !Assistances.PROCESS_KEY.equals(task.getProcessDefinitionId().split(":")[0])) {
            throw new NotFoundException("task");
        }
        CaseRecord c = assistances.requireAssistance(user, UUID.fromString(instance.getBusinessKey()));
        String field = jdbc.sql("select field from assistance_requests where case_id = :id")
            .param("id", c.id())
            .query(String.class)
            .single();
        return pool.activeIn(c.officeId(), TechnicalField.valueOf(field));
    }

    @GetMapping("/api/admin/assistance-pool")
    List<AssistancePool.Member> pool() {
        return pool.all();
    }

    @PostMapping("/api/admin/assistance-pool")
    @ResponseStatus(HttpStatus.CREATED)
    AssistancePool.Member add(@AuthenticationPrincipal AppUser user, @RequestBody AssistancePool.MemberInput input) {
        return pool.add(input, user.getUsername());
    }

    @PutMapping("/api/admin/assistance-pool/{id}")
    AssistancePool.Member update(@AuthenticationPrincipal AppUser user, @PathVariable long id,
            @RequestBody AssistancePool.MemberInput input) {
        return pool.update(id, input, user.getUsername());
    }

    @DeleteMapping("/api/admin/assistance-pool/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deactivate(@AuthenticationPrincipal AppUser user, @PathVariable long id) {
        pool.deactivate(id, user.getUsername());
    }

    @GetMapping("/api/admin/settings/assistance")
    AssistanceSettings settings() {
        return settings;
    }

}
