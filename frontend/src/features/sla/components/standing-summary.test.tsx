import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render';
import { StandingSummary } from './standing-summary';

describe('StandingSummary', () => {
  it('counts each standing and narrows the board to one by mouse or keyboard', async () => {
    const onFilter = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <StandingSummary
        totals={{ ON_TRACK: 12, DUE_SOON: 3, OVERDUE: 2, PAUSED: 1, EXTENDED: 1 }}
        filter={{ status: 'DUE_SOON' }}
        onFilter={onFilter}
      />,
    );

    await user.click(screen.getByRole('button', { name: '只看“已逾期”: 2' }));
    expect(onFilter).toHaveBeenLastCalledWith('OVERDUE');

    const dueSoon = screen.getByRole('button', { name: '只看“即将到期”: 3' });
    expect(dueSoon).toHaveAttribute('aria-pressed', 'true');
    dueSoon.focus();
    await user.keyboard('{Enter}');
    expect(onFilter).toHaveBeenLastCalledWith(undefined);
  });
});
