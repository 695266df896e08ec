import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import type { AdjudicationView } from '../types';
import { CaseSteps, RespondentNotice } from './case-steps';

const served: AdjudicationView = {
  id: 'case-1',
  stage: 'ANSWER_PERIOD',
  caseType: 'INFRINGEMENT_ADJUDICATION',
  panel: [{ ref: 'm-1', displayName: '陈静', lead: true }],
  answer: { period: { lastDay: '2026-12-09', state: 'RUNNING', pausedDays: 0 } },
  availableSteps: { steps: ['ANSWER', 'JURISDICTION_OBJECTION'] },
};

describe('CaseSteps', () => {
  it('offers the respondent only the steps the server lists, the answer on its own page', () => {
    renderWithProviders(<CaseSteps kase={served} answerPath="/portal/cases/case-1/answer" />);

    expect(screen.getByRole('link', { name: '提交答辩书' })).toHaveAttribute('href', '/portal/cases/case-1/answer');
    expect(screen.getByRole('button', { name: '提出管辖权异议' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '撤回请求' })).not.toBeInTheDocument();
  });

  it('sends a jurisdiction objection with its grounds', async () => {
    const bodies: unknown[] = [];
    document.cookie = 'XSRF-TOKEN=t; path=/';
    server.use(
      http.post('/api/cases/case-1/jurisdiction-objections', async ({ request }) => {
        bodies.push(await request.json());
        return new HttpResponse(null, { status: 201 });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CaseSteps kase={served} />);

    await user.click(screen.getByRole('button', { name: '提出管辖权异议' }));
    await user.type(await screen.findByLabelText('理由'), '侵权行为地不在渝北区。');
    await user.click(screen.getByRole('button', { name: '提交' }));

    await waitFor(() => expect(bodies).toEqual([{ grounds: '侵权行为地不在渝北区。' }]));
  });

  it('lets the respondent raise the time-bar defence, sent as a withdrawal request on that ground', async () => {
    const bodies: unknown[] = [];
    document.cookie = 'XSRF-TOKEN=t; path=/';
    server.use(
      http.post('/api/cases/case-1/withdrawal-requests', async ({ request }) => {
        bodies.push(await request.json());
        return new HttpResponse(null, { status: 201 });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CaseSteps kase={{ ...served, availableSteps: { steps: ['TIME_BAR_DEFENCE'] } }} />);

    await user.click(screen.getByRole('button', { name: '提出请求时限抗辩' }));
    await user.type(await screen.findByLabelText(/请求人知道或者应当知道/), '请求人于2023年3月即向我方发出警告函。');
    await user.click(screen.getByRole('button', { name: '提交' }));

    await waitFor(() =>
      expect(bodies).toEqual([{ details: '请求人于2023年3月即向我方发出警告函。', ground: 'TIME_BARRED' }]),
    );
  });

  it('tells the respondent by when to answer', () => {
    renderWithProviders(<RespondentNotice kase={served} />);

    expect(screen.getByRole('alert')).toHaveTextContent('请在 2026-12-09 前提交答辩书和证据');
  });
});
