// The acceptance review's words; the app merges them into the shared catalogues (src/app/messages.ts).
export const zhCN = {
  decision: {
    ACCEPT: '受理',
    REFUSE: '不予受理',
    SUPPLEMENT: '通知补正',
  },
  review: {
    title: '受理审查',
    decision: '审查决定',
    reasons: '理由',
    reasonsHint: '不予受理的，应当说明理由',
    reasonsRequired: '不予受理的，请填写理由',
    missingItems: '需要补正的材料',
    missingItem: '补正事项 {{index}}',
    missingItemRequired: '请填写补正事项',
    missingItemsRequired: '通知补正的，请至少列出一项需要补正的材料',
    addItem: '添加补正事项',
    removeItem: '删除补正事项 {{index}}',
    dueDate: '补正期限',
    dueDateRequired: '请选择补正期限',
    dueDateFuture: '补正期限应晚于今天',
    submit: '提交决定',
    success: '受理审查决定已提交',
    failed: '提交未成功',
  },
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
export type AdjudicationMessages = Messages<typeof zhCN>;
