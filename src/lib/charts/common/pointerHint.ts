/** The hint that fits the reader's pointer: no "hover" on a touch screen. */
import { CHART_STRINGS } from '../../i18n/stringsCharts';
import type { Lang } from '../../view/parseView';

export const isTouchScreen = () => typeof matchMedia === 'function' && matchMedia('(hover: none)').matches;

export const pointerHint = (lang: Lang) => (isTouchScreen() ? CHART_STRINGS[lang].hintTouch : CHART_STRINGS[lang].hintPointer);
