/** JSON encoding of the downloads, whole or in pieces. */
import { CHUNK_ROWS } from './csv';
import { RecordList } from './files';

/**
 * JSON with a trailing newline, readable but compact: objects are indented, arrays of
 * records (rows) hold one record per line, so large files stay small and diffable.
 */
export function jsonFile(value: unknown): string {
  return [...jsonChunks(value)].join('');
}

/** jsonFile in pieces: records of a long array (or RecordList) CHUNK_ROWS at a time. */
export function* jsonChunks(value: unknown): Generator<string> {
  if (value instanceof RecordList || (value !== null && typeof value === 'object' && !Array.isArray(value))) {
    yield* prettyChunks(value, '');
    yield '\n';
  } else yield `${pretty(value, '')}\n`;
}

function* prettyChunks(v: unknown, indent: string): Generator<string> {
  const inner = indent + '  ';
  if (v instanceof RecordList) {
    if (!v.length) {
      yield '[]';
      return;
    }
    let out = '[\n';
    let n = 0;
    let first = true;
    for (const record of v) {
      out += (first ? '' : ',\n') + inner + JSON.stringify(record);
      first = false;
      if (++n === CHUNK_ROWS) {
        yield out;
        out = '';
        n = 0;
      }
    }
    yield `${out}\n${indent}]`;
    return;
  }
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    if (!entries.length) {
      yield '{}';
      return;
    }
    yield '{\n';
    for (let i = 0; i < entries.length; i++) {
      const [k, x] = entries[i]!;
      yield `${inner}${JSON.stringify(k)}: `;
      yield* prettyChunks(x, inner);
      yield i < entries.length - 1 ? ',\n' : `\n${indent}}`;
    }
    return;
  }
  yield pretty(v, indent);
}

function pretty(v: unknown, indent: string): string {
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    const inner = indent + '  ';
    const rows = v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x));
    return `[\n${v.map((x) => inner + (rows ? JSON.stringify(x) : pretty(x, inner))).join(',\n')}\n${indent}]`;
  }
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    if (!entries.length) return '{}';
    const inner = indent + '  ';
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${pretty(x, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(v);
}
