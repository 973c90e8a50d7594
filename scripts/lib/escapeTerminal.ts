/**
 * Text from input files (file names, errors quoting them) as printed to a terminal: C0/C1 control
 * characters, DEL and bidirectional overrides/isolates become visible `\u{…}` escapes, so that a
 * name cannot move the cursor, clear the screen or reorder the line.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
