/** English share and export strings (see `stringsShare.ts`), loaded with the language by `loadStrings`. */
import type { ShareStrings } from './stringsShare';

export const shareEn: ShareStrings = {
  download: 'Download',
  png: 'PNG image',
  svg: 'SVG vector',
  csv: 'CSV data',
  preparing: 'Preparing…',
  source: "Source: agencies' annual government information-disclosure reports, compiled by this site",
  sourcesLead: (n) => (n === 1 ? 'Source: ' : 'Sources: '),
  sourcesJoin: '; ',
  urlBefore: ', ',
  sourceItem: (name, year) => `${name}, ${year === null ? 'year unknown' : year} information-disclosure report`,
  sourcesMany: (reports, agencies, name, years) => `Sources: ${reports} information-disclosure reports of ${agencies === 1 ? name : `${agencies} agencies`}, ${years} — list (with links) in the CSV`,
  dataVersion: (v) => `data version ${v}`,
  synthetic: 'includes synthetic (not real) data',
  openDashboard: 'Open in the dashboard',
  openInExplore: 'Open in Explore (share, embed)',
  subtitleLine: (n, years) => `${n} ${n === 1 ? 'agency' : 'agencies'} · ${years}`,
  subtitleRanked: (year, shown, total) => `${year} · top ${shown} of ${total} agencies with data`,
};
