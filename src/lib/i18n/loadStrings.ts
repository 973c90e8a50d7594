/**
 * The interface strings of one language, fetched when the language is first needed: the page
 * loads only its reader's language (the embed's JS budget has no room for both). `STRINGS`,
 * `CHART_STRINGS`, `SHARE_STRINGS` and `TREND_STRINGS` are filled here; the entry points wait
 * for the page's language before mounting, and `ViewState` switches language only once its
 * strings are in.
 */
import type { Lang } from '../view/parseView';
import { STRINGS } from './strings';
import { CHART_STRINGS } from './stringsCharts';
import { SHARE_STRINGS } from './stringsShare';
import { TREND_STRINGS } from './stringsTrends';

const pending = new Map<Lang, Promise<void>>();

export const stringsLoaded = (lang: Lang): boolean => lang in STRINGS;

export function loadStrings(lang: Lang): Promise<void> {
  let done = pending.get(lang);
  if (!done) {
    done = (lang === 'zh' ? import('./stringsBundleZh') : import('./stringsBundleEn')).then((b) => {
      STRINGS[lang] = b.strings;
      CHART_STRINGS[lang] = b.charts;
      SHARE_STRINGS[lang] = b.share;
      TREND_STRINGS[lang] = b.trends;
    });
    // A failed fetch (offline, a redeployed site) may be retried by the next call.
    done.catch(() => pending.delete(lang));
    pending.set(lang, done);
  }
  return done;
}
