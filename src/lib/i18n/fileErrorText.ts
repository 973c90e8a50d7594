/** A file's error outcome in the page's language: the parser's lines for formats it does not read, and the PDF reader's, have Chinese words; other lines stay as written. */
import { pdfErrorZh } from '../report/pdf/pdfErrorZh';
import { unreadMessageZh } from '../report/unreadFormats';
import type { Lang } from '../view/parseView';

export function fileErrorText(error: string, lang: Lang): string {
  return lang === 'zh' ? (unreadMessageZh(error) ?? pdfErrorZh(error) ?? error) : error;
}
