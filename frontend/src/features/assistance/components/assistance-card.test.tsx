import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { AssistanceCard, AssistanceOriginCard } from './assistance-card';

describe('assistance card', () => {
  it('shows the request, its expert, its opinion and the case it was referred into', () => {
    renderWithProviders(
      <AssistanceCard
        casesPath="/inbox/cases"
        view={{
          request: {
            smallOrMicroFirm: true,
            field: 'MECHANICAL',
            helpWanted: 'EVIDENCE_GUIDANCE,REFERENCE_OPINION',
            assignedTo: '李专家',
            assignedKind: 'EXPERT',
            assistanceKind: 'REFER_MEDIATION',
          },
          referredCase: {
            id: 'm-1',
            caseNumber: '渝北知调〔2026〕2号',
            caseType: 'MEDIATION',
            stage: 'FILED',
            filedAt: '2026-11-24T09:00:00+08:00',
            link: 'REFERRAL',
          },
          steps: [],
        }}
      />,
    );

    expect(screen.getByText('证据收集指导、侵权判定参考意见')).toBeInTheDocument();
    expect(screen.getByText('李专家（援助专家）')).toBeInTheDocument();
    expect(screen.getByText('转介行政调解')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '渝北知调〔2026〕2号' })).toHaveAttribute('href', '/inbox/cases/m-1');
  });

  it('links a referred case back to the request it came from', () => {
    renderWithProviders(
      <AssistanceOriginCard
        casesPath="/portal/cases"
        origin={{
          assistanceCase: {
            id: 'a-1',
            caseNumber: '渝北知援〔2026〕1号',
            caseType: 'ASSISTANCE',
            stage: 'X',
            filedAt: '2026-11-23T09:00:00+08:00',
            link: 'ASSISTANCE',
          },
        }}
      />,
    );

    expect(screen.getByRole('link', { name: '渝北知援〔2026〕1号' })).toHaveAttribute('href', '/portal/cases/a-1');
  });
});
