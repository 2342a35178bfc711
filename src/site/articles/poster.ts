/**
 * An article's A4 poster, for the print page (/articles/<slug>/poster/) and as a PNG
 * for chat groups (/articles/<slug>/poster.png, drawn by og.ts and cached with the
 * share images). Plain TypeScript: what the poster says, how its headline breaks,
 * and the PNG's layout as satori elements.
 *
 * A headline breaks only between phrases (after ，：、？ …), never inside a word:
 * each phrase is kept whole, and the type is made small enough for the longest
 * phrase to fit on one line.
 */
import type { OgNode } from './og';

/** The A4 poster as PNG: 150 dpi. */
export const POSTER_WIDTH = 1240;
export const POSTER_HEIGHT = 1754;

/** Who pays what (the national framework of 2005), for the poster of the article about all four insurances. */
export const RATE_ROWS: readonly { insurance: string; employer: string; worker: string }[] = [
  { insurance: '养老保险', employer: '一般不超过工资总额的20%', worker: '本人缴费工资的8%' },
  { insurance: '医疗保险', employer: '工资总额的6%左右', worker: '本人工资的2%' },
  { insurance: '失业保险', employer: '工资总额的2%', worker: '本人工资的1%（农民合同制工人不交）' },
  { insurance: '工伤保险', employer: '按行业风险定的费率', worker: '不交' },
];
export const RATE_NOTE = '国家规定的框架；具体比例以当地社会保险经办机构为准。';

const BREAK_AFTER = '，。：；？！、）」』 ,.:;?!';

/** The headline cut into phrases that are never broken: each ends after a punctuation mark. */
export function headlinePhrases(title: string): string[] {
  const phrases: string[] = [];
  let current = '';
  for (const ch of title) {
    current += ch;
    if (BREAK_AFTER.includes(ch)) {
      phrases.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) phrases.push(current.trim());
  return phrases.filter(Boolean);
}

/** Width of a text in em: CJK characters and full-width marks 1, Latin letters, digits and half-width marks about 0.6. */
export function emWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u0000-\u00ff]/.test(ch) ? 0.6 : 1;
  return w;
}

/**
 * The headline's size as a share of the sheet's width: large for short titles,
 * and never so large that its longest phrase does not fit the text width (88% of
 * the sheet, less a margin for font metrics).
 */
export function headlineSize(title: string): number {
  const len = [...title].length;
  const tier = len <= 12 ? 9 : len <= 22 ? 7 : 5.6;
  const longest = Math.max(...headlinePhrases(title).map(emWidth));
  return Math.min(tier, Math.floor((84 / longest) * 10) / 10);
}

/** What a poster shows. */
export interface PosterCard {
  kicker: string;
  title: string;
  points: string[];
  rates: boolean;
  figure: { label: string; text: string; asOf: string | null };
  /** The article's QR code as an SVG document. */
  qrSvg: string;
  url: string;
  source: string;
  sample: boolean;
}

const ACCENT = '#0a58a8';
const h = (type: string, style: Record<string, string | number>, children?: OgNode['props']['children']): OgNode => ({ type, props: { style, children } });
/** Share of the sheet's width in pixels. */
const cq = (n: number) => Math.round((n / 100) * POSTER_WIDTH);

