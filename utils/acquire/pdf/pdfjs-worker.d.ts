/** pdf.js's legacy worker, imported in Node for what it sets up (globalThis.pdfjsWorker); it ships no types. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
