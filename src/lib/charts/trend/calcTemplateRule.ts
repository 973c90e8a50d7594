/**
 * Where the national table template changed (reports on 2021 onward use the 2021 template): the
 * x position of a thin rule between the last year before 2021 and the first from 2021 on, when
 * the axis has years on both sides; null otherwise.
 */
export const TEMPLATE_CHANGE_YEAR = 2021;

export function calcTemplateRule(years: readonly number[], x: (year: number) => number | undefined): number | null {
  const before = years.filter((y) => y < TEMPLATE_CHANGE_YEAR);
  const after = years.filter((y) => y >= TEMPLATE_CHANGE_YEAR);
  if (!before.length || !after.length) return null;
  const a = x(before[before.length - 1]);
  const b = x(after[0]);
  return a === undefined || b === undefined ? null : Math.round(((a + b) / 2) * 1000) / 1000;
}
