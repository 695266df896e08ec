// The notifications' words; merged in src/app/messages.ts.
export const zhCN = {
  notifications: {
    title: '通知',
    open: '通知，{{count}} 条未读',
    none: '暂无通知',
    markAllRead: '全部标为已读',
    kinds: {
      CASE_FILED: '您的请求已提交，案号 {{caseNumber}}。',
      STAGE_CHANGED: '案件 {{caseNumber}} 的状态已变为：{{stageName}}。',
      TASK_ASSIGNED: '{{by}} 将案件 {{caseNumber}} 的任务“{{task}}”交给您办理。',
      SUBSTITUTE_NAMED: '{{absentName}} 指定您在 {{startsOn}} 至 {{endsOn}} 期间代为办理其任务。',
      unknown: '新通知',
    },
  },
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
export type NotificationMessages = Messages<typeof zhCN>;
