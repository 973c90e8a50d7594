/**
 * Okabe–Ito, the colour-blind-safe palette, as CSS variables (`--c0` … `--c5`, set in app.css
 * with lighter variants for dark mode). Layouts hand out indexes; marks use `seriesColor(i)`.
 */
export const SERIES_COLORS = 6;

export const seriesColor = (i: number) => `var(--c${i % SERIES_COLORS})`;
