/**
 * Enhancement for CopyBox: a 复制 button beside each copyable text. Without
 * JavaScript (or without clipboard access) the text stays selectable by hand.
 */
function enhance(box: HTMLElement): void {
  if (box.dataset.copyReady) return;
  box.dataset.copyReady = '1';
  const pre = box.querySelector('pre');
  if (!pre) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  const label = box.dataset.copyLabel ?? '';
  button.textContent = '复制';
  button.setAttribute('aria-label', `复制${label}`);
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  button.addEventListener('click', async () => {
    const text = pre.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = '已复制';
    } catch {
      const range = document.createRange();
      range.selectNodeContents(pre);
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      status.textContent = '已选中，请按 Ctrl+C 或长按复制';
    }
    window.setTimeout(() => (status.textContent = ''), 4000);
  });
  const bar = document.createElement('div');
  bar.className = 'copy-bar';
  bar.append(button, status);
  box.append(bar);
}

for (const box of document.querySelectorAll<HTMLElement>('.copy-box')) enhance(box);
