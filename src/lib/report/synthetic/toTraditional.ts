/** Simplified → traditional (OpenCC cn → tw), as the `traditional` render option prints a report. */
import { Converter } from 'opencc-js/cn2t';

let convert: ((s: string) => string) | null = null;

export function toTraditional(text: string): string {
  convert ??= Converter({ from: 'cn', to: 'tw' });
  return convert(text);
}
