import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { CaseTimeline } from './case-timeline';

describe('CaseTimeline', () => {
  it('says each step in plain language, in office time, and names an unknown step by its code', () => {
    renderWithProviders(
      <CaseTimeline
        entries={[
          { at: '2026-03-02T01:30:00Z', actor: '张三', action: 'CASE_FILED', details: null },
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
