import type { PdfPageInput, PdfTextInput } from '../../document/pdf-layout/types';
import { pageLinks, type LinkAnnotation } from './link-annotations';
import { multiply } from './matrix';
import type { PdfJsPage, PdfJsTextContent, PdfJsTextItem } from './pdfjs-types';

function isTextItem(item: unknown): item is PdfJsTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/**
 * pdf.js's AnnotationMode.DISABLE. The fonts of a page's text are those of its own content, so its
 * operator list is built without the annotations' appearance streams (link borders, form fields).
 */
const WITHOUT_ANNOTATIONS = { annotationMode: 0 };

/**
 * Real font names ("LMRoman10-Bold") by pdf.js font id. Text content names fonts only by id. The
 * worker, in Node and in the extension, writes each font's name into its text style
 * (worker-patch.ts); for a font a style does not name, pdf.js sends the names to commonObjs only
 * while it builds a page's operator list, so that is done for pages that use such a font not seen
 * before (fonts are shared across pages).
 */
export class FontNames {
  private readonly names = new Map<string, string>();

  async load(page: PdfJsPage, ids: ReadonlySet<string>, styles: PdfJsTextContent['styles']): Promise<void> {
    for (const id of ids) {
      const named = styles[id]?.fontName;
      if (typeof named === 'string' && !this.names.has(id)) this.names.set(id, named);
    }
    const missing = [...ids].filter((id) => !this.names.has(id));
    if (missing.length === 0) return;
    if (!missing.every((id) => page.commonObjs.has(id))) await page.getOperatorList(WITHOUT_ANNOTATIONS);
    for (const id of missing) {
      const font = page.commonObjs.has(id) ? page.commonObjs.get(id) : null;
      const name = typeof font === 'object' && font !== null && 'name' in font ? font.name : null;
      this.names.set(id, typeof name === 'string' ? name : id);
    }
  }

  name(id: string): string {
    return this.names.get(id) ?? id;
  }
}

/** A page's text items and links in top-down page coordinates (see pdf-layout/types.ts). */
export async function readPage(
  page: PdfJsPage,
  pageNumber: number,
  fonts: FontNames,
  linkAnnotations: LinkAnnotation[],
): Promise<PdfPageInput> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const raw = content.items.filter(isTextItem).filter((it) => it.str.length > 0);
  await fonts.load(page, new Set(raw.filter((it) => it.str.trim()).map((it) => it.fontName)), content.styles);
  const items: PdfTextInput[] = [];
  for (const it of raw) {
    const m = multiply(viewport.transform, it.transform);
    const size = Math.abs(m[3]);
    // Only horizontal text: rotated margin notes and watermarks are not CV content. A shear
    // (x moving with height) is not a rotation: word processors draw synthetic italics so.
    if (!(size > 0) || Math.abs(m[1]) > size * 0.05 || Math.abs(m[2]) > size * 0.5 || m[0] <= 0 || m[3] >= 0)
      continue;
    const slanted = Math.abs(m[2]) > size * 0.05;
    const ascent = content.styles[it.fontName]?.ascent ?? 0;
    items.push({
      text: it.str,
      x: m[4],
      baseline: m[5],
      width: it.width,
      fontSize: size,
      ascent: ascent > 0.5 && ascent < 1.2 ? ascent : 0.75,
      fontName: fonts.name(it.fontName),
      slanted,
    });
  }
  return {
    page: pageNumber,
    width: viewport.width,
    height: viewport.height,
    items,
    links: pageLinks(linkAnnotations, viewport),
  };
}
