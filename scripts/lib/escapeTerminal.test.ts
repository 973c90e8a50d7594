import { describe, expect, it } from 'vitest';
import { escapeTerminal } from './escapeTerminal';

describe('escapeTerminal', () => {
  it.each([
    ['a\u001b[2Jb.txt', 'a\\u{1b}[2Jb.txt'],
    ['x\ny\r', 'x\\u{a}y\\u{d}'],
    ['\u202egnp.txt', '\\u{202e}gnp.txt'],
    ['\u0085', '\\u{85}'],
    ['济源 2021.txt', '济源 2021.txt'],
  ])('%j is printed as %j', (input, out) => expect(escapeTerminal(input)).toBe(out));
});
