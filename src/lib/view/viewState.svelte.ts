/**
 * The app's one piece of shared view state: the current `View` (what the URL holds), with
 * named changes. App.svelte writes it to the URL in one effect and reads it back on popstate.
 */
import { STRINGS, type Strings } from '../i18n/strings';
import { parseView, serializeView, type View, type ViewName } from './parseView';

export class ViewState {
  current = $state<View>() as View;

  constructor(search: string) {
    this.current = parseView(search);
  }

  /** Interface strings in the current language. */
  get t(): Strings {
    return STRINGS[this.current.lang];
  }

  update(patch: Partial<View>): void {
    this.current = { ...this.current, ...patch };
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
    this.current = parseView(search);
  }
}
