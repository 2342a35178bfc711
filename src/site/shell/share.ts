/**
 * Sharing helpers: the QR code of a page's address as an inline SVG string, made
 * at build time (WeChat users scan it from a screen or a printed notice), and
 * absolute URLs for link previews.
 */
import QRCode from 'qrcode';
import { escapeXml } from '../../charts/svg';

/**
 * The QR code of `url` as an `<svg>`: dark modules as one path of horizontal runs,
 * a 4-module quiet zone (the standard's minimum, so phones read it from paper),
 * presentation attributes only (CSP allows no inline styles), an accessible name.
 * Error correction M survives a crease or a staple on a notice board.
 */
export function qrSvg(url: string, label: string, className = 'qr'): string {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const quiet = 4;
  let d = '';
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < n && modules.get(y, x + run)) run++;
      d += `M${x + quiet} ${y + quiet}h${run}v1h-${run}z`;
      x += run;
    }
  }
  const size = n + 2 * quiet;
  const name = escapeXml(label);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" class="${className}" role="img" aria-label="${name}" shape-rendering="crispEdges">` +
    `<title>${name}</title><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}
