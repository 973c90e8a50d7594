/**
 * The app's one piece of shared view state: the current `View` (what the URL holds), with
 * named changes. App.svelte writes it to the URL in one effect and reads it back on popstate.
 */
import { loadStrings, stringsLoaded } from '../i18n/loadStrings';
import { STRINGS, type Strings } from '../i18n/strings';
import { parseView, serializeView, type View, type ViewName } from './parseView';

export class ViewState {
  current = $state<View>() as View;
  /** Counts changes, so that a view waiting for its language's strings does not undo a later change. */
  #changes = 0;

  /** The language of `search` must be loaded (`loadStrings`) before the first view is made. */
  constructor(search: string) {
    this.current = parseView(search);
  }

  /** Interface strings in the current language. */
  get t(): Strings {
    return STRINGS[this.current.lang];
  }

  update(patch: Partial<View>): void {
    this.#show({ ...this.current, ...patch });
  }

  /** Switch view, keeping language, metric, agencies and filters. */
  go(view: ViewName, patch: Partial<View> = {}): void {
    this.update({ view, ...patch });
  }

  /** A link to this view with `patch` applied (for `<a href>`: open in a new tab works). */
  href(patch: Partial<View>): string {
    return serializeView({ ...this.current, ...patch }) || './';
  }

  /** Replace the whole view (back/forward). */
  replace(search: string): void {
    this.#show(parseView(search));
  }

  /** A view in another language waits for that language's strings (one small fetch, the first time). */
  #show(next: View): void {
    const change = ++this.#changes;
    if (stringsLoaded(next.lang)) {
      this.current = next;
      return;
    }
    void loadStrings(next.lang).then(() => {
      this.current = change === this.#changes ? next : { ...this.current, lang: next.lang };
    });
  }
}
