import type { PdfLinkInput } from '../../document/pdf-layout/types';
import type { PdfJsDocument, PdfJsViewport } from './pdfjs-types';
import { multiply } from './matrix';

/** pdf.js's AnnotationType.LINK. */
const LINK_TYPE = 2;
/** pdf.js's AnnotationFlag.INVISIBLE and NOVIEW: a link the viewer would not show. */
const NOT_VIEWED = 0x01 | 0x20;

export interface LinkAnnotation {
  url?: string;
  unsafeUrl?: string;
  rect: number[];
}

interface PagedLinkAnnotation extends LinkAnnotation {
  pageIndex: number;
}

function isViewedLink(a: unknown): a is PagedLinkAnnotation {
  if (typeof a !== 'object' || a === null) return false;
  const o = a as Record<string, unknown>;
  const flags = typeof o.annotationFlags === 'number' ? o.annotationFlags : 0;
  return (
    o.subtype === 'Link' &&
    typeof o.pageIndex === 'number' &&
    Array.isArray(o.rect) &&
    (typeof o.url === 'string' || typeof o.unsafeUrl === 'string') &&
    (flags & NOT_VIEWED) === 0
  );
}

/**
 * Every page's link annotations, by page number, in one request for the whole document. Not
 * page.getAnnotations(): since pdf.js 5.3 it extracts a page's whole text again to find the words
 * under each link (mozilla/pdf.js#21442), which nearly doubled the cost of reading a PDF with
 * links; getAnnotationsByType only parses the annotations. Same links, in the same order: the
 * viewer's (display intent) filter is kept, a link flagged invisible or not to be viewed is left out.
 */
export async function readLinkAnnotations(doc: PdfJsDocument): Promise<Map<number, LinkAnnotation[]>> {
  const byPage = new Map<number, LinkAnnotation[]>();
  for (const a of (await doc.getAnnotationsByType(new Set([LINK_TYPE]), new Set())) ?? []) {
    if (!isViewedLink(a)) continue;
    const pageNumber = a.pageIndex + 1;
    const links = byPage.get(pageNumber) ?? [];
    links.push(a);
    byPage.set(pageNumber, links);
  }
  return byPage;
}

/** A page's web and mail links in top-down page coordinates (see pdf-layout/types.ts). */
export function pageLinks(annotations: LinkAnnotation[], viewport: PdfJsViewport): PdfLinkInput[] {
  const links: PdfLinkInput[] = [];
  for (const a of annotations) {
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = a.rect;
    const p = multiply(viewport.transform, [1, 0, 0, 1, x1, y1]);
    const q = multiply(viewport.transform, [1, 0, 0, 1, x2, y2]);
    const href = a.url ?? a.unsafeUrl ?? '';
    if (!/^(https?:|mailto:|ftp:)/i.test(href)) continue;
    links.push({
      href,
      left: Math.min(p[4], q[4]),
      right: Math.max(p[4], q[4]),
      top: Math.min(p[5], q[5]),
      bottom: Math.max(p[5], q[5]),
    });
  }
  return links;
}
