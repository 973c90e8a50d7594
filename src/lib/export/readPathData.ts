/**
 * Reads SVG path data strictly, the way the export writes it (absolute M L Q C Z, numbers
 * separated by a space or by their own minus sign): each command with its numbers, or null when
 * the data is not well formed (unknown letter, wrong count of numbers, stray characters).
 * Used by tests to check every glyph outline the export can write.
 */
export interface ReadCommand {
  type: 'M' | 'L' | 'Q' | 'C' | 'Z';
  values: number[];
}

const ARITY: Record<string, number> = { M: 2, L: 2, Q: 4, C: 6, Z: 0 };

export function readPathData(d: string): ReadCommand[] | null {
  const out: ReadCommand[] = [];
  const token = /([MLQCZ])|(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)|( )|(.)/gy;
  let current: ReadCommand | null = null;
  let m: RegExpExecArray | null;
  while ((m = token.exec(d))) {
    if (m[4] !== undefined) return null;
    if (m[1]) {
      if (current && current.values.length !== ARITY[current.type]) return null;
      current = { type: m[1] as ReadCommand['type'], values: [] };
      out.push(current);
    } else if (m[2] !== undefined) {
      if (!current || current.values.length >= ARITY[current.type]) return null;
      current.values.push(Number(m[2]));
    }
  }
  if (current && current.values.length !== ARITY[current.type]) return null;
  return out;
}
