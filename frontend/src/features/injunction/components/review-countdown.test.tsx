import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { ReviewCountdown, timeLeft } from './review-countdown';

describe('timeLeft', () => {
  it('counts the hours and minutes left of the review clock', () => {
    const now = Date.parse('2026-11-23T01:00:00Z');
    expect(timeLeft('2026-11-25T01:00:00Z', now)).toEqual({ hours: 48, minutes: 0 });
    expect(timeLeft('2026-11-23T03:30:59Z', now)).toEqual({ hours: 2, minutes: 30 });
  });

  it('says nothing is left once the deadline has passed', () => {
    expect(timeLeft('2026-11-25T01:00:00Z', Date.parse('2026-11-25T01:00:00Z'))).toBeNull();
  });
});

describe('ReviewCountdown', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the hours left in Chinese', () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-23T09:15:00Z'), toFake: ['Date'] });
    renderWithProviders(<ReviewCountdown expiresAt="2026-11-25T01:00:00Z" />);
    expect(screen.getByText('审查时限剩余')).toBeInTheDocument();
    expect(screen.getByText('39小时45分')).toBeInTheDocument();
  });

  it('says when the review is overdue', () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-26T00:00:00Z'), toFake: ['Date'] });
    renderWithProviders(<ReviewCountdown expiresAt="2026-11-25T01:00:00Z" />);
    expect(screen.getByText('审查已超过时限')).toBeInTheDocument();
  });
});
