/**
 * Colours of exported charts: always the light theme (images go on paper and into articles),
 * the same values as app.css's light `:root` — Okabe–Ito for series.
 */
export const EXPORT_COLORS = {
  bg: '#ffffff',
  fg: '#1a1a1a',
  muted: '#5e6570',
  line: '#d5d9de',
  series: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'],
} as const;

export const exportSeriesColor = (i: number) => EXPORT_COLORS.series[i % EXPORT_COLORS.series.length];
