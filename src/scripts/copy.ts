/**
 * Enhancement for CopyBox: a 复制 button beside each copyable text (Copy on English pages,
 * by the page's lang). Without JavaScript (or without clipboard access) the text stays
 * selectable by hand.
 */
const COPY_WORDS = document.documentElement.lang === 'en'
  ? { copy: 'Copy', copyWhat: (label: string) => `Copy ${label.toLowerCase()}`, copied: 'Copied', selected: 'Selected: press Ctrl+C, or long-press to copy' }
  : { copy: '复制', copyWhat: (label: string) => `复制${label}`, copied: '已复制', selected: '已选中，请按 Ctrl+C 或长按复制' };

function enhance(box: HTMLElement): void {
  if (box.dataset.copyReady) return;
  box.dataset.copyReady = '1';
  const pre = box.querySelector('pre');
  if (!pre) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  const label = box.dataset.copyLabel ?? '';
  button.textContent = COPY_WORDS.copy;
  button.setAttribute('aria-label', COPY_WORDS.copyWhat(label));
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  button.addEventListener('click', async () => {
    const text = pre.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = COPY_WORDS.copied;
    } catch {
      const range = document.createRange();
      range.selectNodeContents(pre);
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      status.textContent = COPY_WORDS.selected;
    }
    window.setTimeout(() => (status.textContent = ''), 4000);
  });
  const bar = document.createElement('div');
  bar.className = 'copy-bar';
  bar.append(button, status);
  box.append(bar);
}

for (const box of document.querySelectorAll<HTMLElement>('.copy-box')) enhance(box);
