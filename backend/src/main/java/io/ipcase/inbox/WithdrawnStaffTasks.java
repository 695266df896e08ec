package io.ipcase.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.audit.AuditActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.security.StaffDirectory;
import io.ipcase.security.StaffWithdrawn;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer who leaves (account disabled, moved to another office, no longer staff)
 * leaves the office's tasks they held: a task delegated to them goes back to its owner;
 * any other goes to the colleague the administrator named, or back to the office's pool,
 * where the supervisor's board shows it unclaimed. In the administrator's transaction,
 * each hand-over on its case's record.
 */
@Component
class WithdrawnStaffTasks {

    private final JdbcClient jdbc;

    private final TaskService taskService;

    private final StaffDirectory staff;

    private final AuditTrail audit;

    WithdrawnStaffTasks(JdbcClient jdbc, TaskService taskService, StaffDirectory staff, AuditTrail audit) {
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.staff = staff;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    void on(StaffWithdrawn event) {
        List<Held> held = jdbc.sql("""
                select task_id, case_id, task_name from inbox_tasks
                where assignee = :u and office_id = :o order by created_at""")
            .param("u", event.username())
            .param("o", event.officeId())
            .query((rs, i) -> new Held(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3)))
            .list();
        String toName = event.handOverTo() == null ? null
                : staff.displayNames(List.of(event.handOverTo())).get(event.handOverTo());
        for (Held task : held) {
            Task engineTask = taskService.createTaskQuery().taskId(task.taskId()).singleResult();
            if (engineTask == null) {
                continue;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("task", task.taskName());
            details.put("from", event.username());
            if (engineTask.getDelegationState() == DelegationState.PENDING) {
                taskService.resolveTask(task.taskId());
                details.put("to", engineTask.getOwner());
                audit.recordWithDetails(event.actor(), AuditActions.TASK_RETURNED, task.caseId(), details);
            }
            else if (event.handOverTo() != null) {
                taskService.setAssignee(task.taskId(), event.handOverTo());
                details.put("to", event.handOverTo());
                details.put("toName", toName);
                audit.recordWithDetails(event.actor(), AuditActions.TASK_REASSIGNED, task.caseId(), details);
            }
            else {
                taskService.setAssignee(task.taskId(), null);
                audit.recordWithDetails(event.actor(), AuditActions.TASK_UNCLAIMED, task.caseId(), details);
            }
        }
    }

    private record Held(String taskId, UUID caseId, String taskName) {
    }

}
