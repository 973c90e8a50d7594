/**
 * PDF bytes → the text items of its first `maxPages` pages, with pdfjs's page geometry: the page
 * tree walked in order, `/Resources` inherited (merged level by level, nearest first, as pdfjs
 * merges them), `/MediaBox` and `/CropBox` inherited and intersected into the page's view, the
 * content stream or streams concatenated, text run through `extractTextItems`. Throws
 * `DeclinedPdf` for anything it does not read for sure; the reader then uses pdfjs.
 */
import { decline } from './DeclinedPdf';
import { extractTextItems, type ExtractContext } from './extractTextItems';
import type { PdfFont } from './loadFont';
import { PdfFile } from './PdfFile';
import { isDict, PdfStream, type PdfDict, type PdfValue } from './pdfValue';
import { createTextState } from './textState';
import type { PdfTextItem } from '../toTokens';

export interface ExtractedPage {
  /** pdfjs's `page.view`: [x0, y0, x1, y1]. */
  view: number[];
  items: PdfTextItem[];
  paintsImage: boolean;
}

export interface ExtractedPdf {
  pageCount: number;
  pages: ExtractedPage[];
}

const LETTER = [0, 0, 612, 792];
const INHERITED = ['Resources', 'MediaBox', 'CropBox'] as const;

function normalBox(v: PdfValue | undefined, file: PdfFile): number[] | null {
  const box = Array.isArray(v) ? v.map((x) => file.resolve(x)) : null;
  if (!box || box.length !== 4 || !box.every((x) => typeof x === 'number')) return null;
  const [a, b, c, d] = box as number[];
  const r = [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
  return r[2] - r[0] > 0 && r[3] - r[1] > 0 ? r : null;
}

function intersect(r1: number[], r2: number[]): number[] | null {
  const xLow = Math.max(Math.min(r1[0], r1[2]), Math.min(r2[0], r2[2]));
  const xHigh = Math.min(Math.max(r1[0], r1[2]), Math.max(r2[0], r2[2]));
  if (xLow > xHigh) return null;
  const yLow = Math.max(Math.min(r1[1], r1[3]), Math.min(r2[1], r2[3]));
  const yHigh = Math.min(Math.max(r1[1], r1[3]), Math.max(r2[1], r2[3]));
  if (yLow > yHigh) return null;
  return [xLow, yLow, xHigh, yHigh];
}

/** Resources found on several levels of the tree, merged as pdfjs's Dict.merge does (nearest first, sub-dictionaries merged). */
function mergeResources(file: PdfFile, levels: PdfDict[]): PdfDict {
  if (levels.length === 1) return levels[0];
  const merged: PdfDict = new Map();
  for (const level of levels) {
    for (const [key, value] of level) {
      const mine = file.resolve(merged.get(key));
      const theirs = file.resolve(value);
      if (mine === undefined) merged.set(key, value);
      else if (isDict(mine) && isDict(theirs)) {
        const sub: PdfDict = new Map(mine);
        for (const [k, v] of theirs) if (!sub.has(k)) sub.set(k, v);
        merged.set(key, sub);
      }
    }
  }
  return merged;
}

export function extractPdfPages(bytes: Uint8Array, maxPages: number): ExtractedPdf {
  const file = new PdfFile(bytes);
  const root = file.get(file.trailer, 'Root');
  if (!isDict(root)) return decline('no catalog');
  const tree = file.get(root, 'Pages');
  if (!isDict(tree)) return decline('no page tree');
  const count = file.get(tree, 'Count');
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return decline('bad page count');

  // Leaves in order, each with the inheritable values of its ancestors, nearest first.
  const leaves: { dict: PdfDict; inherited: Record<(typeof INHERITED)[number], PdfValue[]> }[] = [];
  const visiting = new Set<PdfDict>();
  const walk = (node: PdfDict, above: Record<(typeof INHERITED)[number], PdfValue[]>) => {
    if (visiting.has(node) || leaves.length > count) return decline('page tree loops or overflows');
    visiting.add(node);
    const here = { ...above };
    for (const key of INHERITED) {
      const v = file.get(node, key);
      if (v !== undefined) here[key] = [v, ...above[key]];
    }
    const kids = file.get(node, 'Kids');
    if (Array.isArray(kids)) {
      for (const kid of kids) {
        const k = file.resolve(kid);
        if (!isDict(k)) return decline('page tree kid is not a dictionary');
        walk(k, here);
      }
    } else leaves.push({ dict: node, inherited: here });
  };
  walk(tree, { Resources: [], MediaBox: [], CropBox: [] });
  if (leaves.length !== count) return decline('page count disagrees with the page tree');

  const fonts = new Map<PdfDict, PdfFont>();
  const pages: ExtractedPage[] = [];
  for (const leaf of leaves.slice(0, maxPages)) {
    const media = normalBox(leaf.inherited.MediaBox[0], file) ?? LETTER;
    const crop = normalBox(leaf.inherited.CropBox[0], file) ?? media;
    let view = media;
    if (crop !== media && crop.some((x, i) => x !== media[i])) {
      const box = intersect(crop, media);
      if (box && box[2] - box[0] > 0 && box[3] - box[1] > 0) view = box;
    }
    const resourceLevels = leaf.inherited.Resources.filter(isDict);
    const resources = resourceLevels.length ? mergeResources(file, resourceLevels) : new Map();
    const contents = file.get(leaf.dict, 'Contents');
    const streams = Array.isArray(contents) ? contents.map((c) => file.resolve(c)) : contents === undefined ? [] : [contents];
    const parts: Uint8Array[] = [];
    for (const s of streams) {
      if (!(s instanceof PdfStream)) return decline('page content is not a stream');
      if (s.dict.has('Resources')) return decline('content stream with resources of its own');
      parts.push(file.streamBytes(s));
    }
    const content = parts.length === 1 ? parts[0] : concat(parts);
    const ctx: ExtractContext = { file, fonts, viewBox: view, items: [], paintsImage: false };
    extractTextItems(ctx, content, resources, createTextState(), new Set());
    pages.push({ view, items: ctx.items, paintsImage: ctx.paintsImage });
  }
  return { pageCount: count, pages };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
