import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import type { Account } from '../api/accounts-api';
import { AccountsPage } from './accounts-page';

const OFFICES = [
  { id: 'yubei', nameZh: '重庆市渝北区知识产权局', nameEn: 'Yubei', level: 'DISTRICT', casePrefix: '渝北知' },
];

const account = (overrides: Partial<Account>): Account => ({
  username: 'officer.yb',
  displayName: '陈静',
  officeId: 'yubei',
  enabled: true,
  roles: ['OFFICER'],
  mustChangePassword: false,
  ...overrides,
});

describe('accounts administration', { timeout: 60_000 }, () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    server.use(
      http.get('/api/offices', () => HttpResponse.json(OFFICES)),
      http.get('/api/admin/locked-addresses', () => HttpResponse.json([])),
    );
  });

  it('lists the locked source addresses and unlocks one', async () => {
    const unlocked: unknown[] = [];
    let locked = true;
    server.use(
      http.get('/api/admin/users', () => HttpResponse.json([account({})])),
      http.get('/api/admin/locked-addresses', () =>
        HttpResponse.json(locked ? [{ address: '10.8.0.1', lockedUntil: '2026-11-23T01:15:00Z' }] : []),
      ),
      http.post('/api/admin/locked-addresses/unlock', async ({ request }) => {
        unlocked.push(await request.json());
        locked = false;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AccountsPage />);

    const section = (await screen.findByRole('heading', { name: '被锁定的来源地址' })).closest('section')!;
    const row = within(section).getByText('10.8.0.1').closest('tr')!;
    expect(within(row).getByText('2026-11-23 09:15')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: '解锁' }));

    await waitFor(() => expect(unlocked).toEqual([{ address: '10.8.0.1' }]));
    await waitFor(() => expect(screen.queryByRole('heading', { name: '被锁定的来源地址' })).not.toBeInTheDocument());
  });

  it('shows who is locked out and unlocks them', async () => {
    const unlocked: string[] = [];
    let locked = true;
    server.use(
      http.get('/api/admin/users', () =>
        HttpResponse.json([
          account(locked ? { lockedUntil: '2026-11-23T01:15:00Z' } : {}),
          account({ username: 'officer2.yb', displayName: '杨帆', enabled: false }),
        ]),
      ),
      http.post('/api/admin/users/:username/unlock', ({ params }) => {
        unlocked.push(String(params.username));
        locked = false;
        return HttpResponse.json(account({}));
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AccountsPage />);

    const row = (await screen.findByText('陈静')).closest('tr')!;
    expect(within(row).getByText('已锁定至 2026-11-23 09:15')).toBeInTheDocument();
    expect(within(screen.getByText('杨帆').closest('tr')!).getByText('已停用')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: '解锁' }));

    await waitFor(() => expect(unlocked).toEqual(['officer.yb']));
    await waitFor(() => expect(within(row).queryByText(/已锁定/)).not.toBeInTheDocument());
  });

  it('disables an officer, handing their tasks to a colleague of the office', async () => {
    const disabled: unknown[] = [];
    server.use(
      http.get('/api/admin/users', () =>
        HttpResponse.json([account({}), account({ username: 'officer2.yb', displayName: '杨帆' })]),
      ),
      http.post('/api/admin/users/:username/disable', async ({ params, request }) => {
        disabled.push({ username: params.username, body: await request.json() });
        return HttpResponse.json(account({ enabled: false }));
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AccountsPage />);

    const row = (await screen.findByText('陈静')).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: '停用' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('在办任务交给'));
    await user.click(await screen.findByTitle('杨帆（officer2.yb）'));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(disabled).toEqual([{ username: 'officer.yb', body: { handOverTo: 'officer2.yb' } }]));
  });

  it('shows the password policy’s reason under the password of a new account', async () => {
    server.use(
      http.get('/api/admin/users', () => HttpResponse.json([])),
      http.post('/api/admin/users', () =>
        problem(400, {
          title: 'Bad Request',
          detail: '请求有误',
          errors: [{ field: 'password', message: '这是常见密码，容易被猜中，请另选一个。' }],
        }),
      ),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AccountsPage />);

    await user.click(await screen.findByRole('button', { name: '新建账号' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('用户名'), 'new.officer');
    await user.type(within(dialog).getByLabelText('姓名'), '新人');
    await user.type(within(dialog).getByLabelText('初始密码'), '1234567890');
    await user.click(within(dialog).getByLabelText('角色'));
    await user.click(await screen.findByTitle('请求人'));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await within(dialog).findByText('这是常见密码，容易被猜中，请另选一个。')).toBeInTheDocument();
  });
});
