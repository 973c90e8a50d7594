/**
 * Files people will try that the parser does not read, each with a one-line outcome naming
 * the format and what to do, in English (the build report's words) and Chinese (shown by the
 * app in place of the English line).
 */

export type UnreadKind =
  | 'doc'
  | 'wps'
  | 'rtf'
  | 'odt'
  | 'ofd'
  | 'spreadsheet'
  | 'presentation'
  | 'image'
  | 'encryptedOffice'
  | 'mhtml'
  | 'caj'
  | 'archive';

interface UnreadMessage {
  en: (ext: string) => string;
  zh: (ext: string) => string;
}

export const UNREAD_MESSAGES: Record<UnreadKind, UnreadMessage> = {
  doc: {
    en: () => 'Word 97–2003 .doc is not read: save it as .docx or PDF',
    zh: () => '不读取 Word 97–2003 的 .doc 文件：请另存为 .docx 或 PDF',
  },
  wps: {
    en: () => 'WPS .wps is not read: save it as .docx or PDF in WPS',
    zh: () => '不读取 WPS 的 .wps 文件：请在 WPS 中另存为 .docx 或 PDF',
  },
  rtf: {
    en: () => 'RTF is not read: save it as .docx or PDF',
    zh: () => '不读取 RTF 文件：请另存为 .docx 或 PDF',
  },
  odt: {
    en: () => 'OpenDocument .odt is not read: save it as .docx or PDF',
    zh: () => '不读取 OpenDocument 的 .odt 文件：请另存为 .docx 或 PDF',
  },
  ofd: {
    en: () => 'OFD is not read: print or export it as PDF',
    zh: () => '不读取 OFD 版式文件：请打印或导出为 PDF',
  },
  spreadsheet: {
    en: (ext) => `a spreadsheet (${ext}) is not read: use the report itself (web page, PDF or .docx)`,
    zh: (ext) => `不读取电子表格（${ext}）：请使用报告本身（网页、PDF 或 .docx）`,
  },
  presentation: {
    en: (ext) => `a presentation (${ext}) is not read: use the report itself (web page, PDF or .docx)`,
    zh: (ext) => `不读取演示文稿（${ext}）：请使用报告本身（网页、PDF 或 .docx）`,
  },
  image: {
    en: (ext) => `a ${ext.slice(1).toUpperCase()} image is not read (no text, no OCR): use the report as a web page, PDF or .docx`,
    zh: (ext) => `不读取图片（${ext}，无文字，不做 OCR）：请使用报告的网页、PDF 或 .docx 版本`,
  },
  encryptedOffice: {
    en: () => 'a password-protected Office document is not read: remove the password in Word and save it again',
    zh: () => '不读取有密码保护的 Office 文档：请在 Word 中取消密码后重新保存',
  },
  mhtml: {
    en: () => 'a single-file web archive (.mht) is not read: save the page as .html, or the report as .docx or PDF',
    zh: () => '不读取单一文件网页（.mht）：请将网页另存为 .html，或将报告另存为 .docx 或 PDF',
  },
  caj: {
    en: () => 'CAJ is not read: save or print it as PDF',
    zh: () => '不读取 CAJ 文件：请另存或打印为 PDF',
  },
  archive: {
    en: (ext) => `an archive (${ext}) is not read here: unpack it, or use a .zip in Import reports`,
    zh: (ext) => `此处不读取压缩包（${ext}）：请先解压，或在“导入报告”中使用 .zip`,
  },
};

/** File extensions whose outcome is one of the messages above (so a corpus listing includes them). */
export const UNREAD_EXTENSIONS: Record<string, UnreadKind> = {
  doc: 'doc',
  dot: 'doc',
  wps: 'wps',
  wpt: 'wps',
  rtf: 'rtf',
  odt: 'odt',
  ofd: 'ofd',
  xls: 'spreadsheet',
  xlsx: 'spreadsheet',
  xlsm: 'spreadsheet',
  et: 'spreadsheet',
  ods: 'spreadsheet',
  ppt: 'presentation',
  pptx: 'presentation',
  dps: 'presentation',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  bmp: 'image',
  tif: 'image',
  tiff: 'image',
  webp: 'image',
  heic: 'image',
  mht: 'mhtml',
  mhtml: 'mhtml',
  caj: 'caj',
  rar: 'archive',
  '7z': 'archive',
};

export function unreadMessage(kind: UnreadKind, ext: string): string {
  return UNREAD_MESSAGES[kind].en(ext);
}

/** The Chinese line of an outcome that is one of these messages, else null (the line stays as it is). */
export function unreadMessageZh(error: string): string | null {
  const ext = /\((\.[a-z0-9]+)\)|^a ([A-Z0-9]+) image/.exec(error);
  const dotted = ext?.[1] ?? (ext?.[2] ? `.${ext[2].toLowerCase()}` : '');
  for (const m of Object.values(UNREAD_MESSAGES)) if (m.en(dotted) === error) return m.zh(dotted);
  return null;
}
