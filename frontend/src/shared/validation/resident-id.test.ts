import { isValidResidentId, residentIdCheckCharacter } from './resident-id';

describe('resident ID', () => {
  it('computes the MOD 11-2 check character, including X', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('44030419900101001')).toBe('1');
  });

  it('accepts a number whose check character matches, in either case', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(isValidResidentId('440304199001010011')).toBe(true);
  });

  it('refuses a wrong check character', () => {
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('440304199001010012')).toBe(false);
  });

  it('refuses an impossible birth date even with a matching check character', () => {
    const first17 = '44030419900230001'; // 30 February
    expect(isValidResidentId(first17 + residentIdCheckCharacter(first17))).toBe(false);
  });

  it('refuses the wrong length and letters other than a final X', () => {
    expect(isValidResidentId('11010519491231002')).toBe(false);
    expect(isValidResidentId('1101051949123100AX')).toBe(false);
  });
});
