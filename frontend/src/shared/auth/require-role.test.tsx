import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { RequireRole } from './require-role';

describe('a workspace', { timeout: 60_000 }, () => {
  it('sends a person who must set their own password to do that first', async () => {
    server.use(
      http.get('/api/session', () =>
        HttpResponse.json({
          authenticated: true,
          user: { username: 'new.officer', displayName: '新人', roles: ['OFFICER'], mustChangePassword: true },
        }),
      ),
    );
    renderWithProviders(
      <Routes>
        <Route path="/" element={<RequireRole roles={['OFFICER']} />}>
          <Route index element={<p>收件箱</p>} />
        </Route>
        <Route path="/account/password" element={<p>设置密码页</p>} />
      </Routes>,
    );

    expect(await screen.findByText('设置密码页')).toBeInTheDocument();
    expect(screen.queryByText('收件箱')).not.toBeInTheDocument();
  });
});
