import { compareAmounts, formatYuan, isAmount, toFen } from './money';

describe('money as exact decimal text', () => {
  it('reads yuan and fen exactly', () => {
    expect(toFen('50000.01')).toBe(5000001n);
    expect(toFen('0.1')).toBe(10n);
    expect(toFen('10000000')).toBe(1000000000n);
  });

  it('compares amounts to the fen, where floating point would not', () => {
    expect(compareAmounts('250000.05', '250000.04')).toBe(1);
    expect(compareAmounts('0.30', '0.3')).toBe(0);
    expect(compareAmounts('49999.99', '50000')).toBe(-1);
  });

  it('accepts at most two decimals', () => {
    expect(isAmount('75000.01')).toBe(true);
    expect(isAmount('75000.015')).toBe(false);
    expect(isAmount('-1')).toBe(false);
    expect(isAmount('1e5')).toBe(false);
  });

  it('groups thousands without computing', () => {
    expect(formatYuan('1250000.5')).toBe('1,250,000.50');
    expect(formatYuan('0')).toBe('0.00');
    expect(formatYuan(undefined)).toBe('—');
  });
});
