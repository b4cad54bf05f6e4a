/**
 * The bundled Noto Sans SC comes in unicode-range slices, fetched when text needs them. Chromium draws
 * text whose slice is still on its way in the fallback and does not always draw it again when the slice
 * arrives (without a system CJK font the fallback is a row of boxes). So the page loads the slices a
 * text needs before drawing it, and lays text out again whenever slices arrive later.
 */
const FAMILY = '"Noto Sans SC"';
/** the weights styles.css uses for Chinese text: regular and bold */
const WEIGHTS = [400, 700];
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g;
const CJK_ONE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** The distinct CJK characters in a value (a string, or anything JSON can show). */
function cjkOf(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? '');
  return [...new Set(text.match(CJK) ?? [])].join('');
}

/** Loads the slices for `text` in both weights; gives up quietly after `timeoutMs` (text then shows once they come). */
export async function ensureGlyphs(text: string, timeoutMs = 4000): Promise<void> {
  const chars = cjkOf(text);
  if (chars === '' || !('fonts' in document)) return;
  const loads = Promise.all(WEIGHTS.map((w) => document.fonts.load(`${w} 16px ${FAMILY}`, chars)));
  await Promise.race([loads.catch(() => undefined), new Promise((r) => setTimeout(r, timeoutMs))]);
}

/**
 * Whenever slices arrive, sets every text with Chinese in it again (the same text): Chromium then
 * shapes it anew with the slices it now has. A change of the font list alone did not do it for all text.
 */
export function relayoutWhenFontsArrive(root: Node = document.body): void {
  if (!('fonts' in document)) return;
  const redraw = () => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      if (CJK_ONE.test(t.data)) t.data = `${t.data}`;
    }
  };
  document.fonts.addEventListener('loadingdone', () => requestAnimationFrame(redraw));
}
