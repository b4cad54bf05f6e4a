import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  // The 1:50m basemap is bundled on purpose (no request may leave the machine), so the one chunk is
  // about 0.9 MB; the limit is raised to that instead of splitting a file every page needs at once.
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
