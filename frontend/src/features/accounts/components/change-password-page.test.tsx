import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { ChangePasswordPage } from './change-password-page';

const session = (mustChangePassword: boolean) => ({
  authenticated: true,
  user: { username: 'new.officer', displayName: '新人', roles: ['OFFICER'], mustChangePassword },
});

describe('setting one’s own password', { timeout: 60_000 }, () => {
  it('sends the current and the new password, then goes on to the inbox', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let changed = false;
    const sent: unknown[] = [];
    server.use(
      http.get('/api/session', () => HttpResponse.json(session(!changed))),
      http.post('/api/session/password', async ({ request }) => {
        sent.push(await request.json());
        changed = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <Routes>
        <Route path="/" element={<ChangePasswordPage />} />
        <Route path="/inbox" element={<p>收件箱</p>} />
      </Routes>,
    );

    await user.type(await screen.findByLabelText('当前密码'), 'Handed-over-1942');
    await user.type(screen.getByLabelText('新密码'), 'My-own-choice-2026');
    await user.type(screen.getByLabelText('再次输入新密码'), 'My-own-choice-2026x');
    await user.click(screen.getByRole('button', { name: '设置密码' }));
    expect(await screen.findByText('两次输入的新密码不一致')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('再次输入新密码'));
    await user.type(screen.getByLabelText('再次输入新密码'), 'My-own-choice-2026');
    await user.click(screen.getByRole('button', { name: '设置密码' }));

    await waitFor(() =>
      expect(sent).toEqual([{ currentPassword: 'Handed-over-1942', newPassword: 'My-own-choice-2026' }]),
    );
    expect(await screen.findByText('收件箱')).toBeInTheDocument();
  });
});
