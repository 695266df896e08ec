// GB 32100-2015 unified social credit code: 18 characters from a 31-character set (no I, O, Z, S, V),
// the last one a MOD 31 check character over the first 17.
const CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * CHARACTERS.indexOf(first17[i]), 0);
  return CHARACTERS[(31 - (sum % 31)) % 31];
}

export function isValidCreditCode(value: string): boolean {
  const code = value.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  return creditCodeCheckCharacter(code) === code[17];
}
