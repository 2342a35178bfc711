import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, isValidCreditCode } from '../../src/data/credit-code';

describe('isValidCreditCode(code) — GB 32100', () => {
  it('accepts a known valid code', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('refuses the same code with a wrong check character or one changed character', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000101Y43')).toBe(false);
  });

  it('refuses wrong lengths, letters outside the alphabet and lower case', () => {
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
    expect(isValidCreditCode('91350100I000100Y43')).toBe(false);
    expect(isValidCreditCode('91350100m000100y43')).toBe(false);
  });

  it('maps a check value of 0 to "0" rather than 31 (the modulo wraps)', () => {
    // Search a family of codes for one whose weighted sum is a multiple of 31.
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const zero = [...alphabet].map((c) => `9121010000000000${c}`).find((p) => creditCodeCheckCharacter(p) === '0');
    expect(zero).toBeDefined();
    expect(isValidCreditCode(`${zero}0`)).toBe(true);
  });
});
