/**
 * The few strings about the user's own (imported) reports that the first load needs: the import
 * button, the "yours" badge, the banner and the share-link warning. The import panel's strings
 * are in `stringsImport.ts`, loaded with the panel.
 */
import type { Lang } from '../view/parseView';

export interface OwnStrings {
  importButton: string;
  /** Badge beside anything from the user's files. */
  own: string;
  ownTitle: string;
  banner: (own: number, mode: 'join' | 'replace', bundled: number) => string;
  /** Where links or embeds are copied or shown while imported data is on. */
  shareWarning: string;
  manage: string;
  dropHere: string;
  /** Data quality: the user's files and what became of each. */
  ownFiles: string;
  outcomes: Record<'parsed' | 'failedChecks' | 'duplicate' | 'conflict' | 'error' | 'skipped', string>;
}

export const OWN_STRINGS: Record<Lang, OwnStrings> = {
  zh: {
    importButton: '导入报告',
    own: '自有',
    ownTitle: '来自你导入的文件，只保存在本浏览器中',
    banner: (own, mode, bundled) =>
      mode === 'join' ? `正在显示你导入的 ${own} 份报告（标有“自有”）和网站自带的 ${bundled} 份。` : `正在只显示你导入的 ${own} 份报告（标有“自有”），网站自带的数据已隐藏。`,
    shareWarning:
      '你导入的报告只在本浏览器里：别人打开这个链接或嵌入代码，看到的是网站自带的数据，而不是你的。要分享你的数据，请在“导入报告”里下载数据包（.zip），放到自己的网站上。',
    manage: '管理导入',
    dropHere: '松开鼠标即可导入这些文件',
    ownFiles: '你导入的文件',
    outcomes: { parsed: '已读取，检查全部通过', failedChecks: '已读取，有检查未通过', duplicate: '与另一份报告重复，未保留', conflict: '与同一机关同年的另一份报告数字不同', error: '无法读取', skipped: '未读取' },
  },
  en: {
    importButton: 'Import reports',
    own: 'yours',
    ownTitle: 'From your imported files, stored in this browser only',
    banner: (own, mode, bundled) =>
      mode === 'join'
        ? `Showing ${own} report${own === 1 ? '' : 's'} you imported (marked “yours”) with the site's own ${bundled}.`
        : `Showing only the ${own} report${own === 1 ? '' : 's'} you imported (marked “yours”); the site's own data is hidden.`,
    shareWarning:
      'Your imported reports live in this browser only: anyone opening this link or embed sees the site’s bundled data, not yours. To share your data, download the datasets bundle (.zip) under “Import reports” and host it yourself.',
    manage: 'Manage import',
    dropHere: 'Drop to import these files',
    ownFiles: 'Your imported files',
    outcomes: { parsed: 'read, every check passed', failedChecks: 'read, some checks failed', duplicate: 'duplicate of another report, not kept', conflict: 'differs from another report of the same agency and year', error: 'unreadable', skipped: 'not read' },
  },
};
