import { creditCodeCheckCharacter, isValidCreditCode } from './credit-code';

describe('unified social credit code', () => {
  it('computes the MOD 31 check character of the GB 32100 sample', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('accepts a code whose check character matches', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91350100m000100y43')).toBe(true);
  });

  it('refuses a wrong check character', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
  });

  it('refuses characters outside the code set and the wrong length', () => {
    expect(isValidCreditCode('91350100M000100I43')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
  });
});
