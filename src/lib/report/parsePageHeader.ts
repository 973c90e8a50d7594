/**
 * The header block a site crawler writes before a saved page's text
 * (`标题: …`, `发布时间: …`, `发布机构: …`, `原文链接: …`, then `==== 正文 ====`).
 * Only what the page's metadata says about the report: its publisher.
 * The 发布时间 is when the site posted the page, not the signature date, and is not read.
 */
import type { TextDocument } from './textDocument';

export interface PageHeader {
  /** 发布机构, when the page names one. */
  publisher: string | null;
}

const HEADER_LINES = 16;
const FIELD = /^\s*([\u4e00-\u9fa5]{2,6})\s*[:：]\s*(.*?)\s*$/;
const BODY_START = /^\s*={3,}\s*正文\s*={3,}\s*$/;

export function parsePageHeader(doc: TextDocument): PageHeader {
  const fields = new Map<string, string>();
  const n = Math.min(doc.lines.length, HEADER_LINES);
  for (let i = 0; i < n; i++) {
    const text = doc.lines[i].text;
    if (BODY_START.test(text)) return { publisher: fields.get('发布机构') || null };
    const m = FIELD.exec(text);
    if (m) fields.set(m[1], m[2]);
  }
  return { publisher: null };
}
