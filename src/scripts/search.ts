/**
 * Starts the Pagefind UI on /search/ (loaded as /pagefind/pagefind-ui.js before this
 * module runs) and runs the search in ?q=…, so forms elsewhere can point here.
 */
type PagefindUIOptions = { element: string; showSubResults?: boolean; showImages?: boolean; resetStyles?: boolean; autofocus?: boolean };
type PagefindUIInstance = { triggerSearch: (term: string) => void };
declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => PagefindUIInstance;
  }
}

const Ui = window.PagefindUI;
const note = document.getElementById('search-nojs');
if (Ui) {
  const ui = new Ui({ element: '#search', showSubResults: true, showImages: false, autofocus: true });
  if (note) note.textContent = '也可以直接浏览：';
  const q = new URLSearchParams(window.location.search).get('q');
  if (q) ui.triggerSearch(q);
} else if (note) {
  note.textContent = '搜索暂时无法加载。可以直接浏览：';
}
export {};
