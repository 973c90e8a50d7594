/**
 * What every view needs, shared by App.svelte through a typed context: the view ui (URL), the
 * core manifest (`core.json`) and the data cache. The views that list every agency or report
 * (Agency, Compare, Quality) are rendered inside `FullManifest.svelte`, which loads `manifest.json`
 * and adds it with its lookups: they read it with `getFullContext`.
 */
import { createContext } from 'svelte';
import type { ManifestIndex } from '../data/calcManifestIndex';
import type { DataCache } from '../data/dataCache';
import type { OwnData } from '../data/ownData';
import type { CoreManifest, Manifest } from '../data/types';
import type { ViewState } from '../view/viewState.svelte';

export interface AppContext {
  ui: ViewState;
  core: CoreManifest;
  data: DataCache;
  /** The user's own reports when an imported dataset is shown, else null. */
  own?: OwnData | null;
  /** Every agency and report: set inside `FullManifest.svelte` only. */
  manifest?: Manifest;
  index?: ManifestIndex;
}

export type FullContext = AppContext & { manifest: Manifest; index: ManifestIndex };

export const [getAppContext, setAppContext] = createContext<AppContext>();

/** The context of a view rendered inside `FullManifest.svelte`. */
export function getFullContext(): FullContext {
  const c = getAppContext();
  if (!c.manifest || !c.index) throw new Error('manifest.json is not loaded here: render this view inside FullManifest');
  return c as FullContext;
}
