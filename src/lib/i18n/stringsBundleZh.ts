/** Every Chinese string the charts and the embed need, in one chunk fetched by `loadStrings('zh')`. */
export { zh as strings } from './stringsZh';
export { chartsZh as charts } from './stringsChartsZh';
export { shareZh as share } from './stringsShareZh';
export { trendsZh as trends } from './stringsTrendsZh';
