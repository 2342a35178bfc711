/**
 * Enhancement for FigureTools: turns a figure's standalone SVG (/data/figures/<id>.svg,
 * same origin) into a PNG at twice its size in the browser, offers it as a download and
 * shows it, so a phone can save it by long-pressing the picture (as WeChat allows).
 * Without JavaScript the SVG link is the image download. Why in the browser and not at
 * build time: docs/decisions/0002-downloads-and-embeds.md.
 */

/** The words of the button and its status, by the page's lang (English pages say them in English). */
const PNG_WORDS = document.documentElement.lang === 'en'
  ? { save: 'Save', making: 'Making the image…', made: 'Done; on a phone you can also long-press the image to save it.', failed: 'Could not make the image; please use the SVG download.', make: (title: string) => `Make and download a PNG image: ${title}` }
  : { save: '保存', making: '正在生成…', made: '已生成；手机上也可长按图片保存。', failed: '生成失败，请使用 SVG 下载。', make: (title: string) => `生成并下载PNG图片：${title}` };
const SCALE = 2;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(`could not load ${src}`));
    img.src = src;
  });
}

async function render(slot: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const svg = slot.dataset.pngSvg!;
  const name = slot.dataset.pngName ?? 'figure';
  button.disabled = true;
  const status = slot.querySelector<HTMLElement>('.png-status')!;
  status.textContent = PNG_WORDS.making;
  try {
    const img = await loadImage(svg);
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth * SCALE;
    canvas.height = img.naturalHeight * SCALE;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const url = canvas.toDataURL('image/png');
    let link = slot.querySelector<HTMLAnchorElement>('a.png-link');
    if (!link) {
      link = document.createElement('a');
      link.className = 'png-link';
      link.download = `${name}.png`;
      link.textContent = `${PNG_WORDS.save} ${name}.png`;
      slot.append(link);
    }
    link.href = url;
    let preview = slot.querySelector<HTMLImageElement>('img.png-preview');
    if (!preview) {
      preview = document.createElement('img');
      preview.className = 'png-preview';
      preview.alt = slot.dataset.pngTitle ?? '';
      slot.append(preview);
    }
    preview.src = url;
    status.textContent = PNG_WORDS.made;
    link.click();
  } catch {
    status.textContent = PNG_WORDS.failed;
  } finally {
    button.disabled = false;
  }
}

for (const slot of document.querySelectorAll<HTMLElement>('[data-png-svg]')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'png-button';
  button.textContent = 'PNG';
  button.setAttribute('aria-label', PNG_WORDS.make(slot.dataset.pngTitle ?? ''));
  const status = document.createElement('span');
  status.className = 'png-status';
  status.setAttribute('role', 'status');
  button.addEventListener('click', () => void render(slot, button));
  slot.prepend(button, status);
  slot.hidden = false;
}
