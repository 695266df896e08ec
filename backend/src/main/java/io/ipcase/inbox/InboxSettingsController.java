package io.ipcase.inbox;

import java.util.List;
import java.util.UUID;

import io.ipcase.cases.CaseType;
import io.ipcase.security.AppUser;
import io.ipcase.security.Office;
import io.ipcase.security.Offices;
import io.ipcase.security.Role;
import io.ipcase.security.StaffDirectory;
import io.ipcase.web.NotFoundException;
import jakarta.validation.Valid;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the inbox's controls offer: the models and their tasks to filter by, the
 * colleagues a task may go to, saved filters and substitutes.
 */
@RestController
class InboxSettingsController {

    private final RepositoryService repository;

    private final Offices offices;

    private final StaffDirectory staff;

    private final SavedFilters savedFilters;

    private final Substitutions substitutions;

    InboxSettingsController(RepositoryService repository, Offices offices, StaffDirectory staff,
            SavedFilters savedFilters, Substitutions substitutions) {
        this.repository = repository;
        this.offices = offices;
        this.staff = staff;
        this.savedFilters = savedFilters;
        this.substitutions = substitutions;
    }

    /**
     * The choices of the filter bar: each deployed model with its user tasks, case types,
     * offices.
     */
    @GetMapping("/api/inbox/filter-options")
    FilterOptions filterOptions(@AuthenticationPrincipal AppUser user) {
        List<Model> models = repository.createProcessDefinitionQuery()
            .latestVersion()
            .orderByProcessDefinitionKey()
            .asc()
            .list()
            .stream()
            .map(this::model)
            .toList();
        List<String> overseen = staff.overseenOffices(user);
        return new FilterOptions(models, List.of(CaseType.values()),
                offices.all().stream().filter(o -> overseen.contains(o.id())).toList());
    }

    /** The staff of an office the caller belongs to or oversees, to hand tasks to. */
    @GetMapping("/api/inbox/colleagues")
    List<Colleague> colleagues(@AuthenticationPrincipal AppUser user, @RequestParam(required = false) String officeId) {
        String office = officeId == null ? user.officeId() : officeId;
        if (!staff.overseenOffices(user).contains(office)) {
            throw new NotFoundException("office");
        }
        return staff.ofOffice(office)
            .stream()
            .map(u -> new Colleague(u.getUsername(), u.displayName(), u.has(Role.SUPERVISOR), u.officeId()))
            .toList();
    }

    @GetMapping("/api/inbox/saved-filters")
    List<SavedFilters.SavedFilter> savedFilters(@AuthenticationPrincipal AppUser user) {
        return savedFilters.visibleTo(user);
    }

    @PostMapping("/api/inbox/saved-filters")
    @ResponseStatus(HttpStatus.CREATED)
    SavedFilters.SavedFilter saveFilter(@AuthenticationPrincipal AppUser user,
            @Valid @RequestBody SavedFilters.FilterDraft draft) {
        return savedFilters.create(user, draft);
    }

    @PutMapping("/api/inbox/saved-filters/{id}")
    SavedFilters.SavedFilter updateFilter(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @Valid @RequestBody SavedFilters.FilterDraft draft) {
        return savedFilters.update(user, id, draft);
    }

    @DeleteMapping("/api/inbox/saved-filters/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteFilter(@AuthenticationPrincipal AppUser user, @PathVariable UUID id) {
        savedFilters.delete(user, id);
    }

    @GetMapping("/api/inbox/substitutions")
    List<Substitutions.Substitution> substitutions(@AuthenticationPrincipal AppUser user) {
        return substitutions.current(user);
    }

    @PostMapping("/api/inbox/substitutions")
    @ResponseStatus(HttpStatus.CREATED)
    Substitutions.Substitution nameSubstitute(@AuthenticationPrincipal AppUser user,
            @Valid @RequestBody Substitutions.NewSubstitution request) {
        return substitutions.name(user, request);
    }

    @DeleteMapping("/api/inbox/substitutions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancelSubstitute(@AuthenticationPrincipal AppUser user, @PathVariable long id) {
        substitutions.cancel(user, id);
    }

    private Model model(ProcessDefinition definition) {
        List<TaskOption> tasks = repository.getBpmnModelInstance(definition.getId())
            .getModelElementsByType(UserTask.class)
            .stream()
            .map(t -> new TaskOption(t.getId(), t.getName()))
            .toList();
        return new Model(definition.getKey(), definition.getName(), tasks);
    }

    @NullMarked
    record FilterOptions(List<Model> models, List<CaseType> caseTypes, List<Office> offices) {
    }

    @NullMarked
    record Model(String key, @Nullable String name, List<TaskOption> tasks) {
    }

    @NullMarked
    record TaskOption(String key, @Nullable String name) {
    }

    @NullMarked
    record Colleague(String username, String displayName, boolean supervisor, String officeId) {
    }

}
