/**
 * Starts the Pagefind UI on /search/ (loaded as /pagefind/pagefind-ui.js before this
 * module runs) and runs the search in ?q=…, so forms elsewhere can point here.
 */
type PagefindUIOptions = { element: string; showSubResults?: boolean; showImages?: boolean; resetStyles?: boolean; autofocus?: boolean; ranking?: Record<string, number> };
type PagefindUIInstance = { triggerSearch: (term: string) => void };
declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => PagefindUIInstance;
  }
}

const Ui = window.PagefindUI;
const note = document.getElementById('search-nojs');
if (Ui) {
  // Page length does not count against a page, and how often a word recurs counts less than
  // where it stands (headings, weighted terms): a region's long progress page comes before the
  // list of its named employers and before the notice, which says 省 and 本级 many times.
  const ui = new Ui({ element: '#search', showSubResults: true, showImages: false, autofocus: true, ranking: { pageLength: 0, termFrequency: 0.3 } });
  // Pagefind's input has only a title; give it the page's visible label (WCAG 3.3.2).
  const input = document.querySelector<HTMLInputElement>('#search input');
  const label = document.getElementById('search-label');
  if (input && label) {
    input.id = 'search-input';
    (label as HTMLLabelElement).htmlFor = input.id;
    label.hidden = false;
  }
  if (note) note.textContent = '也可以直接浏览：';
  const q = new URLSearchParams(window.location.search).get('q');
  if (q) ui.triggerSearch(q);
} else if (note) {
  note.textContent = '搜索暂时无法加载。可以直接浏览：';
}
export {};
