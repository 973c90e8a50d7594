/**
 * Issue 13, findings 8 and 10: every zip entry gets an outcome (`..` paths, a second entry of the
 * same name, `__proto__`, hidden files), and zip bombs are stopped while streaming, by the bytes
 * actually unpacked, whatever sizes the archive declares. Archives are built here.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expandZip } from './expandZip';

const txt = (s: string) => strToU8(s);

/** A stored (uncompressed) zip with the given entries in order, names as given (duplicates allowed). */
function storedZip(entries: [string, Uint8Array][]): Uint8Array {
  const parts: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  for (const [name, data] of entries) {
    const n = strToU8(name);
    const offset = parts.length;
    // CRC is not checked by the streaming reader for stored entries; 0 is fine here.
    const common = [...u16(20), ...u16(0x800), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(data.length), ...u32(data.length), ...u16(n.length), ...u16(0)];
    parts.push(...u32(0x04034b50), ...common, ...n, ...data);
    central.push(...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...n);
  }
  const cdOffset = parts.length;
  return new Uint8Array([...parts, ...central, ...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(central.length), ...u32(cdOffset), ...u16(0)]);
}

describe('every zip entry has an outcome', () => {
  it('.. paths, absolute paths, a second entry of the same name, __proto__ and hidden files', () => {
    const zip = storedZip([
      ['a.txt', txt('A')],
      ['../evil.txt', txt('E')],
      ['/abs.txt', txt('B')],
      ['a.txt', txt('again')],
      ['__proto__', txt('P')],
      ['.hidden/x.txt', txt('H')],
      ['.hidden/y.txt', txt('H')],
      ['dir/', new Uint8Array()],
    ]);
    const files = expandZip('z.zip', zip);
    expect(files.map((f) => [f.file, f.error ?? 'read'])).toEqual([
      ['z.zip/a.txt', 'read'],
      ['z.zip/../evil.txt', 'skipped: the path leaves the archive (.. or an absolute path)'],
      ['z.zip//abs.txt', 'skipped: the path leaves the archive (.. or an absolute path)'],
      ['z.zip/a.txt', 'skipped: a second entry of the same name in the archive'],
      ['z.zip/__proto__', 'read'],
      ['z.zip/.hidden', 'skipped: hidden folder'],
    ]);
    expect(new TextDecoder().decode(files[0].bytes)).toBe('A');
    expect(new TextDecoder().decode(files[4].bytes)).toBe('P');
  });
});

describe('zip bombs stop at the limit while streaming', () => {
  const zeros = new Uint8Array(8 * 1024 * 1024);
  const bomb = zipSync({ 'bomb.txt': zeros, 'ok.txt': txt('fine') }, { level: 9 });

  it('an entry that unpacks past its limit is refused; the other entries are read', () => {
    expect(bomb.length).toBeLessThan(64 * 1024);
    const files = expandZip('b.zip', bomb, { entry: () => 1024 * 1024 });
    expect(files.find((f) => f.file === 'b.zip/bomb.txt')?.error).toMatch(/^file too large/);
    expect(files.find((f) => f.file === 'b.zip/ok.txt')?.bytes.length).toBe(4);
  });

  it('a bomb that declares a small size is still stopped by the bytes actually unpacked', () => {
    const liar = bomb.slice();
    // Local header of the first entry: uncompressed size at offset 22 → 100 bytes.
    liar.set([100, 0, 0, 0], 22);
    const files = expandZip('l.zip', liar, { entry: () => 1024 * 1024 });
    expect(files.find((f) => f.file === 'l.zip/bomb.txt')?.error).toBe('file too large (unpacks to more than 1.0 MB)');
  });

  it('the archive stops at its total limit; later entries say so', () => {
    const many = zipSync({ 'a.txt': zeros, 'b.txt': zeros, 'c.txt': txt('c') }, { level: 9 });
    const files = expandZip('m.zip', many, { total: 10 * 1024 * 1024 });
    expect(files.map((f) => [f.file, f.error ?? 'read'])).toEqual([
      ['m.zip/a.txt', 'read'],
      ['m.zip/b.txt', 'not unpacked: the archive unpacks to more than 10.0 MB'],
      ['m.zip/c.txt', 'not unpacked: the archive unpacks to more than 10.0 MB'],
    ]);
  });

  it('bytes that are no zip give one error outcome', () => {
    expect(expandZip('x.zip', new Uint8Array([1, 2, 3]))).toEqual([{ file: 'x.zip', bytes: new Uint8Array(), error: expect.stringMatching(/^cannot read the zip/) }]);
  });
});