/** The poster's PNG layout as satori elements (pure: the cache key is a hash of it). */
export function posterTree(card: PosterCard): OgNode {
  const size = cq(Math.min(headlineSize(card.title), card.rates ? 6.4 : 9));
  // With the rate table the points, figure and QR code are smaller, so the sheet holds it all.
  const c = card.rates ? { point: 3.5, gap: 1.4, figure: 7.5, qr: 20 } : { point: 4.1, gap: 2.2, figure: 9, qr: 25 };
  const title = h(
    'div',
    { display: 'flex', flexWrap: 'wrap', fontSize: size, fontWeight: 700, lineHeight: 1.22, color: '#1b1b1b', marginTop: cq(2), marginBottom: cq(3) },
    headlinePhrases(card.title).map((p) => h('div', { display: 'flex', whiteSpace: 'nowrap' }, p)),
  );
  const points = h(
    'div',
    { display: 'flex', flexDirection: 'column' },
    card.points.map((p, i) =>
      h('div', { display: 'flex', alignItems: 'flex-start', marginBottom: cq(c.gap) }, [
        h('div', { display: 'flex', flexShrink: 0, width: cq(5.4), height: cq(5.4), borderRadius: cq(2.7), background: ACCENT, color: '#ffffff', fontSize: cq(3.3), fontWeight: 700, alignItems: 'center', justifyContent: 'center', marginRight: cq(2.2), marginTop: cq(0.2) }, String(i + 1)),
        h('div', { display: 'flex', flex: 1, fontSize: cq(c.point), fontWeight: 700, lineHeight: 1.4 }, p),
      ]),
    ),
  );
  const cell = (text: string, head: boolean, w: string) =>
    h('div', { display: 'flex', width: w, padding: `${cq(0.6)}px ${cq(1.2)}px`, fontSize: cq(2.6), fontWeight: head ? 700 : 400, borderBottom: '2px solid #d9d9d9', lineHeight: 1.3 }, text);
  const rates = card.rates
    ? [
        h('div', { display: 'flex', flexDirection: 'column', marginBottom: cq(2), border: '2px solid #d9d9d9' }, [
          h('div', { display: 'flex', background: '#eef3f9' }, [cell('险种', true, '18%'), cell('单位交', true, '41%'), cell('个人交', true, '41%')]),
          ...RATE_ROWS.map((r) => h('div', { display: 'flex' }, [cell(r.insurance, true, '18%'), cell(r.employer, false, '41%'), cell(r.worker, false, '41%')])),
          h('div', { display: 'flex', padding: `${cq(0.6)}px ${cq(1.2)}px`, fontSize: cq(2.2), color: '#4f4f4f' }, RATE_NOTE),
        ]),
      ]
    : [];
  // The SVG has only a viewBox: give it a size so the rasteriser draws it sharp.
  const qr = `data:image/svg+xml;base64,${Buffer.from(card.qrSvg.replace('<svg ', `<svg width="${cq(c.qr)}" height="${cq(c.qr)}" `)).toString('base64')}`;
  const bottom = h('div', { display: 'flex', marginTop: 'auto' }, [
    h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flex: 1, padding: `${cq(2)}px ${cq(3.5)}px`, background: '#eef3f9', borderLeft: `${cq(1.4)}px solid ${ACCENT}`, marginRight: cq(3) }, [
      h('div', { display: 'flex', fontSize: cq(3) }, card.figure.label),
      h('div', { display: 'flex', fontSize: cq(c.figure), fontWeight: 700, color: ACCENT, lineHeight: 1.15 }, card.figure.text),
      ...(card.figure.asOf ? [h('div', { display: 'flex', fontSize: cq(2.8), color: '#4f4f4f' }, card.figure.asOf)] : []),
    ]),
    h('div', { display: 'flex', flexDirection: 'column', alignItems: 'center', width: cq(c.qr) }, [
      { type: 'img', props: { src: qr, width: cq(c.qr), height: cq(c.qr), style: { width: cq(c.qr), height: cq(c.qr) } } },
      h('div', { display: 'flex', fontSize: cq(2.9), fontWeight: 700 }, '扫码阅读全文'),
    ]),
  ]);
  const union = h('div', { display: 'flex', fontSize: cq(3), marginTop: cq(2), paddingBottom: cq(0.6), borderBottom: '3px solid #1b1b1b' }, '本单位工会联系人、电话：');
  const foot = [
    h('div', { display: 'flex', fontSize: cq(2.5), color: '#4f4f4f', marginTop: cq(1.5) }, card.url),
    h('div', { display: 'flex', fontSize: cq(2.2), color: '#4f4f4f', marginTop: cq(0.6), lineHeight: 1.5 }, card.source),
  ];
  const top = h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center' }, [
    h('div', { display: 'flex', fontSize: cq(2.6), color: '#4f4f4f' }, card.kicker),
    ...(card.sample ? [h('div', { display: 'flex', fontSize: cq(2.4), color: '#4d3800', background: '#fff3cd', border: '2px solid #8a6d00', borderRadius: 8, padding: '4px 14px' }, '示例数据 · 非官方统计')] : []),
  ]);
  return h('div', { width: POSTER_WIDTH, height: POSTER_HEIGHT, display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: 'Noto Sans SC' }, [
    h('div', { height: cq(2.4), width: POSTER_WIDTH, flexShrink: 0, background: ACCENT }),
    h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, margin: `${cq(4.5)}px ${cq(6)}px ${cq(4)}px` }, [top, title, points, ...rates, bottom, union, ...foot]),
  ]);
}
