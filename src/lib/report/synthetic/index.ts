export { createRng, type Rng } from './createRng';
export { createRandomAgency, allAgencyNames } from './createRandomAgency';
export { createRandomReportValues, type RandomValuesOptions } from './createRandomReportValues';
export { renderReport, SYNTHETIC_MARKER } from './renderReport';
export { expectedAfterParse, expectedChecks } from './expectedAfterParse';
export { LAYOUTS, resolveLayout, hasCellStructure, type LayoutName, type ResolvedLayout } from './layouts';
export { listTableRows, type PrintedRow } from './listTableRows';
export type { SyntheticReportValues, RenderOptions, ExpectedParse, CellForm, Push, AgencyKind } from './types';
