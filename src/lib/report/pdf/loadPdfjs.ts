/**
 * pdfjs, loaded on first use only (its own chunk: the dashboard's first load never
 * fetches it). Its legacy build runs on Node 20 and in browsers alike. The worker
 * module is loaded alongside and handed to pdfjs through `globalThis.pdfjsWorker`,
 * so pdfjs parses in the calling thread — in the browser that is already the import
 * worker, off the page's main thread.
 */
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<Pdfjs> | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]).then(
    ([pdfjs, worker]) => {
      const g = globalThis as { pdfjsWorker?: unknown };
      g.pdfjsWorker ??= worker;
      return pdfjs;
    },
  );
  return loading;
}
