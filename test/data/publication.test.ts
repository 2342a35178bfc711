import { describe, expect, it } from 'vitest';
import { employerStatus, publishedEmployers, withheldEmployers } from '../../src/data/publication';
import type { Employer } from '../../src/data/types';
import { AT_2005_12_31, VALID_DIR } from './helpers';
import { loadDataset } from '../../src/data/load';

const entry = { publishedOn: '2005-06-15', expiresOn: '2008-06-15' };

describe('employerStatus(e, buildDate)', () => {
  it('is published from published_on itself', () => {
    expect(employerStatus(entry, '2005-06-14')).toBe('embargoed');
    expect(employerStatus(entry, '2005-06-15')).toBe('published');
  });

  it('is expired from expires_on itself', () => {
    expect(employerStatus(entry, '2008-06-14')).toBe('published');
    expect(employerStatus(entry, '2008-06-15')).toBe('expired');
  });

  it('is revoked from revoked_on itself', () => {
    const revoked = { ...entry, revokedOn: '2006-01-10' };
    expect(employerStatus(revoked, '2006-01-09')).toBe('published');
    expect(employerStatus(revoked, '2006-01-10')).toBe('revoked');
  });

  it('names the most specific reason: revoked before expired, expired before embargoed', () => {
    expect(employerStatus({ ...entry, revokedOn: '2006-01-10' }, '2009-01-01')).toBe('revoked');
    expect(employerStatus({ ...entry, revokedOn: '2005-06-01' }, '2005-06-02')).toBe('revoked'); // revoked before publication
  });
});

describe('publishedEmployers / withheldEmployers on the valid fixture (build date 2005-12-31)', () => {
  const { dataset } = loadDataset(VALID_DIR, AT_2005_12_31);
  const employers: Employer[] = dataset.employers;

  it('publishes entries whose publication day is the build date, and keeps file order', () => {
    expect(publishedEmployers(employers, dataset.buildDate).map((e) => e.id)).toEqual(['E2005-001', 'E2005-002', 'E2005-005']);
  });

  it('withholds the others by id and reason only', () => {
    expect(withheldEmployers(employers, dataset.buildDate)).toEqual([
      { id: 'E2005-003', reason: 'embargoed' },
      { id: 'E2002-001', reason: 'expired' },
      { id: 'E2005-004', reason: 'revoked' },
      { id: 'E2004-001', reason: 'expired' },
    ]);
  });
});
