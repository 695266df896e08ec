import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import { CalendarAdmin } from './calendar-admin';

const STATUS = {
  today: '2026-12-07',
  nextYear: 2027,
  nextYearLoaded: false,
  warnFrom: '2026-10-01',
  warning: true,
  yearsLoaded: [2024, 2025, 2026],
  provisionalClocks: 4,
};

/** The calendar as loaded; every PUT of a year answered by `onLoad`, its body kept. */
function serve(onLoad: () => Response) {
  const loads: { url: string; body: unknown }[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  server.use(
    http.get('/api/calendar/status', () => HttpResponse.json(STATUS)),
    http.get('/api/admin/calendar', () =>
      HttpResponse.json([
        { year: 2026, source: '国办发明电〔2025〕7号', loadedBy: 'system', loadedAt: '2026-01-01T00:00:00+08:00' },
      ]),
    ),
    http.get('/api/admin/calendar/:year', () => HttpResponse.json([{ day: '2026-10-01', officialKind: 'REST' }])),
    http.put('/api/admin/calendar/:year', async ({ request }) => {
      loads.push({ url: new URL(request.url).pathname, body: await request.json() });
      return onLoad();
    }),
  );
  return loads;
}

describe('CalendarAdmin', () => {
  it("warns that next year's notice is missing and how many deadlines count provisionally", async () => {
    serve(() => new HttpResponse(null, { status: 204 }));
    renderWithProviders(<CalendarAdmin />);

    const warning = await screen.findByText('2027 年的国务院节假日安排尚未导入');
    expect(warning).toBeInTheDocument();
    expect(screen.getByText(/目前有 4 个正在计算的期限受影响/)).toBeInTheDocument();
  });

  it('loads a pasted CSV notice for next year with its source', async () => {
    const loads = serve(() => new HttpResponse(null, { status: 204 }));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CalendarAdmin />);

    await user.type(await screen.findByRole('textbox', { name: '来源（通知文号）' }), '国办发明电〔2026〕9号');
    await user.type(screen.getByRole('textbox', { name: '通知内容' }), '2027-01-01,rest{enter}2027-02-07,班');
    await user.click(screen.getByRole('button', { name: '校验并导入' }));

    await waitFor(() => expect(loads).toHaveLength(1));
    expect(loads[0]).toEqual({
      url: '/api/admin/calendar/2027',
      body: { source: '国办发明电〔2026〕9号', rest: ['2027-01-01'], work: ['2027-02-07'] },
    });
  });

  it('shows the slips of a notice it cannot read without sending it', async () => {
    const loads = serve(() => new HttpResponse(null, { status: 204 }));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CalendarAdmin />);

    await user.type(await screen.findByRole('textbox', { name: '通知内容' }), '2027-01-01,rest{enter}2027-02-30,rest');
    await user.click(screen.getByRole('button', { name: '校验并导入' }));

    const alert = await screen.findByText('未导入：请改正以下问题后重试，日历未作任何改动。');
    expect(within(alert.closest('[role="alert"]') as HTMLElement).getByText(/第 2 行/)).toBeInTheDocument();
    expect(loads).toHaveLength(0);
  });

  it("shows the server's refusal day by day", async () => {
    serve(() =>
      problem(400, {
        title: '提交的内容有误',
        errors: [{ field: 'rest[1]', message: '日期 2027-01-01 出现了不止一次；每一天只能列一次。' }],
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CalendarAdmin />);

    await user.type(await screen.findByRole('textbox', { name: '来源（通知文号）' }), '国办发明电〔2026〕9号');
    await user.type(screen.getByRole('textbox', { name: '通知内容' }), '2027-01-01,rest{enter}2027-01-01,rest');
    await user.click(screen.getByRole('button', { name: '校验并导入' }));

    expect(await screen.findByText(/rest\[1\]: 日期 2027-01-01 出现了不止一次/)).toBeInTheDocument();
  });
});
