/**
 * Text fields a report carries into the datasets (agency name, aliases, region, channel labels,
 * warnings) have bounds: an agency name of millions of characters is not a name, and repeated on
 * every CSV row it would exhaust memory. The first field past its bound, described for the
 * file's error, or null when every field fits.
 */
import type { Report } from '../report/types';

/** Longest agency name, alias, region name or channel label (real ones are under 60 characters). */
export const MAX_NAME_CHARS = 300;
/** Longest warning, and most warnings per report. */
export const MAX_WARNING_CHARS = 2000;
export const MAX_WARNINGS = 500;
export const MAX_ALIASES = 50;

function tooLong(path: string, text: string, max: number): string | null {
  return text.length > max ? `${path} is ${text.length.toLocaleString('en')} characters long (at most ${max})` : null;
}

export function findOversizedText(report: Report): string | null {
  const { agency } = report;
  const checks: (string | null)[] = [tooLong('agency.name', agency.name, MAX_NAME_CHARS)];
  if (agency.simplifiedName) checks.push(tooLong('agency.simplifiedName', agency.simplifiedName, MAX_NAME_CHARS));
  if (agency.aliases.length > MAX_ALIASES) checks.push(`agency.aliases has ${agency.aliases.length} names (at most ${MAX_ALIASES})`);
  agency.aliases.forEach((a, i) => checks.push(tooLong(`agency.aliases[${i}]`, a, MAX_NAME_CHARS)));
  for (const k of ['province', 'city', 'county'] as const) {
    const v = agency.region[k];
    if (typeof v === 'string') checks.push(tooLong(`agency.region.${k}`, v, MAX_NAME_CHARS));
  }
  report.channels.forEach((c, i) => checks.push(tooLong(`channels[${i}].label`, c.label, MAX_NAME_CHARS)));
  if (report.warnings.length > MAX_WARNINGS) checks.push(`warnings has ${report.warnings.length} entries (at most ${MAX_WARNINGS})`);
  report.warnings.forEach((w, i) => checks.push(tooLong(`warnings[${i}]`, w, MAX_WARNING_CHARS)));
  return checks.find((c) => c !== null) ?? null;
}
