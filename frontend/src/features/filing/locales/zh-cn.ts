// The filing wizard's words beyond the shared ones; merged in src/app/messages.ts.
export const zhCN = {
  wizard: {
    steps: {
      office: '受理部门与请求人',
      respondent: '被请求人',
      patent: '专利与请求事项',
      evidence: '证据',
      review: '确认提交',
    },
    stepOf: '第 {{current}} 步，共 {{total}} 步：{{title}}',
    next: '下一步',
    previous: '上一步',
    saveDraft: '保存草稿',
    saving: '正在保存草稿…',
    savedAt: '草稿已于 {{time}} 保存，可随时回来继续填写',
    saveFailed: '草稿未能保存：{{detail}}',
    evidenceIntro: '每个文件选择后即上传并检查；上传完成前请勿离开本页。',
    noEvidence: '未上传证据（可以稍后在补正时提交）',
    reviewIntro: '请核对以下内容，确认无误后提交。提交后，办案机关将在5个工作日内审查是否受理。',
    fixStep: '“{{step}}”中有需要修改的内容',
    evidenceCount: '{{count}} 个文件',
  },
  drafts: {
    title: '未提交的草稿',
    resume: '继续填写',
    delete: '删除草稿',
    deleted: '草稿已删除',
    untitled: '未填写专利号的请求',
    describe: '{{patent}} · 被请求人：{{respondent}} · {{files}} 个文件 · 保存于 {{time}}',
    noRespondent: '未填写',
  },
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
export type FilingMessages = Messages<typeof zhCN>;
