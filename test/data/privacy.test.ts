import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../../src/data/credit-code';
import { findPersonalData, hasIdNumberCheckDigit } from '../../src/data/privacy';

const kinds = (text: string, creditCodeColumn = false) => findPersonalData(text, creditCodeColumn).map((f) => f.kind);

describe('findPersonalData(text)', () => {
  it('finds a mobile number anywhere in a text, masked', () => {
    expect(findPersonalData('联系人电话13800138000，请联系')).toEqual([{ kind: 'mobile', masked: '138********' }]);
    expect(kinds('Tel13912345678')).toEqual(['mobile']);
    expect(kinds('19912345678')).toEqual(['mobile']);
  });

  it('finds mobile numbers written with +86 or 3-4-4 separators, or in full-width digits', () => {
    expect(kinds('+86 138 0013 8000')).toEqual(['mobile']);
    expect(kinds('8613800138000')).toEqual(['mobile']);
    expect(kinds('138-0013-8000')).toEqual(['mobile']);
    expect(kinds('电话１３８００１３８０００')).toEqual(['mobile']);
  });

  it('leaves numbers that are not mobile numbers alone', () => {
    expect(kinds('12800138000')).toEqual([]); // 12 is not a mobile prefix
    expect(kinds('024-23456789')).toEqual([]); // a landline
    expect(kinds('1380013800')).toEqual([]); // 10 digits
    expect(kinds('513800138000')).toEqual([]); // part of a longer run
    expect(kinds('罚款13,800元，涉及138人')).toEqual([]);
    expect(kinds('沈劳社监罚〔2005〕1号 2005-05-20')).toEqual([]);
  });

  it('finds a resident identity number, ending in a digit or X', () => {
    expect(findPersonalData('法定代表人身份证210102198001011234')).toEqual([{ kind: 'id-number', masked: '210***************' }]);
    expect(kinds('21010219800101123X')).toEqual(['id-number']);
    expect(kinds('身份证21010219800101123x号')).toEqual(['id-number']);
  });

  it('does not take a valid credit code for a phone number, even with 11 digits inside', () => {
    const code = withCheck('9Y13800138000ABCD');
    expect(kinds(code)).toEqual([]);
    expect(kinds(`统一社会信用代码${code}。`)).toEqual([]);
    const invalid = code.slice(0, 17) + (code[17] === 'A' ? 'B' : 'A');
    expect(kinds(invalid)).toEqual(['mobile']); // an invalid code is no excuse
  });

  it('does not take an all-digit credit code for an identity number unless it also passes the identity check', () => {
    const code = allDigitCreditCode((c) => !hasIdNumberCheckDigit(c));
    expect(kinds(`代码${code}`)).toEqual([]);
    const both = allDigitCreditCode((c) => hasIdNumberCheckDigit(c));
    expect(kinds(`代码${both}`)).toEqual(['id-number']);
    expect(kinds(both, true)).toEqual([]); // in the credit_code column it is a credit code
  });

  it('finds both kinds in one text', () => {
    expect(kinds('13800138000 / 210102198001011234')).toEqual(['id-number', 'mobile']);
  });
});

describe('hasIdNumberCheckDigit(id) — GB 11643', () => {
  it('checks the ISO 7064 MOD 11-2 digit', () => {
    expect(hasIdNumberCheckDigit('11010519491231002X')).toBe(true);
    expect(hasIdNumberCheckDigit('110105194912310021')).toBe(false);
  });
});

function withCheck(first17: string): string {
  return first17 + creditCodeCheckCharacter(first17)!;
}

/** An 18-digit valid credit code meeting `test`. */
function allDigitCreditCode(test: (code: string) => boolean): string {
  for (let n = 0; n < 100_000; n++) {
    const code = withCheck(`91210100${String(n).padStart(9, '0')}`);
    if (/^\d{18}$/.test(code) && test(code)) return code;
  }
  throw new Error('none found');
}
