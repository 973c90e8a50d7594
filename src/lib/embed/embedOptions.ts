/**
 * What the embed page reads from its URL beyond the dashboard's view: theme and whether to show
 * its controls. Defaults (auto theme, controls shown) are left out of the URL, like the view's.
 */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
  theme: Theme;
  /** Show the table toggle and download buttons. */
  controls: boolean;
}

export const DEFAULT_EMBED: EmbedOptions = { theme: 'auto', controls: true };

export function parseEmbedOptions(search: string): EmbedOptions {
  const p = new URLSearchParams(search);
  const theme = p.get('theme');
  return {
    theme: (THEMES as readonly string[]).includes(theme ?? '') ? (theme as Theme) : DEFAULT_EMBED.theme,
    controls: p.get('controls') !== '0',
  };
}

/** The view's query string with the embed options appended (only those that differ from the default). */
export function serializeEmbedSearch(viewSearch: string, options: EmbedOptions): string {
  const extra = new URLSearchParams();
  if (options.theme !== DEFAULT_EMBED.theme) extra.set('theme', options.theme);
  if (!options.controls) extra.set('controls', '0');
  const tail = extra.toString();
  if (!tail) return viewSearch;
  return viewSearch ? `${viewSearch}&${tail}` : `?${tail}`;
}
