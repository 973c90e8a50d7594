/**
 * Hand-made report JSON (another tool's output, or typed in by a journalist) →
 * a report, after validation against the schema. Errors name the path and the
 * field. Checks are always recomputed: a file cannot declare itself consistent.
 */
import { maybeSourceUrl } from './maybeSourceUrl';
import { reportId } from './reportId';
import { runChecks } from './runChecks';
import { cellPaths, getPath } from './schema';
import type { ChannelFigure, Report, Source, Template } from './types';

export type ValidationResult = { ok: true; report: Report } | { ok: false; error: string };

const CHANNELS = new Set(['website', 'gov_platform', 'weibo', 'wechat', 'wechat_channels', 'douyin', 'kuaishou', 'toutiao', 'news_media', 'press_conference', 'all', 'other']);
const METRICS = new Set(['posts', 'followers', 'views', 'replies']);
const LEVELS = new Set(['province', 'city', 'county', 'branch', 'other']);
const NARRATIVE_PATHS = [
  'narrative.applicationsReceived',
  'narrative.applicationsAnswered',
  'narrative.proactiveTotal',
  ...['online', 'written', 'mail', 'inPerson', 'other'].map((c) => `narrative.applicationsByChannel.${c}`),
];

const isCell = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
function describe(v: unknown): string {
  if (v === undefined) return 'missing';
  // JSON.parse reads 1e309 as Infinity, which JSON.stringify would print as null.
  if (typeof v === 'number' && !Number.isFinite(v)) return `${v} (a number beyond the range of a double, e.g. 1e309)`;
  return `${JSON.stringify(v)?.slice(0, 40)}`;
}

/** A real calendar date written YYYY-MM-DD (2021-13-45 and 2021-02-30 are not). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function fail(path: string, want: string, got: unknown): ValidationResult {
  return { ok: false, error: `${path}: expected ${want}, got ${describe(got)}` };
}

export function validateReportJson(value: unknown, source: Omit<Source, 'format'>): ValidationResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('(top level)', 'a report object', Array.isArray(value) ? 'an array' : value);
  const r = value as Record<string, unknown>;
  if (r.schemaVersion !== 1) return fail('schemaVersion', '1', r.schemaVersion);
  if (r.template !== '2019' && r.template !== '2021' && r.template !== null) return fail('template', '"2019", "2021" or null', r.template);
  const name = getPath(r, 'agency.name');
  if (typeof name !== 'string' || !name.trim()) return fail('agency.name', 'a non-empty string', name);
  if (!(r.year === null || (Number.isInteger(r.year) && (r.year as number) > 1990 && (r.year as number) < 2100)))
    return fail('year', 'a year (e.g. 2021) or null', r.year);
  if (!(r.publishedOn === undefined || r.publishedOn === null || (typeof r.publishedOn === 'string' && isIsoDate(r.publishedOn))))
    return fail('publishedOn', 'an ISO date (YYYY-MM-DD) or null', r.publishedOn);
  if (r.table2Template !== undefined && r.table2Template !== '2019' && r.table2Template !== '2021')
    return fail('table2Template', '"2019", "2021" or absent', r.table2Template);
  for (const path of cellPaths(r.template, (r.table2Template as Template | undefined) ?? r.template)) {
    const v = getPath(r, path);
    if (!isCell(v)) return fail(path, 'a number or null', v);
  }
  for (const path of ['infoProcessingFeeYuan', ...NARRATIVE_PATHS]) {
    const v = getPath(r, path);
    if (v !== undefined && !isCell(v)) return fail(path, 'a number or null', v);
  }
  const level = getPath(r, 'agency.level');
  if (level !== undefined && !LEVELS.has(level as string)) return fail('agency.level', [...LEVELS].join('|'), level);
  const channels = (r.channels ?? []) as unknown[];
  if (!Array.isArray(channels)) return fail('channels', 'an array', r.channels);
  for (const [i, c] of channels.entries()) {
    const item = c as Record<string, unknown>;
    if (!CHANNELS.has(item?.channel as string)) return fail(`channels[${i}].channel`, 'a channel kind', item?.channel);
    if (!METRICS.has(item.metric as string)) return fail(`channels[${i}].metric`, [...METRICS].join('|'), item.metric);
    if (typeof item.value !== 'number' || !Number.isFinite(item.value)) return fail(`channels[${i}].value`, 'a number', item.value);
  }

  const agency = r.agency as Report['agency'];
  const narrative = (r.narrative ?? {}) as Partial<Report['narrative']>;
  const byChannel = (narrative.applicationsByChannel ?? {}) as Partial<Report['narrative']['applicationsByChannel']>;
  const report: Report = {
    schemaVersion: 1,
    id: typeof r.id === 'string' && /^[A-Za-z0-9_-]+$/.test(r.id) ? r.id : reportId(name, r.year as number | null),
    source: { ...source, format: 'json', ...sourceUrlOf(r.source) },
    agency: {
      name,
      aliases: Array.isArray(agency.aliases) ? agency.aliases.filter((a): a is string => typeof a === 'string') : [],
      region: { province: agency.region?.province ?? null, city: agency.region?.city ?? null, county: agency.region?.county ?? null },
      level: agency.level ?? 'other',
    },
    year: r.year as number | null,
    publishedOn: (r.publishedOn as string | null | undefined) ?? null,
    template: r.template,
    active: r.active as Report['active'],
    applications: r.applications as Report['applications'],
    review: r.review as Report['review'],
    litigationDirect: r.litigationDirect as Report['litigationDirect'],
    litigationAfterReview: r.litigationAfterReview as Report['litigationAfterReview'],
    channels: channels.map((c) => {
      const item = c as ChannelFigure;
      return {
        channel: item.channel,
        label: typeof item.label === 'string' ? item.label : '',
        metric: item.metric,
        value: item.value,
        approximate: item.approximate === true,
        evidence: item.evidence ?? { line: 0, text: '' },
      };
    }),
    infoProcessingFeeYuan: (r.infoProcessingFeeYuan as number | null | undefined) ?? null,
    narrative: {
      applicationsReceived: narrative.applicationsReceived ?? null,
      applicationsAnswered: narrative.applicationsAnswered ?? null,
      proactiveTotal: narrative.proactiveTotal ?? null,
      applicationsByChannel: {
        online: byChannel.online ?? null,
        written: byChannel.written ?? null,
        mail: byChannel.mail ?? null,
        inPerson: byChannel.inPerson ?? null,
        other: byChannel.other ?? null,
      },
    },
    checks: [],
    evidence: typeof r.evidence === 'object' && r.evidence !== null ? (r.evidence as Report['evidence']) : {},
    warnings: Array.isArray(r.warnings) ? r.warnings.filter((w): w is string => typeof w === 'string') : [],
  };
  if (r.synthetic === true) report.synthetic = true;
  report.checks = runChecks(report);
  return { ok: true, report };
}

/** A report JSON's own `source.url`, kept when it is an http(s) address. */
function sourceUrlOf(source: unknown): { url?: string } {
  const url = maybeSourceUrl((source as { url?: unknown } | null)?.url as string | undefined);
  return url ? { url } : {};
}
