// The SLA board's words; merged in src/app/messages.ts.
export const zhCN = {
  sla: {
    title: '期限看板',
    intro: '本部门（及下级部门）每一个正在计算的法定期限：届满日、剩余工作日和日数、是否中止或延长。',
    standing: {
      ON_TRACK: '正常',
      DUE_SOON: '即将到期',
      OVERDUE: '已逾期',
      PAUSED: '已中止计算',
      EXTENDED: '已延长',
    },
    filterBy: '只看“{{standing}}”',
    filters: {
      office: '部门',
      status: '状态',
      clock: '期限',
      officer: '承办人',
      search: '案号',
      any: '全部',
    },
    columns: {
      caseNumber: '案号',
      clock: '期限',
      lastDay: '届满日',
      left: '剩余',
      standing: '状态',
      tasks: '当前任务与承办人',
    },
    left: '{{working}} 个工作日 · {{calendar}} 日',
    overdueBy: '超期 {{days}} 日',
    pausedDays: '扣除 {{days}} 日',
    unassigned: '未认领',
    reassign: '改派所选案件的任务',
    reassignNone: '所选案件没有可改派的任务',
    selectRow: '选择 {{caseNumber}} 的 {{clock}}',
    export: {
      csv: '导出 CSV',
      xlsx: '导出 Excel',
    },
    total: '共 {{count}} 个期限',
    charts: {
      title: '统计',
      stages: '各阶段在办案件',
      cases: '案件数',
      trend: '每周到期任务与逾期办理（按期限所在周）',
      due: '到期任务',
      late: '逾期办理或仍未办理',
      steps: '各步骤办理用时（近180天）',
      hours: '小时',
      median: '中位数',
      p90: '90% 在此之内',
      workload: '承办人负责的期限',
      loading: '正在加载统计…',
    },
    workload: {
      title: '工作量',
      person: '承办人',
      openTasks: '在办任务',
      overdueTasks: '逾期任务',
    },
    approvals: {
      title: '待审批事项',
      none: '暂无待审批事项',
      open: '审批',
      panelTitle: '审批：{{caseNumber}}',
      done: '审批已提交',
    },
  },
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
export type SlaMessages = Messages<typeof zhCN>;
