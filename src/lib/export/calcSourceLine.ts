/** The source line under every exported or embedded chart: source, data version, and a warning when synthetic reports are in the data. */
import type { Manifest } from '../data/types';
import { SHARE_STRINGS } from '../i18n/stringsShare';
import type { Lang } from '../view/parseView';
import { shortVersion } from './chartFigure';

export function calcSourceLine(lang: Lang, manifest: Pick<Manifest, 'inputsSha256'>, synthetic: boolean): string {
  const s = SHARE_STRINGS[lang];
  return [s.source, s.dataVersion(shortVersion(manifest.inputsSha256)), ...(synthetic ? [s.synthetic] : [])].join(' · ');
}
