/** Issue 13, finding 10: an import worker that dies ends the import as failed, with a message, and a retry starts a new worker. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportSession } from './importSession.svelte';

/** A worker that throws (as an out-of-memory or a script error does) the first time it is sent anything. */
class DyingWorker {
  static started = 0;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor() {
    DyingWorker.started++;
  }
  postMessage() {
    const n = DyingWorker.started;
    setTimeout(() => {
      if (n === 1) this.onerror?.({ message: 'Out of memory', preventDefault() {} } as ErrorEvent);
      else this.onmessage?.({ data: { type: 'failed', message: 'second worker answered' } } as MessageEvent);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('ImportSession and a dying worker', () => {
  it('reports the failure, stops running, and a retry gets a fresh worker', async () => {
    vi.stubGlobal('Worker', DyingWorker);
    vi.stubGlobal('document', { baseURI: 'http://localhost/' });
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 0));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
    const session = new ImportSession();
    expect(await session.rebuild('replace')).toBe(false);
    expect(session.running).toBe(false);
    expect(session.error).toContain('the import worker failed (Out of memory)');
    expect(session.error).toContain('you can retry');
    await session.rebuild('replace');
    expect(DyingWorker.started).toBe(2);
    expect(session.error).toBe('second worker answered');
  });
});
