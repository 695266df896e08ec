import type { Money } from '../types';

const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

/** Whether the text is an amount in yuan with at most two decimals (fen). */
export function isAmount(text: string | undefined | null): boolean {
  return !!text && AMOUNT.test(text.trim());
}

/** The amount in fen, exactly: money is never parsed into floating point here. */
export function toFen(amount: Money): bigint {
  const [yuan, fen = ''] = amount.trim().split('.');
  return BigInt(yuan) * 100n + BigInt(fen.padEnd(2, '0'));
}

export function compareAmounts(a: Money, b: Money): number {
  const diff = toFen(a) - toFen(b);
  return diff === 0n ? 0 : diff > 0n ? 1 : -1;
}

/** 1234567.5 → "1,234,567.50" (with the locale's grouping); the text is formatted, not computed. */
export function formatYuan(amount: Money | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const negative = amount.startsWith('-');
  const [yuan, fen = ''] = (negative ? amount.slice(1) : amount).split('.');
  const grouped = yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${fen.padEnd(2, '0').slice(0, 2)}`;
}
