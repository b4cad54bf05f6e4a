import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';

/**
 * The CJK font comes from @fontsource/noto-sans-sc, split by unicode range so a page loads only the
 * slices its text uses. Every browser this page supports reads woff2, so the woff fallbacks are
 * dropped from the CSS (and so from the bundle).
 */
function woff2Only(): Plugin {
  return {
    name: 'woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/].*\.css(\?|$)/.test(id)) return undefined;
      return { code: code.replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, ''), map: null };
    },
  };
}

/**
 * The Chinese page's CJK faces before its first render (docs/decisions.md W10). A small classic script
 * in the page's head reads the language as web/main.ts does (the link's `lang`, then the choice stored
 * by the 中文 button, then the browser's language) and, for Chinese, adds the faces' two stylesheets
 * as render-blocking links, which web/app/cjk-font.ts then takes over; on the English page it adds
 * nothing. It is written at build time because only the build knows the stylesheets' hashed names;
 * a script file, as the page's CSP runs no inline script.
 */
const CJK_BOOT = `// the Chinese page's CJK faces, render-blocking (vite.config.ts, docs/decisions.md W10)
(function () {
  var lang = new URLSearchParams(location.search).get('lang');
  if (lang !== 'en' && lang !== 'zh') {
    try {
      lang = localStorage.getItem('corridor-planner.lang');
    } catch (e) {
      lang = null;
    }
  }
  if (lang !== 'en' && lang !== 'zh') lang = navigator.language.indexOf('zh') === 0 ? 'zh' : 'en';
  if (lang !== 'zh') return;
  __FACES__.forEach(function (href) {
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.setAttribute('blocking', 'render');
    link.dataset.cjkFaces = 'loading';
    link.onload = function () { link.dataset.cjkFaces = 'loaded'; };
    link.onerror = function () { link.dataset.cjkFaces = 'failed'; };
    document.head.appendChild(link);
  });
})();
`;

function cjkFacesBoot(): Plugin {
  return {
    name: 'cjk-faces-boot',
    enforce: 'post',
    apply: 'build',
    generateBundle(_options, bundle) {
      const faces = Object.entries(bundle)
        .filter(
          ([, a]) =>
            a.type === 'asset' &&
            a.originalFileNames.some((f) => /@fontsource[\\/]noto-sans-sc[\\/]\d+\.css$/.test(f)),
        )
        .map(([file]) => `/${file}`)
        .sort();
      const html = bundle['index.html'];
      if (faces.length !== 2 || html?.type !== 'asset')
        this.error(
          `cjk-faces-boot: want the two Noto Sans SC stylesheets, found ${faces.join(', ')}`,
        );
      const source = CJK_BOOT.replace('__FACES__', JSON.stringify(faces));
      const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
      const fileName = `assets/cjk-boot-${hash}.js`;
      this.emitFile({ type: 'asset', fileName, source });
      // after the page's stylesheet: fetched beside it, run once it is in, before <body> is parsed
      const page = String(html.source);
      const withBoot = page.replace(
        /(<script type="module")/,
        `<script src="/${fileName}"></script>\n    $1`,
      );
      if (withBoot === page) this.error('cjk-faces-boot: no stylesheet link in index.html');
      html.source = withBoot;
    },
  };
}

export default defineConfig({
  root: 'web',
  plugins: [woff2Only(), cjkFacesBoot()],
  // The 1:50m basemap is bundled on purpose (no request may leave the machine), so the one chunk is
  // about 0.9 MB; the limit is raised to that instead of splitting a file every page needs at once.
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // the page's CSP allows fonts from 'self' only: a font slice is a file, never a data: URL
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
    // the plugin-timing note fires whenever the machine is busy; it told `npm start` users nothing
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
