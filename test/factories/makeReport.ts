/** A synthetic report with every cell blank, for tests that need a Report but not a parse. */
import { emptyActive, emptyApplications, emptyTable4Group } from '../../src/lib/report/schema';
import type { Active2019, Active2021, Check, Report, Template } from '../../src/lib/report/types';

export function makeReport(
  over: { id?: string; agency?: string; year?: number | null; template?: Template; checks?: Check[] } = {},
): Report {
  const template = over.template ?? '2021';
  return {
    schemaVersion: 1,
    id: over.id ?? 'test-agency-2021',
    source: { file: 'test.txt', sha256: '0'.repeat(64), encoding: 'utf-8', format: 'txt' },
    agency: {
      name: over.agency ?? '测试市公安局',
      aliases: [],
      region: { province: null, city: null, county: null },
      level: 'city',
    },
    year: over.year === undefined ? 2021 : over.year,
    publishedOn: null,
    template,
    active: emptyActive(template) as unknown as Active2021 | Active2019,
    applications: emptyApplications(template),
    review: emptyTable4Group(),
    litigationDirect: emptyTable4Group(),
    litigationAfterReview: emptyTable4Group(),
    channels: [],
    infoProcessingFeeYuan: null,
    narrative: {
      applicationsReceived: null,
      applicationsAnswered: null,
      applicationsByChannel: { online: null, written: null, mail: null, inPerson: null, other: null },
      proactiveTotal: null,
    },
    checks: over.checks ?? [],
    evidence: {},
    warnings: [],
    synthetic: true,
  };
}
