import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import type { InjunctionView } from '../types';
import { InjunctionCard, LinkedInjunctionsCard } from './injunction-card';

const inForce: InjunctionView = {
  injunction: {
    startedBy: 'APPLICATION',
    actsToStop: '在展会上展出、许诺销售被控侵权的折叠椅。',
    urgency: 'TRADE_FAIR',
    stopOrder: '立即停止在展会上展出被控侵权的折叠椅。',
    servedOn: '2026-11-23',
  },
  lapseLastDay: '2026-12-23',
  objections: [],
  adjudication: {
    id: 'case-a',
    caseNumber: '渝北知裁〔2026〕7号',
    caseType: 'INFRINGEMENT_ADJUDICATION',
    stage: 'FILED',
    filedAt: '2026-11-24T09:00:00+08:00',
    link: 'ADJUDICATION',
  },
  steps: ['OBJECT'],
};

describe('InjunctionCard', { timeout: 60_000 }, () => {
  it('shows what the injunction orders, its lapse day and the adjudication case it is linked to', () => {
    renderWithProviders(<InjunctionCard caseId="case-i" view={inForce} casesPath="/portal/cases" />);

    expect(screen.getByText('立即停止在展会上展出被控侵权的折叠椅。')).toBeInTheDocument();
    expect(screen.getByText('2026-12-23')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '渝北知裁〔2026〕7号' })).toHaveAttribute('href', '/portal/cases/case-a');
  });

  it('lets the respondent object, and sends the grounds', async () => {
    const bodies: unknown[] = [];
    document.cookie = 'XSRF-TOKEN=t; path=/';
    server.use(
      http.post('/api/cases/case-i/injunction/objection', async ({ request }) => {
        bodies.push(await request.json());
        return new HttpResponse(null, { status: 201 });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<InjunctionCard caseId="case-i" view={inForce} casesPath="/portal/cases" />);

    await user.click(screen.getByRole('button', { name: '提出异议' }));
    expect(await screen.findByText('请填写此项')).toBeInTheDocument();
    expect(bodies).toEqual([]);

    await user.type(screen.getByLabelText('异议理由'), '被控侵权产品未落入保护范围。');
    await user.click(screen.getByRole('button', { name: '提出异议' }));
    await waitFor(() => expect(bodies).toEqual([{ grounds: '被控侵权产品未落入保护范围。' }]));
  });

  it('offers no objection to anyone the server does not name', () => {
    renderWithProviders(<InjunctionCard caseId="case-i" view={{ ...inForce, steps: [] }} casesPath="/inbox/cases" />);
    expect(screen.queryByRole('button', { name: '提出异议' })).not.toBeInTheDocument();
  });

  it('lists on an adjudication case the injunctions linked to it', () => {
    renderWithProviders(
      <LinkedInjunctionsCard
        links={{
          injunctions: [
            {
              id: 'case-i',
              caseNumber: '渝北知禁〔2026〕1号',
              caseType: 'PRELIMINARY_INJUNCTION',
              stage: 'INJUNCTION_IN_FORCE',
              filedAt: '2026-11-23T09:00:00+08:00',
              link: 'INJUNCTION',
            },
          ],
        }}
        casesPath="/inbox/cases"
      />,
    );
    expect(screen.getByRole('link', { name: '渝北知禁〔2026〕1号' })).toHaveAttribute('href', '/inbox/cases/case-i');
    expect(screen.getByText('禁令有效')).toBeInTheDocument();
  });
});
