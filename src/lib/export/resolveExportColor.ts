/**
 * A chart colour written as CSS for the page (`var(--c2)`, `var(--muted)`,
 * `color-mix(in srgb, var(--c1) 82%, var(--bg))`) as the hex colour of the light export palette.
 */
import { EXPORT_COLORS as C } from './exportPalette';

const VARS: Record<string, string> = { bg: C.bg, fg: C.fg, muted: C.muted, line: C.line, ...Object.fromEntries(C.series.map((c, i) => [`c${i}`, c])) };

const hex = (v: string) => (v.startsWith('#') ? v : VARS[/var\(--([\w-]+)\)/.exec(v)?.[1] ?? ''] ?? C.muted);

export function resolveExportColor(css: string): string {
  const mix = /color-mix\(in srgb,\s*(.+?)\s+(\d+(?:\.\d+)?)%,\s*(.+?)\)$/.exec(css.trim());
  if (!mix) return hex(css.trim());
  const a = hex(mix[1]);
  const b = hex(mix[3]);
  const p = Number(mix[2]) / 100;
  const ch = (c: string, i: number) => parseInt(c.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2].map((i) => Math.round(ch(a, i) * p + ch(b, i) * (1 - p)).toString(16).padStart(2, '0')).join('')}`;
}
