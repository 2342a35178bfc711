/**
 * The words readers type that a page answers but does not use itself: a worker writes
 * 单位不给交社保, the page says 未依法参保. Base.astro gives them to the site search on these
 * pages only (indexed from an attribute, never shown), weighted so the page that answers
 * comes first.
 */
export const SEARCH_TERMS: Record<string, { terms: string[]; weight: number }> = {
  // The worker's path: what to do when the employer does not enrol you.
  '/help/not-enrolled/': { terms: ['单位不给交社保', '单位没给我交社保', '没给我交社保', '单位不交社保', '不给上保险', '公司不交社保', '社保断交'], weight: 10 },
  // How to check whether you are enrolled (the worker's own words lead to the worker's path above).
  '/articles/check-enrolment/': { terms: ['查社保', '社保查询', '查参保记录'], weight: 10 },
  // Definitions of the terms.
  '/methodology/': { terms: ['缴费率', '新增参保缴费率', '完成率', '时间进度', '净增任务进度', '定义', '口径'], weight: 10 },
};

/** The search terms of a page, if any. */
export function searchTermsOf(pathname: string): { terms: string[]; weight: number } | undefined {
  return SEARCH_TERMS[pathname];
}
