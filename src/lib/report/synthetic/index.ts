export { createRng, type Rng } from './createRng';
export { createRandomAgency, allAgencyNames } from './createRandomAgency';
export { createRandomReportValues, type RandomValuesOptions } from './createRandomReportValues';
export { renderReport, SYNTHETIC_MARKER } from './renderReport';
export { renderHtml } from './renderHtml';
export { encodeGbk } from './encodeGbk';
export { expectedAfterParse, expectedChecks } from './expectedAfterParse';
export { LAYOUTS, resolveLayout, hasCellStructure, type LayoutName, type ResolvedLayout } from './layouts';
export { listTableRows, type PrintedRow } from './listTableRows';
export type {
  SyntheticReportValues,
  RenderOptions,
  HtmlRenderOptions,
  RenderedHtml,
  ExpectedParse,
  CellForm,
  Push,
  AgencyKind,
} from './types';
