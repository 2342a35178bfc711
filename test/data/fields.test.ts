import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  dayFromNumber,
  dayNumber,
  isDivisionCode,
  isEmployerId,
  isRegionId,
  monthFromIndex,
  monthIndex,
  parseCount,
  parseDay,
  parseGroup,
  parseInsurance,
  parseInsuranceList,
  parseMonth,
  parsePercent,
  parseYear,
} from '../../src/data/fields';

describe('parseCount(s)', () => {
  it.each([
    ['0', 0],
    ['750', 750],
    ['7500000', 7_500_000],
    ['7,500,000', 7_500_000],
    ['12,345', 12_345],
    ['1,000', 1000],
    ['007', 7],
  ])('reads %j as %d', (s, n) => expect(parseCount(s)).toBe(n));

  it.each(['', '750万', '12.5', '-3', 'N/A', '+3', '7,50,000', ',750', '750,', '7500,000', '1,2345', '1 000', '１２', '1e6', '1234567890123456'])(
    'refuses %j',
    (s) => expect(parseCount(s)).toBeUndefined(),
  );
});

describe('parseMonth(s) and parseDay(s)', () => {
  it('accepts YYYY-MM with months 01–12 only', () => {
    expect(parseMonth('2005-01')).toBe('2005-01');
    expect(parseMonth('2005-12')).toBe('2005-12');
    for (const s of ['2005-00', '2005-13', '2005-1', '2005/01', '05-01', '2005-01-01', 'Jan-05', '']) {
      expect(parseMonth(s), s).toBeUndefined();
    }
  });

  it('accepts real calendar days only', () => {
    expect(parseDay('2004-02-29')).toBe('2004-02-29');
    expect(parseDay('2000-02-29')).toBe('2000-02-29');
    for (const s of ['2005-02-29', '1900-02-29', '2005-04-31', '2005-13-01', '2005-00-10', '2005-1-1', '2005/01/01', '']) {
      expect(parseDay(s), s).toBeUndefined();
    }
  });

  it('reads four-digit years only', () => {
    expect(parseYear('2005')).toBe(2005);
    expect(parseYear('05')).toBeUndefined();
    expect(parseYear('2005年')).toBeUndefined();
  });
});

describe('parsePercent(s)', () => {
  it('accepts 0–100, with decimals or a trailing %', () => {
    expect(parsePercent('90')).toBe(90);
    expect(parsePercent('92.5')).toBe(92.5);
    expect(parsePercent('90%')).toBe(90);
    expect(parsePercent('100')).toBe(100);
    expect(parsePercent('0')).toBe(0);
  });

  it.each(['100.5', '101', '-1', '0.9.1', 'ninety', '九十'])('refuses %j', (s) => expect(parsePercent(s)).toBeUndefined());
});

describe('ids and codes', () => {
  it('region ids are lowercase slugs starting with a letter', () => {
    expect(isRegionId('shenyang')).toBe(true);
    expect(isRegionId('huludao-2')).toBe(true);
    for (const s of ['Shenyang', '2shenyang', '-a', 'shen yang', '沈阳', '']) expect(isRegionId(s), s).toBe(false);
  });

  it('employer ids are letters, digits and "-" starting with a letter or digit', () => {
    expect(isEmployerId('E2005-001')).toBe(true);
    expect(isEmployerId('2005-1')).toBe(true);
    for (const s of ['-E1', 'E_1', 'E 1', 'E1/2', '编号1', '']) expect(isEmployerId(s), s).toBe(false);
  });

  it('division codes are six digits', () => {
    expect(isDivisionCode('210100')).toBe(true);
    expect(isDivisionCode('21010')).toBe(false);
    expect(isDivisionCode('2101000')).toBe(false);
  });
});

describe('insurances and groups', () => {
  it.each([
    ['pension', 'pension'],
    ['企业职工基本养老保险', 'pension'],
    ['基本养老保险', 'pension'],
    ['医疗保险', 'medical'],
    ['生育保险', undefined],
  ])('reads English keys and the glossary aliases: %s is %s', (s, insurance) => expect(parseInsurance(s)).toBe(insurance));

  it('reads lists separated by ";", "；" or "、", in display order, without duplicates', () => {
    expect(parseInsuranceList('工伤保险、养老保险')).toEqual(['pension', 'work_injury']);
    expect(parseInsuranceList('pension; unemployment；medical')).toEqual(['pension', 'unemployment', 'medical']);
    expect(parseInsuranceList('养老保险;养老保险;')).toEqual(['pension']);
    expect(parseInsuranceList('养老保险,失业保险')).toBeUndefined();
    expect(parseInsuranceList(' ; ')).toBeUndefined();
  });

  it('hands out a fresh array each time', () => {
    const a = parseInsuranceList('养老保险');
    a!.push('medical');
    expect(parseInsuranceList('养老保险')).toEqual(['pension']);
  });

  it('reads group keys and their Chinese names', () => {
    expect(parseGroup('flexible')).toBe('flexible');
    expect(parseGroup('农民工')).toBe('migrant');
    expect(parseGroup('矿山、建筑等高风险企业')).toBe('high_risk');
    expect(parseGroup('farmers')).toBeUndefined();
  });
});

describe('date arithmetic', () => {
  it('adds days across months and leap days', () => {
    expect(addDays('2005-03-05', 10)).toBe('2005-03-15');
    expect(addDays('2005-12-25', 10)).toBe('2006-01-04');
    expect(addDays('2004-02-20', 10)).toBe('2004-03-01');
    expect(addDays('2005-02-20', 10)).toBe('2005-03-02');
  });

  it('adds years, turning 29 February into 28 February', () => {
    expect(addYears('2005-06-15', 3)).toBe('2008-06-15');
    expect(addYears('2004-02-29', 3)).toBe('2007-02-28');
    expect(addYears('2004-02-29', 4)).toBe('2008-02-29');
  });

  it('day numbers count from 1970-01-01 and round-trip', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2005-12-31')).toBe(Date.UTC(2005, 11, 31) / 86_400_000);
    for (const day of ['0001-01-01', '1900-03-01', '2000-02-29', '2005-12-31', '9999-12-31']) {
      expect(dayFromNumber(dayNumber(day))).toBe(day);
    }
  });

  it('month indexes round-trip', () => {
    expect(monthFromIndex(monthIndex('2005-12'))).toBe('2005-12');
    expect(monthIndex('2006-01') - monthIndex('2005-12')).toBe(1);
  });
});
