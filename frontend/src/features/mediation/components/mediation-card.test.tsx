import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import type { MediationView } from '../types';
import { MediationCard } from './mediation-card';

const awaiting: MediationView = {
  mediation: {
    inCase: true,
    subject: 'INFRINGEMENT',
    requesterRole: 'RESPONDENT',
    requestedAt: '2026-11-23T09:00:00+08:00',
    request: '愿意协商赔偿。',
  },
  opinionDueOn: '2026-12-09',
  notarisationRoute: false,
  judicialConfirmationAvailable: false,
  steps: ['STATE_OPINION'],
};

describe('MediationCard', () => {
  it('shows the other side its period and sends its consent', async () => {
    const bodies: unknown[] = [];
    document.cookie = 'XSRF-TOKEN=t; path=/';
    server.use(
      http.post('/api/cases/case-1/mediation/opinion', async ({ request }) => {
        bodies.push(await request.json());
        return new HttpResponse(null, { status: 201 });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<MediationCard caseId="case-1" view={awaiting} />);

    expect(screen.getByText('2026-12-09')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '陈述意见' }));
    await user.click(await screen.findByRole('button', { name: '提交' }));

    await waitFor(() => expect(bodies).toEqual([{ consents: true }]));
  });

  it('points an enforceable agreement to the notary', () => {
    renderWithProviders(
      <MediationCard
        caseId="case-1"
        view={{
          ...awaiting,
          mediation: {
            ...awaiting.mediation!,
            outcome: 'AGREEMENT',
            paymentAmount: 50000,
            enforcementCommitment: true,
          },
          notarisationRoute: true,
          steps: [],
        }}
      />,
    );

    expect(screen.getByText('50000.00')).toBeInTheDocument();
    expect(screen.getByText(/向公证机关申请赋予强制执行效力/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '陈述意见' })).not.toBeInTheDocument();
  });
});
