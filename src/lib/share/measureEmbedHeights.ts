/**
 * The embed page's content height at every width, measured on the page itself: the embed is
 * loaded into a hidden iframe of this (same-origin) page, drawn, then narrowed and widened
 * (`findHeightSteps`) while its root's height is read. The host page then needs no script to
 * give the iframe the right height at any width (`calcLadderCss`). Resolves null if the page
 * cannot be measured (an error, or no drawing within the time limit); the caller keeps its
 * estimate then.
 */
import { findHeightSteps, type HeightStep } from './calcHeightLadder';

const READY = '[data-testid="chart"] svg, [data-testid="chart"] [data-empty], [role="alert"], [data-testid="embed-hint"]';
// Generous: a slow machine or network only delays the measured code; the estimate stands meanwhile.
const TIMEOUT_MS = 60_000;

export async function measureEmbedHeights(src: string, signal: AbortSignal): Promise<HeightStep[] | null> {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = 'measuring';
  // Off screen and tall enough never to scroll (a scrollbar would take width from the content).
  frame.style.cssText = 'position:fixed;left:-20000px;top:0;width:1280px;height:8000px;border:0;visibility:hidden;pointer-events:none';
  frame.src = src;
  document.body.append(frame);
  try {
    await new Promise<void>((resolve, reject) => {
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.addEventListener('error', () => reject(new Error('embed page did not load')), { once: true });
    });
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    const frameTick = () => new Promise<void>((r) => win.requestAnimationFrame(() => r()));
    const started = performance.now();
    const root = () => doc.querySelector<HTMLElement>('.embed-root');
    // Drawn: the chart (or its empty or error message) is there and the fonts are in. Not given
    // up when aborted meanwhile: removing the frame would cut its fetches off half-way.
    while (!root()?.querySelector(READY)) {
      if (performance.now() - started > TIMEOUT_MS) return null;
      await new Promise((r) => setTimeout(r, 50));
    }
    if (signal.aborted || root()!.querySelector('[role="alert"]')) return null;
    await doc.fonts.ready;
    const stableHeight = async () => {
      let last = -1;
      for (let i = 0; i < 30; i++) {
        await frameTick();
        const h = root()!.getBoundingClientRect().height;
        if (h === last) return h;
        last = h;
      }
      return last;
    };
    await stableHeight();
    return await findHeightSteps(async (width) => {
      if (signal.aborted) throw new DOMException('aborted', 'AbortError');
      frame.style.width = `${width}px`;
      return stableHeight();
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return null;
    throw e;
  } finally {
    frame.remove();
  }
}
