/**
 * pdfjs, loaded on first use only (its own chunk: the dashboard's first load never
 * fetches it). Its legacy build runs on Node 20 and in browsers alike. The worker
 * module is loaded alongside and handed to pdfjs through `globalThis.pdfjsWorker`,
 * so pdfjs parses in the calling thread — in the browser that is already the import
 * worker, off the page's main thread.
 */
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * Built-ins the legacy build's core-js replaces, for the whole process, where the engine lacks
 * an edge of the latest spec (on Node 20: `push` past 2³² elements, `JSON.rawJSON`, a reviver's
 * source text): its stand-ins are plain JavaScript and several times slower, which slowed pdfjs
 * and every parse after the first PDF. Neither pdfjs nor this project uses those edges, so the
 * engine's own are put back once pdfjs is loaded; what core-js adds (methods the engine lacks)
 * stays.
 */
const KEPT_NATIVE: [object, PropertyKey][] = [
  [Array.prototype, 'push'],
  [JSON, 'stringify'],
  [JSON, 'parse'],
  [Function.prototype, 'toString'],
];

let loading: Promise<Pdfjs> | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  if (loading) return loading;
  const natives = KEPT_NATIVE.map(([o, k]) => [o, k, Object.getOwnPropertyDescriptor(o, k)] as const);
  loading = Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]).then(
    ([pdfjs, worker]) => {
      for (const [o, k, d] of natives) if (d) Object.defineProperty(o, k, d);
      const g = globalThis as { pdfjsWorker?: unknown };
      g.pdfjsWorker ??= worker;
      return pdfjs;
    },
  );
  return loading;
}
