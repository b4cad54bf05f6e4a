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

export default defineConfig({
  root: 'web',
  plugins: [woff2Only()],
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
