import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../../src/site/shell/share';

/** The dark modules drawn by a qrSvg path, as "row,col" strings. */
function drawn(svg: string, quiet = 4): Set<string> {
  const d = /<path fill="#000" d="([^"]*)"/.exec(svg)![1]!;
  const cells = new Set<string>();
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    const [x, y, run] = [Number(m[1]) - quiet, Number(m[2]) - quiet, Number(m[3])];
    for (let i = 0; i < run; i++) cells.add(`${y},${x + i}`);
  }
  return cells;
}

describe('qrSvg(url, label)', () => {
  const url = 'https://kuomian.example.org/articles/unemployment-insurance/';
  const svg = qrSvg(url, '文章《A&B <C>》的二维码');

  it('draws exactly the modules of the QR code, with a 4-module quiet zone', () => {
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const expected = new Set<string>();
    for (let r = 0; r < modules.size; r++) for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) expected.add(`${r},${c}`);
    expect(drawn(svg)).toEqual(expected);
    expect(svg).toContain(`viewBox="0 0 ${modules.size + 8} ${modules.size + 8}"`);
  });
  it('is an image with an escaped accessible name, and no style attribute', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="文章《A&amp;B &lt;C&gt;》的二维码"/);
    expect(svg).toContain('<title>文章《A&amp;B &lt;C&gt;》的二维码</title>');
    expect(svg).not.toMatch(/style=/);
  });
});
