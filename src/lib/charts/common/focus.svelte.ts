/** The mark a reader points at or tabs to; the chart's HTML layer shows its tooltip. */
export class Focus<T> {
  // Raw: marks are compared by identity, and a deep proxy would not be the same object.
  current = $state.raw<T | null>(null);

  set(mark: T): void {
    this.current = mark;
  }

  /** Clear, but only if `mark` is still the focused one (blur of an old mark after focus of a new one). */
  clear(mark?: T): void {
    if (mark === undefined || this.current === mark) this.current = null;
  }
}
