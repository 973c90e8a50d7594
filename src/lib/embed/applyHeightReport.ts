/**
 * Inside an iframe, tells the parent page the height of `el` whenever it changes, with
 * postMessage (`{ type: 'gov-disclosure-embed:height', height }`); `embed-resize.js` on the host
 * page applies it. Outside an iframe it does nothing. Returns the cleanup.
 */
export const HEIGHT_MESSAGE = 'gov-disclosure-embed:height';

export function applyHeightReport(el: HTMLElement): () => void {
  if (window.parent === window) return () => {};
  let last = -1;
  const send = () => {
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(el);
  send();
  return () => observer.disconnect();
}
