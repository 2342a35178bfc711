/** What an article's poster says, from the article and the data: the print page and the PNG both use it. */
import type { Dataset } from '../../data/types';
import { formatDay } from '../../format/date';
import { absoluteUrl } from '../shell/about';
import { qrSvg } from '../shell/share';
import { articleHref, posterPoints, rulesOf, type ArticleLike } from './article-view';
import { keyFigure, type FigureSource } from './live-figures';
import type { PosterCard } from './poster';

/** The poster's PNG, beside its print page. */
export const posterImageHref = (id: string) => `/articles/${id}/poster.png`;

export function posterCard(source: FigureSource & { dataset: Dataset }, article: ArticleLike, site: URL | undefined): PosterCard {
  const { data } = article;
  const { meta } = source.dataset;
  const url = absoluteUrl(articleHref(article.id), site);
  const figure = keyFigure(source, data);
  // Documents with a 文号 (国发〔1997〕26号) by their number, laws and regulations by their short name: the line stays short.
  const rules = rulesOf(article).map((r) => (r.number.includes('〔') ? r.number : r.name.replace(/（.*?）/g, '')));
  return {
    kicker: `${meta.title} · 政策解读`,
    title: data.title,
    points: posterPoints(article),
    rates: data.poster?.table === 'rates',
    figure: { label: figure.label, text: figure.text, asOf: figure.asOf },
    qrSvg: qrSvg(url, `文章《${data.title}》的二维码，扫码阅读全文`, 'qr poster-qr'),
    url,
    source: `数据来源：${meta.publisher}，${figure.asOf ?? `生成于${formatDay(source.dataset.buildDate)}`}。依据：${rules.join('、')}。具体缴费比例和待遇标准以当地社会保险经办机构规定为准。${meta.sample ? '示例数据，仅作演示，不是官方统计。' : ''}`,
    sample: meta.sample,
  };
}
