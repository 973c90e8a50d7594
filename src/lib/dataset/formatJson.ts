/** The one way generated JSON is written: 2-space indent, trailing newline, so rebuilds are byte-identical. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Datasets the app loads (manifest, metric files): one line, trailing newline. */
export function formatCompactJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
