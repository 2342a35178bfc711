/** The notice's text as the shared background file gives it, and a comparison that ignores punctuation width and spaces. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/notice/notice-39.md');

/** Half-width forms of the punctuation the transcription has half-width. */
const WIDTH: Record<string, string> = { '，': ',', '：': ':', '（': '(', '）': ')', '；': ';', '　': '' };

/** Text with full-width punctuation made half-width and all white space removed. */
export const normalise = (s: string) => s.replace(/[，：（）；　]/g, (c) => WIDTH[c]!).replace(/\s+/g, '');

/** The notice's paragraphs from the fixture (a verbatim copy of the shared notice-39.md): from its title line to the end. */
export function fixtureParagraphs(): string[] {
  const lines = readFileSync(FIXTURE, 'utf8').split('\n').map((l) => l.trim());
  const start = lines.indexOf('辽宁省人民政府办公厅转发省劳动保障厅关于做好全省扩大社会保险覆盖范围工作意见的通知');
  if (start < 0) throw new Error('notice fixture: title line not found');
  return lines.slice(start).filter(Boolean);
}
