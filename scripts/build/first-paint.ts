import type { Plugin } from 'vite';

/**
 * What the popup requests before its first paint. The popup opens on every click of the toolbar
 * button, and each file it loads is a request through the browser's extension protocol handler
 * that the first render waits on. Left to itself, the bundler split the popup's modules by which
 * pages share them (five scripts) and each chunk's styles into a stylesheet of its own (three,
 * which hold back the module script too). Here the popup loads its own script, one script of the
 * modules it shares with the other pages, the bundler's runtime helpers and no stylesheet: every
 * page's styles are in its HTML.
 */

/** The part of Rolldown's chunking context this file reads (its ModuleInfo, narrowed). */
interface ModuleGraph {
  getModuleInfo(id: string): {
    isEntry: boolean;
    importers: readonly string[];
    dynamicImporters: readonly string[];
  } | null;
}

/** The entries reached from `id` going up its importers (and dynamic importers, when asked). */
function entriesAbove(graph: ModuleGraph, id: string, throughDynamic: boolean): Set<string> {
  const entries = new Set<string>();
  const seen = new Set([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const info = graph.getModuleInfo(next);
    if (!info) continue;
    if (info.isEntry) entries.add(next);
    const above = throughDynamic ? [...info.importers, ...info.dynamicImporters] : info.importers;
    for (const importer of above) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      queue.push(importer);
    }
  }
  return entries;
}

/** The name of the chunk holding what the popup shares with the other pages. */
const POPUP_SHARED_CHUNK = 'popup-shared';

/**
 * Rolldown's `output.codeSplitting` for the build of the extension's pages: every module the
 * popup (entry `popupEntry`) imports statically and another page also loads goes into one chunk.
 * The modules only the popup uses stay in its entry chunk, and what the popup imports lazily
 * (the PDF reader) keeps its own chunks. The other pages load this one chunk for the modules they
 * share with the popup: the options page and the PDF view load about 20 kB more than their own
 * split gave them, pages opened far less often than the popup.
 * Rolldown keeps its runtime helpers (CommonJS interop, 0.7 kB) in a chunk of their own, which no
 * group can capture: a third script.
 */
export function popupChunking(popupEntry: string) {
  return {
    groups: [
      {
        name: (id: string, graph: ModuleGraph): string | null => {
          const staticEntries = entriesAbove(graph, id, false);
          if (!staticEntries.has(popupEntry)) return null;
          const anyEntries = entriesAbove(graph, id, true);
          return anyEntries.size > 1 ? POPUP_SHARED_CHUNK : null;
        },
      },
    ],
  };
}

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*? href="\/([^"]+\.css)"[^>]*>/g;

/** Vite's table of the files each lazy import preloads (`__vite__mapDeps`), in a chunk's code. */
const LAZY_DEPENDENCIES = /m\.f=(\[[^\]]*\])/;
const LAZY_IMPORT_DEPENDENCIES = /__vite__mapDeps\(\[([\d,]*)\]\)/g;

/**
 * Removes `sheets` from the files a chunk's lazy imports preload. Vite's preload helper adds a
 * stylesheet a lazily loaded chunk needs unless a <link> to it is already in the page; a sheet put
 * into the page as <style> would be loaded a second time, after the page's own styles. The table
 * is indexed, so every import's list of indices is renumbered.
 */
function dropLazyStylesheets(code: string, sheets: ReadonlySet<string>): string {
  const table = LAZY_DEPENDENCIES.exec(code);
  if (!table) return code;
  const files = JSON.parse(table[1]!) as string[];
  const kept = files.filter((file) => !sheets.has(file));
  if (kept.length === files.length) return code;
  const newIndex = files.map((file) => kept.indexOf(file));
  return code
    .replace(LAZY_DEPENDENCIES, `m.f=${JSON.stringify(kept)}`)
    .replace(LAZY_IMPORT_DEPENDENCIES, (_call, indices: string) => {
      const renumbered = indices
        .split(',')
        .map((index) => newIndex[Number(index)]!)
        .filter((index) => index >= 0);
      return `__vite__mapDeps([${renumbered.join(',')}])`;
    });
}

/**
 * Puts each page's stylesheets into the page as <style> elements, in the order the links had
 * (so the cascade is the same), and drops the stylesheet files nothing else refers to. The
 * extension's pages allow inline styles (their content security policy restricts scripts only).
 * A sheet every page holds is dropped from the lazy imports' preloads too; a sheet only some
 * pages hold that a lazy import still asks for stops the build, since the pages holding it would
 * load it twice.
 */
export function inlinePageStyles(): Plugin {
  return {
    name: 'cv-lens:inline-page-styles',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const pages = Object.values(bundle).filter(
          (file) => file.type === 'asset' && file.fileName.endsWith('.html'),
        );
        const pagesHolding = new Map<string, number>();
        for (const page of pages) {
          if (page.type !== 'asset') continue;
          page.source = String(page.source).replace(STYLESHEET_LINK, (link, cssFile: string) => {
            const sheet = bundle[cssFile];
            if (!sheet || sheet.type !== 'asset') return link;
            pagesHolding.set(cssFile, (pagesHolding.get(cssFile) ?? 0) + 1);
            return `<style>${String(sheet.source).trim()}</style>`;
          });
        }
        const everyPageHolds = new Set(
          [...pagesHolding].filter(([, count]) => count === pages.length).map(([cssFile]) => cssFile),
        );
        const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));
        for (const chunk of chunks) chunk.code = dropLazyStylesheets(chunk.code, everyPageHolds);
        for (const cssFile of pagesHolding.keys()) {
          const askedFor = chunks
            .filter((chunk) => chunk.code.includes(cssFile))
            .map((chunk) => chunk.fileName);
          if (askedFor.length)
            this.error(`${cssFile} is in some pages' HTML, yet ${askedFor.join(', ')} would load it again`);
          delete bundle[cssFile];
        }
      },
    },
  };
}
