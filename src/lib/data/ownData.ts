/** Which parts of the shown dataset are the user's own (imported in this browser), for badges. */
export interface OwnData {
  mode: 'join' | 'replace';
  /** Report ids (manifest order) from the user's files. */
  reports: ReadonlySet<string>;
  /** The user's files as the build report names them. */
  files: ReadonlySet<string>;
  /** Agency ids with at least one of the user's reports. */
  agencies: ReadonlySet<string>;
  /** Bundled reports still shown (join mode). */
  bundledReports: number;
}
