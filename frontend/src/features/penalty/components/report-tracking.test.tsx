import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import { ReportTracking } from './report-tracking';

const report = '/api/public/penalty-reports/:trackingCode';

describe('ReportTracking', () => {
  it('tells where a report stands, in words', async () => {
    server.use(
      http.get(report, () =>
        HttpResponse.json({ trackingCode: 'K7QM-3XPD-9WTC', receivedOn: '2026-11-23', status: 'PENALISED' }),
      ),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ReportTracking />);

    await user.type(screen.getByLabelText('查询码'), 'k7qm3xpd9wtc');
    await user.click(screen.getByRole('button', { name: '查询' }));

    expect(await screen.findByTestId('report-status')).toHaveTextContent('已作出行政处罚决定');
    expect(screen.getByText('2026-11-23')).toBeInTheDocument();
  });

  it('says plainly when no report has the code', async () => {
    server.use(http.get(report, () => problem(404, { detail: '未找到该记录，或您无权查看。' })));
    renderWithProviders(<ReportTracking initialCode="2222-3333-4444" />);

    expect(await screen.findByText('没有找到这个查询码，请核对后重试。')).toBeInTheDocument();
  });
});
