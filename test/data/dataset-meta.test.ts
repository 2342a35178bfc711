import { describe, expect, it } from 'vitest';
import { DEFAULT_META } from '../../src/data/dataset-meta';
import { itRejects, load, problemsOf } from './helpers';

const json = (value: unknown) => ({ 'dataset.json': JSON.stringify(value, null, 2) });

describe('dataset.json', () => {
  it('is optional: the defaults apply', () => {
    expect(load().dataset.meta).toEqual({ title: '社会保险扩面进展', publisher: '社会保险经办机构', sample: false });
    expect(DEFAULT_META.title).toBe('社会保险扩面进展');
  });

  it('reads every field', () => {
    const meta = { title: '扩面进展', publisher: '示例省社会保险事业管理局', as_of: '2005-12-31', sample: true, license: 'CC BY 4.0', contact: '12333' };
    expect(load(json(meta)).dataset.meta).toEqual({ title: '扩面进展', publisher: '示例省社会保险事业管理局', asOf: '2005-12-31', sample: true, license: 'CC BY 4.0', contact: '12333' });
  });

  it('reads the English title and publisher, which the English edition shows', () => {
    const meta = { title: '扩面进展', title_en: 'Coverage expansion', publisher: '示例局', publisher_en: 'Sample Bureau' };
    expect(load(json(meta)).dataset.meta).toMatchObject({ title: '扩面进展', titleEn: 'Coverage expansion', publisher: '示例局', publisherEn: 'Sample Bureau' });
    expect(problemsOf(json({ title_en: '' }))).toEqual([expect.stringMatching(/^dataset\.json:2: title_en/)]);
  });

  it('treats null as absent', () => {
    expect(load(json({ title: null, license: null })).dataset.meta).toEqual(DEFAULT_META);
  });

  itRejects([
    [
      'rejects text that is not JSON, naming the line',
      { 'dataset.json': '{\n  "title": "x",\n  "sample": true\n  "as_of": "2005-12-31"\n}\n' },
      ['dataset.json:4: — valid JSON'],
    ],
    ['rejects JSON that is not an object', { 'dataset.json': '["title"]' }, ['dataset.json:1: — a JSON object such as {"title": "…", "as_of": "2005-12-31"}']],
    [
      'rejects fields of the wrong type, naming their lines',
      json({ title: 12, publisher: '', sample: 'yes', as_of: '2005-12-32' }),
      [
        'dataset.json:2: title: "12" — a non-empty text',
        'dataset.json:3: publisher: "" — a non-empty text',
        'dataset.json:4: sample: "yes" — true or false',
        'dataset.json:5: as_of: "2005-12-32" — a date as YYYY-MM-DD that exists in the calendar',
      ],
    ],
    [
      'requires as_of when sample is true',
      json({ title: 'x', sample: true }),
      ['dataset.json:3: as_of — a date as YYYY-MM-DD, required when "sample" is true (a sample is frozen at its as_of date)'],
    ],
    [
      'rejects a personal mobile number as contact',
      json({ contact: '张先生 13800138000' }),
      ['dataset.json:2: contact: "138****8000" — no mobile phone number (11 digits starting with 13–19): no personal data is ever published'],
    ],
  ]);

  it('ignores unknown fields with a warning', () => {
    expect(load(json({ title: 'x', note: 'y' })).warnings).toEqual(['dataset.json:3: note — unknown field, ignored']);
  });
});
