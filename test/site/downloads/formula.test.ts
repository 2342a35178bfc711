/**
 * Formula protection of the CSV downloads (OWASP "CSV injection") and the round trip: a
 * download read back as build input gives the same dataset, apostrophes and all.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { needsFormulaProtection, protectFormula, unprotectFormula } from '../../../src/data/formula';
import { loadDataset } from '../../../src/data/load';
import { publishedEmployers } from '../../../src/data/publication';
import { csvCell } from '../../../src/site/downloads/csv';
import { datasetJson } from '../../../src/site/downloads/dataset-json';
import { DATASET_FILES, fileCsv } from '../../../src/site/downloads/files';
import { Model } from '../../../src/stats/model';
import { AT_2005_12_31, VALID_DIR } from '../../data/helpers';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('csvCell(text): formula protection', () => {
  it('protects what OWASP lists: = + - @ tab CR, their full-width forms, control characters, and a separator before them', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '＝1+1', '＋1', '－1', '＠x', '\u0000=1', '\u001b=1', 'a;=1+1', 'a,=1+1', 'a\t=1', 'a| =1', 'a; ＝1']) {
      expect(needsFormulaProtection(s), JSON.stringify(s)).toBe(true);
      expect(csvCell(s).replace(/^"/, '').startsWith("'"), JSON.stringify(s)).toBe(true);
    }
    expect(csvCell('a;=1+1')).toBe(`"'a;=1+1"`);
    expect(csvCell('沈阳市')).toBe('沈阳市');
    expect(csvCell('a;b')).toBe('"a;b"'); // quoted, so a spreadsheet splitting on ";" keeps one cell
  });

  it('round-trips every text: the reader takes off exactly the apostrophe the download added', () => {
    expect(unprotectFormula(protectFormula("'=x"))).toBe("'=x");
    expect(protectFormula("'=x")).toBe("''=x");
    expect(protectFormula("'abc")).toBe("'abc");
    expect(unprotectFormula("'abc")).toBe("'abc");
    fc.assert(fc.property(fc.string(), (s) => unprotectFormula(protectFormula(s)) === s));
    fc.assert(fc.property(fc.constantFrom("'", '=', '+', '-', '@', '＝', ';', 'a', ' ').chain((c) => fc.array(fc.constantFrom(c, "'", 'x', '=', ';'), { maxLength: 6 })), (parts) => {
      const s = parts.join('');
      return unprotectFormula(protectFormula(s)) === s;
    }));
  });
});

describe('a download used as build input', () => {
  it('gives the same dataset, formula-like names and dataset.json included', () => {
    const { dataset } = loadDataset(VALID_DIR, AT_2005_12_31);
    const published = publishedEmployers(dataset.employers, dataset.buildDate);
    const hostile = ['=HYPERLINK("x")示例公司', '＝1+1示例公司', "'=1示例公司", '-示例公司', '示例公司;=1+1', "'示例公司"];
    const employers = published.map((e, i) => ({ ...e, name: hostile[i % hostile.length]!, violation: `${hostile[(i + 1) % hostile.length]}未参保` }));
    const regions = dataset.regions.map((r, i) => (i === 0 ? { ...r, nameEn: '@Shenyang' } : r));
    const dir = mkdtempSync(path.join(tmpdir(), 'formula-roundtrip-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'regions.csv'), fileCsv(DATASET_FILES.regions, regions));
    writeFileSync(path.join(dir, 'targets.csv'), fileCsv(DATASET_FILES.targets, dataset.targets));
    writeFileSync(path.join(dir, 'monthly.csv'), fileCsv(DATASET_FILES.monthly, dataset.monthly));
    writeFileSync(path.join(dir, 'groups.csv'), fileCsv(DATASET_FILES.groups, dataset.groups));
    writeFileSync(path.join(dir, 'employers.csv'), fileCsv(DATASET_FILES.employers, employers));
    // /data/dataset.json as the site writes it: the dataset's fields sit in `meta`.
    const meta = { title: '全部数据', description: '…', dataset: dataset.meta.title, publisher: dataset.meta.publisher, version: 'v', as_of: dataset.meta.asOf!, generated: dataset.buildDate, sample: dataset.meta.sample, ...(dataset.meta.license ? { license: dataset.meta.license } : {}), ...(dataset.meta.contact ? { contact: dataset.meta.contact } : {}), url: 'https://x/', page: 'https://x/', citation: { short: '', full: '' } };
    writeFileSync(path.join(dir, 'dataset.json'), JSON.stringify(datasetJson({ ...dataset, regions }, employers, new Model(dataset), meta), null, 2));

    const { dataset: again, warnings } = loadDataset(dir, AT_2005_12_31);
    expect(warnings.filter((w) => w.file === 'dataset.json')).toEqual([]);
    expect(again.meta).toEqual(dataset.meta);
    expect(again.buildDate).toBe(dataset.buildDate);
    const strip = <T extends { source: unknown }>(rows: T[]) => rows.map(({ source: _s, ...r }) => r);
    expect(strip(again.regions)).toEqual(strip(regions));
    expect(again.employers.map((e) => [e.name, e.violation])).toEqual(employers.map((e) => [e.name, e.violation]));
  });
});
