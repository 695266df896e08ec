import { ApiError } from '@/shared/api/problem';
import { i18n } from '@/shared/i18n/i18n';
import { actionErrorMessage } from './conflict';

describe('the message for an action someone else got in the way of', () => {
  beforeEach(() => i18n.changeLanguage('zh-CN'));

  it('says who completed the task and when, from the 409’s fresh state', () => {
    const error = new ApiError({
      status: 409,
      detail: '该任务已被办理完毕，请刷新查看最新状态。',
      task: {
        taskId: 't1',
        status: 'COMPLETED',
        assignee: 'officer.yb',
        assigneeName: '陈静',
        completedAt: '2026-11-23T02:05:00Z',
      },
    });

    expect(actionErrorMessage(error, i18n.t)).toBe(
      '该任务已被办理完毕，请刷新查看最新状态。 该任务已由 陈静 于 2026-11-23 10:05 办结。',
    );
  });

  it('says who holds an open task', () => {
    const error = new ApiError({
      status: 409,
      detail: '该任务已由 杨帆 认领。',
      task: { taskId: 't1', status: 'OPEN', assignee: 'officer2.yb', assigneeName: '杨帆' },
    });

    expect(actionErrorMessage(error, i18n.t)).toBe('该任务已由 杨帆 认领。 该任务现由 杨帆 承办。');
  });

  it('keeps other errors as the server worded them', () => {
    expect(actionErrorMessage(new ApiError({ status: 400, detail: '请填写理由' }), i18n.t)).toBe('请填写理由');
  });
});
