/** A file's error outcome in the page's language: the parser's lines for formats it does not read have Chinese words; other lines stay as written. */
import { unreadMessageZh } from '../report/unreadFormats';
import type { Lang } from '../view/parseView';

export function fileErrorText(error: string, lang: Lang): string {
  return lang === 'zh' ? (unreadMessageZh(error) ?? error) : error;
}
