/** English trend strings (see `stringsTrends.ts`), loaded with the language by `loadStrings`. */
import type { TrendStrings } from './stringsTrends';

export const trendsEn: TrendStrings = {
  templateChange: 'New table template from 2021',
  templateChangeShort: 'new template',
  chartMode: 'Show',
  modes: { value: 'Values', change: 'Change on previous report', index: 'Index (first year = 100)' },
  change: (d, from, year) => `${from === year - 1 ? 'vs previous year' : `vs ${from}`} ${d}`,
  changeCrosses: 'Spans the 2021 template change; figures harmonised',
  index: (v, base) => `Index ${v} (${base} = 100)`,
  reported: 'As reported',
  modeNote: {
    change: "Drawn: each year's change against the agency's previous report; not computed where either year is blank.",
    index: "Drawn: an index, each agency's first year above 0 = 100; blank years are not drawn.",
  },
  spans: { both: 'Comparable across the 2021 change', '2019': '2019 template only', '2021': '2021 template only' },
  stopsAtChange: 'This metric is in one template only: its line stops at the template change.',
};
