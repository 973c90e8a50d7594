/** Every English string the charts and the embed need, in one chunk fetched by `loadStrings('en')`. */
export { en as strings } from './stringsEn';
export { chartsEn as charts } from './stringsChartsEn';
export { shareEn as share } from './stringsShareEn';
export { trendsEn as trends } from './stringsTrendsEn';
