/**
 * The slice of pdf.js this acquirer uses, as structural types. The module itself is injected
 * (Node: pdfjs-dist/legacy/build/pdf.mjs; extension pages: pdfjs-dist with a worker URL), so
 * nothing here imports pdf.js and either build satisfies these types.
 */

export interface PdfJsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

export interface PdfJsTextContent {
  items: unknown[];
  /** fontName: the font's real name, written by the patched worker (worker-patch.ts). */
  styles: Record<string, { ascent?: number; fontFamily?: string; fontName?: string }>;
}

export interface PdfJsViewport {
  transform: number[];
  width: number;
  height: number;
}

export interface PdfJsPage {
  getViewport(params: { scale: number }): PdfJsViewport;
  getTextContent(): Promise<PdfJsTextContent>;
  /** annotationMode 0 (pdf.js's AnnotationMode.DISABLE): the page's own content, no annotation appearances. */
  getOperatorList(params?: { annotationMode?: number }): Promise<unknown>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
  cleanup(): boolean;
}

export interface PdfJsDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfJsPage>;
  /** Every page's annotations of these types (pdf.js's AnnotationType), each with its pageIndex. */
  getAnnotationsByType(types: Set<number>, pageIndexesToSkip: Set<number>): Promise<unknown[] | null>;
  getMetadata(): Promise<{ info: unknown }>;
  destroy(): Promise<void>;
}

export interface PdfJsLoadingTask {
  promise: Promise<PdfJsDocument>;
  destroy(): Promise<void>;
}

export interface PdfJsLib {
  getDocument(params: {
    data: Uint8Array;
    isEvalSupported: boolean;
    verbosity: number;
    stopAtErrors?: boolean;
    cMapUrl?: string;
    cMapPacked?: boolean;
    /** Images of more pixels are left out of operator lists (0: every image; -1: none). */
    maxImageSize?: number;
  }): PdfJsLoadingTask;
}
