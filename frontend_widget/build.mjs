// Bundles src/ into ONE minified, deterministic file: ../api/static/widget.js.
// The Python package ships that file; a Python test compares it with a fresh build, so this
// script must write exactly that file and nothing else, byte for byte the same on every run.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const src = (p) => fileURLToPath(new URL(p, import.meta.url));
// VOC_WIDGET_OUT lets the Python test build elsewhere and compare with the committed file.
const outfile = process.env.VOC_WIDGET_OUT || src('../api/static/widget.js');

await build({
  entryPoints: [src('./src/index.ts')],
  outfile,
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2018',
  charset: 'ascii', // many Chinese sites still serve GBK pages: keep the file pure ASCII
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
});

// The CSP hash of the fallback <style> element, for pages that prefer a hash to a nonce.
const styles = await build({ entryPoints: [src('./src/styles.ts')], bundle: true, format: 'esm', write: false, logLevel: 'warning' });
const { CSS } = await import('data:text/javascript;base64,' + Buffer.from(styles.outputFiles[0].text).toString('base64'));
const hash = createHash('sha256').update(CSS).digest('base64');
console.log(`wrote ${outfile}`);
console.log(`fallback <style> CSP hash: 'sha256-${hash}'`);
