/**
 * What every view needs, shared by App.svelte through a typed context: the view ui (URL),
 * the manifest with its lookups, and the data cache.
 */
import { createContext } from 'svelte';
import type { ManifestIndex } from '../data/calcManifestIndex';
import type { DataCache } from '../data/dataCache';
import type { OwnData } from '../data/ownData';
import type { Manifest } from '../data/types';
import type { ViewState } from '../view/viewState.svelte';

export interface AppContext {
  ui: ViewState;
  manifest: Manifest;
  index: ManifestIndex;
  data: DataCache;
  /** The user's own reports when an imported dataset is shown, else null. */
  own?: OwnData | null;
}

export const [getAppContext, setAppContext] = createContext<AppContext>();
