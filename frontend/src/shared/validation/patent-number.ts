export const PATENT_TYPES = ['INVENTION', 'UTILITY_MODEL', 'DESIGN'] as const;
export type PatentType = (typeof PATENT_TYPES)[number];

// CNIPA application numbers: since 2003 a 4-digit year, 1 kind digit and a 7-digit serial; before
// it a 2-digit year, 1 kind digit and a 5-digit serial. Then a dot and a check character: the
// digits weighted 2, 3, 4 … 9, 2, 3, 4, 5 in turn, summed, modulo 11, 10 written "X".
// "ZL" in front marks a granted patent. Kind 8 and 9 are inventions and utility models filed
// through the PCT.
const TYPE_BY_DIGIT: Record<string, PatentType> = {
  '1': 'INVENTION',
  '2': 'UTILITY_MODEL',
  '3': 'DESIGN',
  '8': 'INVENTION',
  '9': 'UTILITY_MODEL',
};
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

export type PatentNumberCheck =
  { valid: true; number: string; type: PatentType } | { valid: false; reason: 'format' | 'type' | 'checkDigit' };

export function patentNumberCheckCharacter(digits: string): string {
  let total = 0;
  for (let i = 0; i < digits.length; i++) total += WEIGHTS[i] * Number(digits[i]);
  const remainder = total % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

/** Accepts spaces between the parts and a lower-case "zl"/"x"; returns the compact form. */
export function checkPatentNumber(value: string): PatentNumberCheck {
  const number = value.replace(/\s+/g, '').toUpperCase();
  const match = /^(?:ZL)?(\d{12}|\d{8})\.([\dX])$/.exec(number);
  if (!match) return { valid: false, reason: 'format' };
  const [, digits, check] = match;
  const type = TYPE_BY_DIGIT[digits.length === 12 ? digits[4] : digits[2]];
  if (!type) return { valid: false, reason: 'type' };
  if (patentNumberCheckCharacter(digits) !== check) return { valid: false, reason: 'checkDigit' };
  return { valid: true, number, type };
}
