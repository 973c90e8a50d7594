/**
 * A name from a report (an agency, a file) as the app shows it. Untrusted text: C0 and C1
 * control characters, bidirectional embeddings, overrides and isolates, lone surrogates and
 * non-characters are dropped (line breaks and tabs become spaces), and past `max` characters the
 * name is clipped with … — the whole cleaned name is then the `title`, for a tooltip. Markup shows
 * `text` inside `<bdi>` (the `Name` component); plain text (aria labels, sentences, labels that
 * carry the year) uses `plainName`, isolated by U+2068…U+2069, so a right-to-left name cannot
 * reorder the year or the words beside it.
 */

/** Names shown whole up to this many characters (real agency names are under 60). */
export const NAME_SHOWN_CHARS = 60;
/** File paths (a zip's folders, then the file's name) are shown longer. */
export const FILE_SHOWN_CHARS = 120;
/** A title longer than this is itself clipped: a tooltip of megabytes helps nobody. */
const TITLE_CHARS = 2000;

const DROPPED =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPACES = /[\t\n\r\u2028\u2029]+/g;

export interface DisplayName {
  /** The cleaned name, clipped to `max` characters plus … when longer. */
  text: string;
  /** The whole cleaned name when `text` is clipped, else undefined (no tooltip needed). */
  title: string | undefined;
}

const CHUNK = 1024;

/** `text` without the characters the app never shows, cut after `limit` code points (…): reads only as much as it keeps. */
function clean(text: string, limit: number): { text: string; clipped: boolean } {
  let kept = '';
  let at = 0;
  while (at < text.length && Array.from(kept.trimStart()).length <= limit) {
    let end = Math.min(text.length, at + CHUNK);
    if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1])) end++; // a surrogate pair stays whole
    kept += text.slice(at, end).replace(SPACES, ' ').replace(DROPPED, '');
    at = end;
  }
  const chars = Array.from(kept.trim());
  if (chars.length <= limit) return { text: chars.join(''), clipped: false };
  return { text: `${chars.slice(0, limit).join('').trimEnd()}…`, clipped: true };
}

export function displayName(name: string, max: number = NAME_SHOWN_CHARS): DisplayName {
  const shown = clean(name, max);
  return { text: shown.text, title: shown.clipped ? clean(name, TITLE_CHARS).text : undefined };
}

/** `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: its direction stays inside. */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/** A name for plain text: cleaned, clipped and isolated. */
export const plainName = (name: string, max: number = NAME_SHOWN_CHARS) => isolate(displayName(name, max).text);

/** `text` without the isolates `plainName` adds (for CSV cells, which are data, not display). */
export const stripIsolates = (text: string) => text.replace(/[\u2068\u2069]/g, '');

/** The whole cleaned name, for a `title` where CSS may clip the shown text. */
export const titleName = (name: string) => {
  const shown = displayName(name);
  return shown.title ?? shown.text;
};
