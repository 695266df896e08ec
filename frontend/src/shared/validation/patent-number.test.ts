import { checkPatentNumber, patentNumberCheckCharacter } from './patent-number';

describe('patent application number', () => {
  it('computes the check character with weights 2–9, 2–5 modulo 11', () => {
    expect(patentNumberCheckCharacter('201710601862')).toBe('3');
    expect(patentNumberCheckCharacter('202410110002')).toBe('X');
  });

  it('accepts a number with or without ZL and reads the type from the fifth digit', () => {
    expect(checkPatentNumber('ZL201710601862.3')).toEqual({
      valid: true,
      number: 'ZL201710601862.3',
      type: 'INVENTION',
    });
    expect(checkPatentNumber('202320123456.1')).toMatchObject({ valid: true, type: 'UTILITY_MODEL' });
    expect(checkPatentNumber('202330123456.7')).toMatchObject({ valid: true, type: 'DESIGN' });
  });

  it('normalises spaces and a lower-case x', () => {
    expect(checkPatentNumber(' zl 2024 1 0110002.x ')).toMatchObject({ valid: true, number: 'ZL202410110002.X' });
  });

  it('refuses a wrong check character', () => {
    expect(checkPatentNumber('ZL201710601862.4')).toEqual({ valid: false, reason: 'checkDigit' });
  });

  it('reads the kind of pre-2004 eight-digit numbers from the third digit, X for ten', () => {
    expect(checkPatentNumber('ZL95115608.X')).toMatchObject({ valid: true, type: 'INVENTION' });
    expect(checkPatentNumber('ZL95115608.1')).toEqual({ valid: false, reason: 'checkDigit' });
  });

  it('takes kind 8 and 9 as PCT inventions and utility models', () => {
    expect(checkPatentNumber('201980012345.' + patentNumberCheckCharacter('201980012345'))).toMatchObject({
      valid: true,
      type: 'INVENTION',
    });
    expect(checkPatentNumber('201990012345.' + patentNumberCheckCharacter('201990012345'))).toMatchObject({
      valid: true,
      type: 'UTILITY_MODEL',
    });
  });

  it('refuses an unknown type digit', () => {
    expect(checkPatentNumber('202340123456.8')).toEqual({ valid: false, reason: 'type' });
  });

  it('refuses other shapes', () => {
    expect(checkPatentNumber('CN201710601862.3')).toEqual({ valid: false, reason: 'format' });
    expect(checkPatentNumber('2017106018623')).toEqual({ valid: false, reason: 'format' });
  });
});
