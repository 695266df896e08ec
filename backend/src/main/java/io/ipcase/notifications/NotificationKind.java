package io.ipcase.notifications;

/**
 * What a notice is about; its parameters fill the sentence each kind has in every
 * language.
 */
public enum NotificationKind {

    /** to the filer: caseNumber */
    CASE_FILED,
    /** to the parties with an account: caseNumber, stage */
    STAGE_CHANGED,
    /** to an officer handed a task by someone else: caseNumber, task, by */
    TASK_ASSIGNED,
    /** to a colleague named substitute: absentName, startsOn, endsOn */
    SUBSTITUTE_NAMED

}
