/**
 * Click handler for in-app links: a plain click updates the view in place; a click with a
 * modifier (new tab, new window) is left to the browser, which opens the link's URL.
 */
export function navigate(e: MouseEvent, go: () => void): void {
  if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
  e.preventDefault();
  go();
}
