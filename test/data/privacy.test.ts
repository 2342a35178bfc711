import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../../src/data/credit-code';
import { findPersonalData, hasIdNumberCheckDigit, maskPersonalData } from '../../src/data/privacy';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);
const masked = (text: string) => findPersonalData(text).map((f) => f.masked);

describe('findPersonalData(text)', () => {
  it('finds a mobile number anywhere in a text, masked', () => {
    expect(findPersonalData('联系人电话13800138000，请联系')).toEqual([{ kind: 'mobile', masked: '138****8000', start: 5, end: 16 }]);
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
    expect(masked('法定代表人身份证210102198001011234')).toEqual(['210***********1234']);
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

  it('does not take an all-digit credit code for an identity number unless it is also one with a plausible birth date', () => {
    const code = allDigitCreditCode('91210100', (c) => !hasIdNumberCheckDigit(c));
    expect(kinds(`代码${code}`)).toEqual([]);
    // Passes both checks, but 0000-00-0x is no birth date: a credit code.
    const both = allDigitCreditCode('91210100', (c) => hasIdNumberCheckDigit(c));
    expect(kinds(`代码${both}`)).toEqual([]);
    // Area 210102, born 1980-01-01, and a valid credit code too: refused as an identity number.
    const person = allDigitCreditCode('21010219800101', (c) => hasIdNumberCheckDigit(c), 3);
    expect(kinds(person)).toEqual(['id-number']);
  });

  it('finds mobile numbers in any disguise (compared after NFKC with separators removed)', () => {
    const disguises = [
      '139.1234.1357', '139/1234/1357', '139–1234—1357', '139‒1234―1357', '139－1234－1357', '1391-2341-357',
      '(139) 1234 1357', '（139）1234 1357', '139\u00a01234\u00a01357', '139　1234　1357', '139\u200b1234\u200c1357',
      '139\u00ad1234\u00ad1357', '𝟏𝟑𝟗𝟏𝟐𝟑𝟒𝟏𝟑𝟓𝟕', '１３９．１２３４．１３５７', '+86 139 1234 1357', '0086-13912341357',
      '86 139 1234 1357', '＋８６１３９１２３４１３５７', '联系 2005 139 1234 1357', 'Tel:139 1234 1357.',
    ].map((s) => JSON.parse(`"${s}"`) as string);
    for (const text of disguises) expect(masked(text), text).toEqual(['139****1357']);
  });

  it('finds 18-character and old 15-digit identity numbers in any disguise', () => {
    expect(kinds('210102 19800101 1234')).toEqual(['id-number']);
    expect(kinds('210102-1980-0101-123X')).toEqual(['id-number']);
    expect(kinds('２１０１０２１９８００１０１１２３４')).toEqual(['id-number']);
    expect(masked('身份证 210102800101123')).toEqual(['210********1123']);
    expect(kinds('210102 800101 123')).toEqual(['id-number']);
    expect(kinds('210102801301123')).toEqual([]); // month 13: no birth date, no identity number
  });

  it('leaves public office numbers alone: landlines and 5-digit service numbers', () => {
    for (const text of ['024-12333', '12333', '(024) 2345 6789', '024－23456789', '+86 24 2345 6789', '0411-8888 1234', '2005-03-01 至 2005-03-15']) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it('masks every personal number inside a text and leaves the rest', () => {
    expect(maskPersonalData('张三 139.1234.1357，身份证210102198001011234。')).toBe('张三 139****1357，身份证210***********1234。');
  });

  it('masks again when masking leaves digits that read as another number with their neighbours', () => {
    const masked = maskPersonalData('130 0000 14000086-13000000000');
    expect(findPersonalData(masked)).toEqual([]);
    expect(masked).toBe('130 0000 140****6130****0000');
  });

  it('finds both kinds in one text', () => {
    expect(kinds('13800138000 / 210102198001011234')).toEqual(['mobile', 'id-number']);
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
function allDigitCreditCode(prefix: string, test: (code: string) => boolean, digits = 9): string {
  for (let n = 0; n < 10 ** digits; n++) {
    const code = withCheck(`${prefix}${String(n).padStart(digits, '0')}`);
    if (/^\d{18}$/.test(code) && test(code)) return code;
  }
  throw new Error('none found');
}
