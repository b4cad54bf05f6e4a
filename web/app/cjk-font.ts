/**
 * The bundled Noto Sans SC comes in unicode-range slices, fetched when text needs them. Chromium draws
 * text whose slice is still on its way in the fallback and does not always draw it again when the slice
 * arrives (without a system CJK font the fallback is a row of boxes). So the page loads the slices a
 * text needs before drawing it, and lays text out again whenever slices arrive later.
 *
 * The faces themselves (about 200 `@font-face` rules, one per slice and weight) are two stylesheets
 * of their own, out of the page's render-blocking one (docs/decisions.md W10): on the Chinese page a
 * script in the head (written by vite.config.ts) adds them before the first render, the English
 * page adds them once it is ready and the main thread is idle, and the 中文 button adds them at once
 * when they have not come yet. Until they have, Chinese text is drawn in the system's CJK font
 * (`styles.css` names the usual ones).
 */
import regularFaces from '@fontsource/noto-sans-sc/400.css?url';
import boldFaces from '@fontsource/noto-sans-sc/700.css?url';

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

let faces: Promise<void> | undefined;

/** Whether a faces' stylesheet has loaded (true) or failed (false), once it has settled. */
function settled(link: HTMLLinkElement): Promise<boolean> {
  const state = link.dataset['cjkFaces'];
  if (state === 'loaded' || (state === undefined && link.sheet)) return Promise.resolve(true);
  if (state === 'failed') return Promise.resolve(false);
  return new Promise((resolve) => {
    const settle = (ok: boolean) => () => {
      link.dataset['cjkFaces'] = ok ? 'loaded' : 'failed';
      resolve(ok);
    };
    link.addEventListener('load', settle(true));
    link.addEventListener('error', settle(false));
  });
}

/**
 * Adds the faces' stylesheets to the page, once (the Chinese page's head script has added them
 * already: those are taken over); settles when both have loaded (or failed: the text then stays in
 * the system's font). `html[data-cjk-faces]` is then "loaded" (or "failed").
 */
function addFaces(): Promise<void> {
  faces ??= (() => {
    let links = [...document.querySelectorAll<HTMLLinkElement>('link[data-cjk-faces]')];
    if (links.length === 0)
      links = [regularFaces, boldFaces].map((href) => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = href;
        link.dataset['cjkFaces'] = 'loading';
        document.head.append(link);
        return link;
      });
    return Promise.all(links.map(settled)).then((loaded) => {
      document.documentElement.dataset['cjkFaces'] = loaded.every(Boolean) ? 'loaded' : 'failed';
    });
  })();
  return faces;
}

/** Adds the faces, then loads the slices of the Chinese the page shows so far (the 中文 button). */
export async function loadCjkFaces(): Promise<void> {
  await addFaces();
  await ensureGlyphs(document.body.textContent ?? '');
}

/** what a planner does first that may lead to Chinese (the 中文 button, a place typed in Chinese) */
const FIRST_INPUT = ['pointerdown', 'keydown', 'focusin'] as const;

/**
 * Adds the faces at the planner's first input, or after `quietMs` and then the main thread's next
 * idle moment, whichever comes first. Not at once when the page is ready: fetched while the page is
 * still painting its largest content, 186 kB of stylesheets and a font slice compete with it.
 */
export function loadCjkFacesLater(quietMs = 3000): void {
  let done = false;
  const load = () => {
    if (done) return;
    done = true;
    for (const type of FIRST_INPUT) removeEventListener(type, load, true);
    void loadCjkFaces();
  };
  for (const type of FIRST_INPUT) addEventListener(type, load, { capture: true, passive: true });
  setTimeout(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 2000 });
    else load();
  }, quietMs);
}

/** Loads the slices for `text` in both weights; gives up quietly after `timeoutMs` (text then shows once they come). */
export async function ensureGlyphs(text: string, timeoutMs = 4000): Promise<void> {
  const chars = cjkOf(text);
  if (chars === '' || !('fonts' in document)) return;
  const loads = addFaces().then(() =>
    Promise.all(WEIGHTS.map((w) => document.fonts.load(`${w} 16px ${FAMILY}`, chars))),
  );
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
