/**
 * The figures a report states in prose, for the agency page: request counts, proactive total and
 * fees (`narrative.*`, `infoProcessingFeeYuan`) and every channel figure, each with the source
 * line it was read from and a short excerpt around the number. Rows without a value are left out;
 * a value without evidence keeps `line: null` (shown as such, never invented).
 */
import { CHANNEL_LABELS, CHANNEL_METRIC_LABELS, NARRATIVE_LABELS } from '../dataset/metrics/metricLabels';
import { getPath } from '../report/schema';
import type { Evidence, Report } from '../report/types';
import type { Lang } from '../view/parseView';

export interface ProseFigure {
  key: string;
  label: string;
  value: number;
  approximate: boolean;
  line: number | null;
  /** The source place as evidence gives it (PDF page or text line), or null. */
  evidence: Evidence | null;
  /** The part of the source line around the number (the whole line when short). */
  excerpt: string;
  /** The whole source line. */
  text: string;
}

export interface ChannelRow extends ProseFigure {
  channel: string;
  /** The report's own words for the channel (Chinese, quoted as written). */
  wording: string;
  measure: string;
}

const PROSE_KEYS = [
  'narrative.applicationsReceived',
  'narrative.applicationsAnswered',
  'narrative.applicationsByChannel.online',
  'narrative.applicationsByChannel.written',
  'narrative.applicationsByChannel.mail',
  'narrative.applicationsByChannel.inPerson',
  'narrative.applicationsByChannel.other',
  'narrative.proactiveTotal',
  'infoProcessingFeeYuan',
];

const EXCERPT = 60;

/** About EXCERPT characters of `text` centred on the first place the value's digits appear. */
export function calcExcerpt(text: string, value: number): string {
  if (text.length <= EXCERPT) return text;
  const digits = [String(value), value.toLocaleString('en'), String(value / 10000)];
  let at = -1;
  for (const d of digits) if ((at = text.indexOf(d)) >= 0) break;
  if (at < 0) return `${text.slice(0, EXCERPT)}…`;
  const start = Math.max(0, Math.min(at - EXCERPT / 2, text.length - EXCERPT));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + EXCERPT)}${start + EXCERPT < text.length ? '…' : ''}`;
}

const stripProse = (label: string) => label.replace(/^(正文：|Prose: )/, '');

function place(evidence: Evidence | undefined, value: number) {
  return evidence
    ? { line: evidence.line, evidence, text: evidence.text, excerpt: calcExcerpt(evidence.text, value) }
    : { line: null, evidence: null, text: '', excerpt: '' };
}

export function calcProseFigures(report: Report, lang: Lang): { prose: ProseFigure[]; channels: ChannelRow[] } {
  const prose: ProseFigure[] = [];
  for (const key of PROSE_KEYS) {
    const value = getPath(report, key);
    if (typeof value !== 'number') continue;
    prose.push({ key, label: stripProse(NARRATIVE_LABELS[key][lang]), value, approximate: false, ...place(report.evidence[key], value) });
  }
  const channels = (report.channels ?? []).map((c, i): ChannelRow => ({
    key: `channels.${i}`,
    label: `${CHANNEL_LABELS[c.channel]?.[lang] ?? c.channel} · ${CHANNEL_METRIC_LABELS[c.metric]?.[lang] ?? c.metric}`,
    channel: CHANNEL_LABELS[c.channel]?.[lang] ?? c.channel,
    wording: c.label,
    measure: CHANNEL_METRIC_LABELS[c.metric]?.[lang] ?? c.metric,
    value: c.value,
    approximate: c.approximate,
    ...place(c.evidence, c.value),
  }));
  return { prose, channels };
}
