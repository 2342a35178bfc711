/**
 * The lists the progress pages are generated from, shared by both editions' routes
 * (src/pages/… and src/pages/en/…), so every Chinese progress page has its English twin.
 * Each is a route's getStaticPaths as it stands.
 */
import type { Region } from '../../data/types';
import { progressYears } from '../../stats/model';
import { getSite } from '../build/site';

/** The year the bare addresses (/, /cities/, /cities/<id>/ and their twins) show: the latest one. */
export function latestProgressYear(page: string): number {
  const year = getSite().model.latestYear;
  if (year == null) throw new Error(`monthly.csv has no reports: nothing to show on ${page}`);
  return year;
}

/** /years/<year>/: every year with progress pages; the latest one is a stub forwarding to the bare address. */
export function provinceYearPaths(): { params: { year: string }; props: { year: number; stub: boolean } }[] {
  const { model } = getSite();
  return progressYears(model).map((year) => ({ params: { year: String(year) }, props: { year, stub: year === model.latestYear } }));
}

/** /cities/<id>/: every region, for the latest year. */
export function regionPaths(): { params: { id: string }; props: { region: Region; year: number } }[] {
  const { model } = getSite();
  const year = model.latestYear;
  if (year == null) return [];
  return model.regions.map((region) => ({ params: { id: region.id }, props: { region, year } }));
}

/** /cities/<id>/<year>/: every region in every year; the latest year's are stubs forwarding to the bare address. */
export function regionYearPaths(): { params: { id: string; year: string }; props: { region: Region; year: number; stub: boolean } }[] {
  const { model } = getSite();
  const years = progressYears(model);
  return model.regions.flatMap((region) =>
    years.map((year) => ({ params: { id: region.id, year: String(year) }, props: { region, year, stub: year === model.latestYear } })),
  );
}
