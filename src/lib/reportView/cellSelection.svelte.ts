/** The cell whose evidence is shown: a dot path into the report, or null. */
export class CellSelection {
  path = $state<string | null>(null);

  /** Select a cell; picking the selected one again closes it. */
  toggle(path: string): void {
    this.path = this.path === path ? null : path;
  }

  clear(): void {
    this.path = null;
  }
}
