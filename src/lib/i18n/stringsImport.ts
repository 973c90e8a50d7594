/** Strings of the import panel, in Chinese and English (loaded with the panel, not on first load). */
import type { OwnOutcome, OwnSummary } from '../import/calcOwnSummary';
import type { ImportStage } from '../import/importProtocol';
import type { Lang } from '../view/parseView';

export interface ImportStrings {
  title: string;
  intro: string;
  privacy: string;
  dropZone: string;
  pickFiles: string;
  pickFolder: string;
  mode: string;
  modes: Record<'join' | 'replace', string>;
  stages: Record<ImportStage, string>;
  progress: (done: number, total: number) => string;
  fileOk: string;
  fileFailedChecks: (n: number) => string;
  /** The user's own files only (never the site's bundled ones); zero counts left out. */
  summary: (c: OwnSummary) => string;
  fileOutcome: Partial<Record<OwnOutcome, string>>;
  seeQuality: string;
  stored: (files: number) => string;
  exportBundle: string;
  exportHint: string;
  clear: string;
  clearConfirm: string;
  cleared: string;
  close: string;
  failed: (message: string) => string;
  outcomes: string;
}

export const IMPORT_STRINGS: Record<Lang, ImportStrings> = {
  zh: {
    title: '导入你自己的报告',
    intro: '拖入文件、文件夹或 .zip 压缩包（.txt、.md、.html、PDF、Word .docx、报告 .json），或点下面的按钮选择。每份报告都用与本站数据相同的解析器和检查读取。',
    privacy: '文件只在本浏览器中读取和保存（IndexedDB），不会上传到任何地方。',
    dropZone: '把文件、文件夹或 .zip 拖到这里',
    pickFiles: '选择文件…',
    pickFolder: '选择文件夹…',
    mode: '导入的报告',
    modes: { join: '与网站自带的数据合并', replace: '替换网站自带的数据（只看我的）' },
    stages: { reading: '正在读取文件…', parsing: '正在解析…', bundled: '正在读取网站自带的数据…', building: '正在生成数据集…', saving: '正在保存到本浏览器…', zipping: '正在打包…' },
    progress: (done, total) => `${done} / ${total} 个文件`,
    fileOk: '已读取',
    fileFailedChecks: (n) => `已读取，${n} 项检查未通过`,
    summary: (c) =>
      `你导入的 ${c.files} 个文件：` +
      [
        `${c.added + c.failedChecks} 份已加入${c.failedChecks ? `（其中 ${c.failedChecks} 份有未通过的检查）` : ''}`,
        c.sameAsSite ? `${c.sameAsSite} 份与网站已有的报告相同，未重复加入` : '',
        c.duplicates ? `${c.duplicates} 份与你导入的另一文件相同` : '',
        c.conflicts ? `${c.conflicts} 份与同机关同年度的报告数字不同（都保留）` : '',
        c.errors ? `${c.errors} 个无法读取` : '',
      ]
        .filter(Boolean)
        .join('，') +
      '。',
    fileOutcome: { sameAsSite: '与网站已有的报告相同，未重复加入', duplicate: '与你导入的另一文件相同，未重复加入', conflict: '与同机关同年度的另一份报告数字不同（都保留）' },
    seeQuality: '每个文件的结果、检查和证据见“数据质量”。',
    stored: (n) => `本浏览器中保存着你导入的 ${n} 个文件。`,
    exportBundle: '下载数据包（.zip）',
    exportHint: '数据包包含与 npm run build:data 相同的文件（data/ 文件夹），放到任何静态网站上即可分享。分享链接和嵌入代码对别人看不到你导入的数据。',
    clear: '清除我导入的报告',
    clearConfirm: '确定从本浏览器中删除你导入的全部报告吗？',
    cleared: '已清除。',
    close: '关闭',
    failed: (m) => `导入失败：${m}`,
    outcomes: '各文件结果',
  },
  en: {
    title: 'Import your own reports',
    intro: 'Drop files, folders or a .zip (.txt, .md, .html, PDF, Word .docx, report .json) here, or choose them below. Every report is read with the same parser and checks as the site’s data.',
    privacy: 'Files are read and stored in this browser only (IndexedDB); nothing is uploaded anywhere.',
    dropZone: 'Drop files, a folder or a .zip here',
    pickFiles: 'Choose files…',
    pickFolder: 'Choose a folder…',
    mode: 'Imported reports',
    modes: { join: 'join the site’s bundled data', replace: 'replace the site’s bundled data (mine only)' },
    stages: { reading: 'Reading files…', parsing: 'Parsing…', bundled: 'Reading the site’s bundled data…', building: 'Building the dataset…', saving: 'Saving in this browser…', zipping: 'Packing…' },
    progress: (done, total) => `${done} / ${total} files`,
    fileOk: 'read',
    fileFailedChecks: (n) => `read, ${n} failed check${n === 1 ? '' : 's'}`,
    summary: (c) =>
      `Your ${c.files} file${c.files === 1 ? '' : 's'}: ` +
      [
        `${c.added + c.failedChecks} added${c.failedChecks ? ` (${c.failedChecks} with failed checks)` : ''}`,
        c.sameAsSite ? `${c.sameAsSite} the same as a report the site has, not added twice` : '',
        c.duplicates ? `${c.duplicates} the same as another of your files` : '',
        c.conflicts ? `${c.conflicts} differing from a report of the same agency and year (both kept)` : '',
        c.errors ? `${c.errors} unreadable` : '',
      ]
        .filter(Boolean)
        .join(', ') +
      '.',
    fileOutcome: { sameAsSite: 'the same as a report the site has; not added twice', duplicate: 'the same as another of your files; not added twice', conflict: 'differs from another report of the same agency and year (both kept)' },
    seeQuality: 'Every file’s outcome, checks and evidence are in Data quality.',
    stored: (n) => `${n} imported file${n === 1 ? '' : 's'} stored in this browser.`,
    exportBundle: 'Download datasets bundle (.zip)',
    exportHint: 'The bundle holds the same files as npm run build:data (a data/ folder), ready to host on any static site. Share links and embeds cannot show your imported data to anyone else.',
    clear: 'Clear my imported reports',
    clearConfirm: 'Delete all your imported reports from this browser?',
    cleared: 'Cleared.',
    close: 'Close',
    failed: (m) => `Import failed: ${m}`,
    outcomes: 'Outcome of each file',
  },
};
