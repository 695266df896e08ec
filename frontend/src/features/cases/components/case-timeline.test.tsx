import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { CaseTimeline } from './case-timeline';

describe('CaseTimeline', () => {
  it('says each step in plain language, in office time, and names an unknown step by its code', () => {
    renderWithProviders(
      <CaseTimeline
        entries={[
          { at: '2026-03-02T01:30:00Z', actor: '张三', action: 'CASE_FILED' },
          { at: '2026-03-03T02:00:00Z', actor: '李四', action: 'SITE_VISIT_PLANNED', details: '定于3月20日现场勘验' },
        ]}
      />,
    );

    expect(screen.getByText('提交了处理请求')).toBeInTheDocument();
    expect(screen.getByText('2026-03-02 09:30')).toBeInTheDocument();
    expect(screen.getByText('办理操作（SITE_VISIT_PLANNED）')).toBeInTheDocument();
    expect(screen.getByText('定于3月20日现场勘验')).toBeInTheDocument();
  });
});

describe('CaseTimeline hand-overs and periods', () => {
  it('tells a transfer with its reason, and a period with its last day', () => {
    renderWithProviders(
      <CaseTimeline
        entries={[
          {
            at: '2026-11-23T02:00:00Z',
            actor: 'officer.yb',
            actorName: '陈静',
            action: 'TASK_TRANSFERRED',
            details: '{"task":"受理审查","to":"officer2.yb","toName":"杨帆","reason":"承办人出差"}',
          },
          {
            at: '2026-11-23T03:00:00Z',
            actor: 'system',
            action: 'CLOCK_CHANGED',
            details: 'START acceptance → 2026-11-30',
          },
          { at: '2026-11-23T04:00:00Z', actor: 'officer.yb', action: 'STAGE_CHANGED', details: 'ACCEPTED' },
          {
            at: '2026-11-23T05:00:00Z',
            actor: 'supervisor.yb',
            actorName: '林涛',
            action: 'CLOCK_CHANGED',
            details: 'EXTEND acceptance +5 WORKING_DAYS (DEPARTMENT_HEAD) → 2026-12-07',
          },
          {
            at: '2026-11-23T06:00:00Z',
            actor: 'officer.yb',
            action: 'CLOCK_CHANGED',
            details: 'PAUSE answer: 中止 → 2026-12-09',
          },
        ]}
      />,
    );

    expect(screen.getByText('将任务“受理审查”转办给 杨帆')).toBeInTheDocument();
    expect(screen.getByText('理由：承办人出差')).toBeInTheDocument();
    expect(screen.getByText('期限“受理审查期限”开始计算，届满日 2026-11-30')).toBeInTheDocument();
    expect(screen.getByText('已受理')).toBeInTheDocument();
    expect(screen.getByText('期限“受理审查期限”延长，届满日 2026-12-07')).toBeInTheDocument();
    expect(screen.getByText(/届满日 2026-12-09$/)).toHaveTextContent('中止计算');
  });
});

describe('CaseTimeline model changes', () => {
  it('tells that the system moved the case to the new version of its procedure', () => {
    renderWithProviders(
      <CaseTimeline
        entries={[
          {
            at: '2026-11-23T01:00:00Z',
            actor: 'system',
            action: 'MODEL_MIGRATED',
            details: '{"process":"assistance","from":"1","to":"2"}',
          },
        ]}
      />,
    );

    expect(screen.getByText('将案件转入新版办理流程（1 → 2）')).toBeInTheDocument();
    expect(screen.getByText('系统')).toBeInTheDocument();
  });
});
