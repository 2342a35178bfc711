/** What the share image of each page type says: built from the model, drawn by og.ts. */
import type { ArticleData } from '../../content/articles';
import type { Dataset } from '../../data/types';
import { formatMonth } from '../../format/date';
import { formatPercent, formatPersons } from '../../format/number';
import { INSURANCE_NAMES } from '../../i18n/glossary';
import { INSURANCE_NAMES_EN } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import { formatMonthEn, formatNumberEn } from '../../format/en';
import { insuranceStatus, statusName } from '../../stats/status';
import { cityImage } from './article-view';
import { keyFigure, type FigureSource } from './live-figures';
import type { OgCard } from './og';

type Source = FigureSource & { dataset: Dataset };

/** An article's card: its title and its key figure. */
export function articleCard(source: Source, data: ArticleData, site: URL): OgCard {
  const f = keyFigure(source, data);
  return {
    site: source.dataset.meta.title,
    title: data.title,
    figure: { text: f.text, label: f.label, asOf: f.asOf },
    footer: `${site.host} · 政策解读`,
    sample: source.dataset.meta.sample,
  };
}

/** A region's card: its name and its enrolment in the first insurance it reports, with completion and the status every page shows. */
export function cityCard(source: Source, regionId: string, site: URL, lang: Lang = 'zh'): OgCard {
  if (lang === 'en') return cityCardEn(source, regionId, site);
  const { model } = source;
  const region = model.regionById.get(regionId);
  if (!region) throw new Error(`cityCard: unknown region "${regionId}"`);
  const year = model.latestYear;
  const progress = year == null ? [] : model.insurances.map((i) => model.progress(regionId, i, year));
  const p = progress.find((x) => x.enrolled != null);
  const card: OgCard = {
    site: source.dataset.meta.title,
    title: `${region.name}社会保险扩面进展`,
    footer: `${site.host} · 各地区`,
    sample: source.dataset.meta.sample,
  };
  if (p && p.enrolled != null) {
    const name = INSURANCE_NAMES[p.insurance].full;
    const status = insuranceStatus(model, regionId, p.insurance, year!);
    card.figure = {
      text: formatPersons(p.enrolled),
      label: p.completion != null ? `${name}参保人数（完成年度目标${formatPercent(p.completion)}，${status.label}）` : `${name}参保人数`,
      asOf: p.month ? `截至${formatMonth(p.month)}` : null,
    };
  }
  return card;
}

/** The English edition's region card: the same figure and status, in English words. */
function cityCardEn(source: Source, regionId: string, site: URL): OgCard {
  const { model } = source;
  const region = model.regionById.get(regionId);
  if (!region) throw new Error(`cityCard: unknown region "${regionId}"`);
  const { meta } = source.dataset;
  const year = model.latestYear;
  const p = year == null ? undefined : model.insurances.map((i) => model.progress(regionId, i, year)).find((x) => x.enrolled != null);
  const card: OgCard = {
    site: meta.titleEn ?? meta.title,
    title: `${region.nameEn || region.name}: social insurance coverage`,
    footer: `${site.host} · Regions`,
    sample: meta.sample,
    sampleLabel: 'Sample data · unofficial',
  };
  if (p && p.enrolled != null) {
    const name = INSURANCE_NAMES_EN[p.insurance].full;
    const status = insuranceStatus(model, regionId, p.insurance, year!);
    card.figure = {
      text: formatNumberEn(p.enrolled),
      label: p.completion != null ? `Insured persons, ${name} (${formatPercent(p.completion)} of annual target, ${statusName(status.key, status.period, 'en').toLowerCase()})` : `Insured persons, ${name}`,
      asOf: p.month ? `as of ${formatMonthEn(p.month)}` : null,
    };
  }
  return card;
}

/** A region page's share image for its link preview: the image's path in the page's edition and, in words, what it shows. */
export function cityShareImage(source: Source, regionId: string, site: URL, lang: Lang = 'zh'): { image: string; alt: string } {
  const card = cityCard(source, regionId, site, lang);
  const f = card.figure;
  // Each value its own clause, so a screen reader never runs two figures together.
  const alt = lang === 'en'
    ? (f ? `${card.title}. ${f.label}: ${f.text}${f.asOf ? `, ${f.asOf}` : ''}.` : card.title)
    : f ? `${card.title}。${f.label}：${f.text}${f.asOf ? `，${f.asOf}` : ''}。` : card.title;
  return { image: lang === 'en' ? `/en${cityImage(regionId)}` : cityImage(regionId), alt };
}
