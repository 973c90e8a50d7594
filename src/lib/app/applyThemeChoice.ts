/**
 * The dashboard's colour theme as the reader chose it (auto = the system's setting), kept in
 * localStorage so the choice survives a reload, and applied on `<html data-theme>` like the
 * embed's `?theme=`. Storage may be unavailable (private mode, blocked): then the choice lasts
 * for the page only.
 */
import { THEMES, type Theme } from '../embed/embedOptions';

export const THEME_KEY = 'gov-disclosure-theme';

export function readThemeChoice(): Theme {
  try {
    const stored = localStorage.getItem(THEME_KEY);
    return (THEMES as readonly string[]).includes(stored ?? '') ? (stored as Theme) : 'auto';
  } catch {
    return 'auto';
  }
}

export function applyThemeChoice(theme: Theme, remember = true): void {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  if (!remember) return;
  try {
    if (theme === 'auto') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Not stored: the page keeps the theme until it is left.
  }
}
