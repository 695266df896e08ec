import type { NotificationMessages } from './zh-cn';

export const en: NotificationMessages = {
  notifications: {
    title: 'Notifications',
    open: 'Notifications, {{count}} unread',
    none: 'No notifications',
    markAllRead: 'Mark all as read',
    kinds: {
      CASE_FILED: 'Your request was filed as case {{caseNumber}}.',
      STAGE_CHANGED: 'Case {{caseNumber}} is now: {{stageName}}.',
      TASK_ASSIGNED: '{{by}} handed you the task “{{task}}” of case {{caseNumber}}.',
      SUBSTITUTE_NAMED: '{{absentName}} named you to work their tasks from {{startsOn}} to {{endsOn}}.',
      unknown: 'New notification',
    },
  },
};
