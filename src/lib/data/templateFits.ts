import type { Template } from '../report/types';

/**
 * Whether a report of `template` can hold a metric of `templates`. A report without tables
 * (template null) holds only metrics that do not depend on the template (prose, channels).
 */
export function templateFits(templates: readonly Template[], template: Template | null): boolean {
  return template === null ? templates.includes('2019') && templates.includes('2021') : templates.includes(template);
}
