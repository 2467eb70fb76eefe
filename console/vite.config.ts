// Builds the console into ../api/static/console/ (served at /app by `voc serve`). The Python package
// ships those files and a Python test compares them with a fresh build, so the output must be the
// same bytes on every run: content-hashed names, no timestamps, no source maps.
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  plugins: [vue()],
  base: '/app/',
  define: {
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
  },
  build: {
    // VOC_CONSOLE_OUT lets the Python test build elsewhere and compare with the committed files.
    outDir: process.env.VOC_CONSOLE_OUT || here('../api/static/console'),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    target: 'es2022',
    // Browsers the console supports all know <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm run dev` against a local `voc serve` (same origin for cookies via the proxy).
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:8000', ws: true },
      '/auth': 'http://127.0.0.1:8000',
      '/export': 'http://127.0.0.1:8000',
      // The survey builder's preview frame and the widget in it, and the hosted survey links.
      '/survey-preview': 'http://127.0.0.1:8000',
      '/widget.js': 'http://127.0.0.1:8000',
      '/s/': 'http://127.0.0.1:8000',
    },
  },
});
