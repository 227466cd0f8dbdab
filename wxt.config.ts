import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { CMAP_DIR } from './utils/acquire/pdf/cmap-dir';
import { nameFontsInStyles } from './utils/acquire/pdf/worker-patch';
import { inlinePageStyles, popupChunking } from './scripts/build/first-paint';

/** The scholarly APIs are the only hosts CV Lens talks to. */
const SCHOLAR_HOSTS = [
  'https://api.openalex.org/*',
  'https://api.semanticscholar.org/*',
  'https://dblp.org/*',
  'https://pub.orcid.org/*',
  'https://api.crossref.org/*',
];

/** The worker the extension's pages load (utils/extension/read-pdf.ts). */
const PDF_WORKER_URL = 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * The extension ships pdf.js's worker with each text style naming its font, as Node loads it
 * (utils/acquire/pdf/worker-patch.ts), so the reader builds no operator lists there either. The
 * import resolves to a patched copy written under .wxt/ on first use, which Vite's own `?url`
 * handling then emits as it emitted the original (same file name).
 */
function namingPdfWorker(): Plugin {
  let root = '';
  let copy: string | null = null;
  return {
    name: 'cv-lens:naming-pdf-worker',
    enforce: 'pre',
    configResolved: (config) => {
      root = config.root;
    },
    resolveId(source) {
      if (source !== PDF_WORKER_URL) return null;
      if (copy === null) {
        const original = createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.worker.min.mjs');
        copy = path.join(root, '.wxt', 'pdfjs', path.basename(original));
        fs.mkdirSync(path.dirname(copy), { recursive: true });
        fs.writeFileSync(copy, nameFontsInStyles(fs.readFileSync(original, 'utf8')));
      }
      return `${copy}?url`;
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // pdf.js's packed character maps ship as /cmaps/, so the PDF reader can read CJK fonts.
    'build:publicAssets': (_wxt, files) => {
      for (const name of fs.readdirSync(CMAP_DIR))
        files.push({ absoluteSrc: path.join(CMAP_DIR, name), relativeDest: `cmaps/${name}` });
    },
    // The build of the pages: the popup's first paint waits on three scripts (scripts/build/first-paint.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      const popup = entrypoints.find((entry) => entry.type === 'popup');
      const output = config.build?.rollupOptions?.output;
      if (!popup || !output || Array.isArray(output)) return;
      output.codeSplitting = popupChunking(popup.inputPath);
    },
  },
  vite: () => ({ plugins: [preact(), namingPdfWorker(), inlinePageStyles()] }),
  manifest: ({ browser, mode }) => ({
    name: 'CV Lens',
    description: 'Reads academic CVs and checks them against open scholarly databases.',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      ...(browser === 'chrome' ? ['sidePanel'] : []),
      // activeTab shows the extension the URL of the tab the reviewer acted on; automation cannot
      // grant it, so the e2e build reads tab URLs through `tabs` instead.
      ...(mode === 'e2e' ? ['tabs'] : []),
    ],
    // The e2e build alone may reach the local test server: automation cannot grant activeTab.
    host_permissions: [...SCHOLAR_HOSTS, ...(mode === 'e2e' ? ['http://127.0.0.1/*'] : [])],
    action: { default_title: 'CV Lens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'cv-lens@example.org', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
