import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { RegisterCaseForm } from './register-case-form';

describe('RegisterCaseForm', () => {
  it('asks for the day of the act, which the limitation runs from, unless the act still goes on', async () => {
    server.use(
      http.get('/api/session', () =>
        HttpResponse.json({
          authenticated: true,
          user: { username: 'officer.yb', displayName: '李明', roles: ['OFFICER'] },
        }),
      ),
      http.get('/api/penalty/officers', () => HttpResponse.json([{ username: 'officer.yb', displayName: '李明' }])),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<RegisterCaseForm onRegistered={vi.fn()} />);

    expect(screen.getByText(/《行政处罚法》第三十六条/)).toBeInTheDocument();
    expect(screen.getByLabelText('违法行为发生日期（连续或者继续的，为行为终了日期）')).toBeInTheDocument();
    await user.click(screen.getByLabelText('违法行为仍在持续'));

    await waitFor(() =>
      expect(screen.queryByLabelText('违法行为发生日期（连续或者继续的，为行为终了日期）')).not.toBeInTheDocument(),
    );
    expect(screen.getByLabelText('涉及公民生命健康安全、金融安全且有危害后果')).not.toBeChecked();
    // a form of many fields renders slowly on a busy machine
  }, 60_000);
});
