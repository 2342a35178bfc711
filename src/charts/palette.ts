/**
 * Colours and series styles for the charts. Hues are Okabe–Ito (safe for the common
 * colour-vision deficiencies). Every graphic colour reaches 3:1 against white (WCAG 1.4.11);
 * every text colour, including the darker twin of each series colour used for direct
 * labels, reaches 4.5:1 (WCAG 1.4.3). test/charts/palette.test.ts checks both.
 * Series never rely on colour alone: each also has its own dash pattern and marker.
 */
import { INSURANCES, type Insurance } from '../data/types';

/** Okabe–Ito hues that reach 3:1 on white (orange, sky blue and yellow do not, so are left out). */
export const OKABE_ITO = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  bluishGreen: '#009E73',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** Text for labels, legends, reference labels: 12.6:1 on white. */
export const INK = '#333333';
/** Axis tick labels: 7:1 on white. */
export const MUTED = '#595959';
/** Horizontal grid lines: deliberately faint; the tick labels carry the values. */
export const GRID = '#E0E0E0';
/** The x axis line and tick marks: 3:1 on white. */
export const AXIS = '#8A8A8A';
/** Reference (target) lines: neutral, so a target never reads as another series. */
export const REFERENCE = '#4D4D4D';
/** Hatching for months with no data. */
export const NO_DATA = { background: '#F4F4F4', stroke: '#BDBDBD' } as const;
/** The unfilled part of a progress bar. */
export const TRACK = '#E6E6E6';

/** One colour per insurance, the same on every chart (lines, bars, progress bars). */
export const INSURANCE_COLORS: Record<Insurance, string> = {
  pension: OKABE_ITO.blue,
  unemployment: OKABE_ITO.reddishPurple,
  medical: OKABE_ITO.bluishGreen,
  work_injury: OKABE_ITO.vermillion,
};

/** Darker twins of the series colours, same hue, for text in that colour (≥4.5:1). */
const TEXT_TWIN: Record<string, string> = {
  [OKABE_ITO.blue]: '#0072B2',
  [OKABE_ITO.vermillion]: '#C05500',
  [OKABE_ITO.bluishGreen]: '#008561',
  [OKABE_ITO.reddishPurple]: '#A16084',
  [OKABE_ITO.black]: '#000000',
};

/** Colours for series that are not insurances (regions, measures), in order of use. */
export const SERIES_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.black,
];

/** Dash patterns (`stroke-dasharray`), in order of use; '' is a solid line. */
export const DASHES: readonly string[] = ['', '7 3', '2 2', '10 3 2 3'];

/** Marker shapes, in order of use. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
/** A marker shape. */
export type MarkerShape = (typeof MARKERS)[number];

/** How one series is drawn. */
export interface SeriesStyle {
  /** Stroke/fill of lines, bars and markers (≥3:1 on white). */
  color: string;
  /** The same hue for text such as direct labels (≥4.5:1 on white). */
  textColor: string;
  /** `stroke-dasharray`, '' for solid. */
  dash: string;
  marker: MarkerShape;
}

function isInsurance(key: string): key is Insurance {
  return (INSURANCES as readonly string[]).includes(key);
}

/**
 * The style of a series: an insurance key always gets its own colour, dash and marker;
 * any other key gets the `index`-th entry of the series palette. `color` overrides the hue.
 */
export function seriesStyle(key: string, index: number, color?: string): SeriesStyle {
  const slot = isInsurance(key) ? INSURANCES.indexOf(key) : index;
  const base = color ?? (isInsurance(key) ? INSURANCE_COLORS[key] : SERIES_COLORS[slot % SERIES_COLORS.length]!);
  return {
    color: base,
    textColor: TEXT_TWIN[base] ?? (contrastRatio(base, '#FFFFFF') >= 4.5 ? base : INK),
    dash: DASHES[slot % DASHES.length]!,
    marker: MARKERS[slot % MARKERS.length]!,
  };
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`palette: "${hex}" is not a #RRGGBB colour`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#RRGGBB` colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
