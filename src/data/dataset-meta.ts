/** dataset.json: what the dataset is, who publishes it, and whether it is a sample. */
import { decodeText } from './csv';
import { EXPECTED, parseDay } from './fields';
import { maxLengthOf, textProblems } from './text';
import type { DatasetMeta, Problem } from './types';

/** File name in DATA_DIR. */
export const DATASET_FILE = 'dataset.json';

/**
 * Used when dataset.json or a field of it is absent. The publisher default names the kind
 * of body that publishes, not a particular agency, so that no one is misattributed;
 * an agency sets its own name in dataset.json.
 */
export const DEFAULT_META: Readonly<DatasetMeta> = {
  title: '社会保险扩面进展',
  publisher: '社会保险经办机构',
  sample: false,
};

/** Wording of dataset.json problems, shared with tests. */
export const META_EXPECTED = {
  json: 'valid JSON',
  object: 'a JSON object such as {"title": "…", "as_of": "2005-12-31"}',
  boolean: 'true or false',
  asOfForSample: 'a date as YYYY-MM-DD, required when "sample" is true (a sample is frozen at its as_of date)',
  unknown: 'unknown field, ignored',
} as const;

/** The text fields of dataset.json, by the name of the DatasetMeta field each fills. */
const TEXT_FIELDS = { title: 'title', publisher: 'publisher', license: 'license', contact: 'contact', title_en: 'titleEn', publisher_en: 'publisherEn' } as const;
const KNOWN = new Set([...Object.keys(TEXT_FIELDS), 'as_of', 'sample']);

/**
 * Validates dataset.json (undefined when the file is absent: defaults apply). Fields may be
 * null to mean absent. Texts follow the rules of every text (personal numbers, control
 * characters, lengths: text.ts): the contact is published on every page.
 */
export function readDatasetMeta(bytes: Uint8Array | undefined, problems: Problem[], warnings: Problem[]): DatasetMeta {
  const meta: DatasetMeta = { ...DEFAULT_META };
  if (bytes === undefined) return meta;
  const file = DATASET_FILE;
  const decoded = decodeText(bytes);
  if ('reason' in decoded) {
    problems.push({ file, line: decoded.line ?? 0, expected: decoded.reason });
    return meta;
  }
  const text = decoded.text;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    problems.push({ file, line: position ? lineAt(text, Number(position[1])) : 1, expected: META_EXPECTED.json });
    return meta;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    problems.push({ file, line: 1, expected: META_EXPECTED.object });
    return meta;
  }
  const fields = downloadedMeta(json as Record<string, unknown>) ?? (json as Record<string, unknown>);
  const lineOf = (key: string): number => lineOfKey(text, key);
  const fail = (key: string, value: unknown, expected: string): void => {
    problems.push({ file, line: lineOf(key), column: key, value: shown(value), expected });
  };

  for (const [key, field] of Object.entries(TEXT_FIELDS) as [keyof typeof TEXT_FIELDS, (typeof TEXT_FIELDS)[keyof typeof TEXT_FIELDS]][]) {
    const value = fields[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || value.trim() === '') {
      fail(key, value, EXPECTED.text);
      continue;
    }
    const found = textProblems(value, maxLengthOf(key), { file, line: lineOf(key), column: key });
    for (const p of found) problems.push(p);
    if (found.length === 0) meta[field] = value.trim();
  }

  const sample = fields['sample'];
  if (sample !== undefined && sample !== null) {
    if (typeof sample === 'boolean') meta.sample = sample;
    else fail('sample', sample, META_EXPECTED.boolean);
  }

  const asOf = fields['as_of'];
  if (asOf !== undefined && asOf !== null) {
    const day = typeof asOf === 'string' ? parseDay(asOf) : undefined;
    if (day === undefined) fail('as_of', asOf, EXPECTED.day);
    else meta.asOf = day;
  } else if (meta.sample) {
    problems.push({ file, line: lineOf('sample'), column: 'as_of', expected: META_EXPECTED.asOfForSample });
  }

  for (const key of Object.keys(fields)) {
    if (!KNOWN.has(key)) warnings.push({ file, line: lineOf(key), column: key, expected: META_EXPECTED.unknown });
  }
  return meta;
}

/**
 * The fields of dataset.json inside the site's own /data/dataset.json download (a download
 * is valid build input): its `meta` names the dataset `dataset` and carries the rest under
 * the same names; the records beside it are the CSV files' and are not read from here.
 */
function downloadedMeta(json: Record<string, unknown>): Record<string, unknown> | undefined {
  const meta = json['meta'];
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta) || !('regions' in json)) return undefined;
  const m = meta as Record<string, unknown>;
  const fields: Record<string, unknown> = { title: m['dataset'], publisher: m['publisher'], as_of: m['as_of'], sample: m['sample'] };
  for (const key of ['license', 'contact', 'publisher_en']) if (m[key] !== undefined) fields[key] = m[key];
  if (m['dataset_en'] !== undefined) fields['title_en'] = m['dataset_en'];
  return fields;
}

/** A JSON value as text for a message: strings as they are, anything else as JSON. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function lineOfKey(text: string, key: string): number {
  const at = text.indexOf(JSON.stringify(key));
  return at < 0 ? 1 : lineAt(text, at);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
