/**
 * The view state the URL holds: only what differs from the default (no report selected).
 * `parseView` reads a `location.search`; `serializeView` writes one (`''` for the default).
 */
export interface View {
  /** Id of the report shown, or null for the report list alone. */
  report: string | null;
}

export const DEFAULT_VIEW: View = { report: null };

export function parseView(search: string): View {
  const params = new URLSearchParams(search);
  const report = params.get('report')?.trim();
  return { report: report ? report : null };
}

export function serializeView(view: View): string {
  const params = new URLSearchParams();
  if (view.report !== null) params.set('report', view.report);
  const s = params.toString();
  return s ? `?${s}` : '';
}
