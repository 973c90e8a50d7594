/** A chart slice of a metric file: `<group>/<key>.json` → `<group>/<key>/<part>.json` (`<n>` a shard, `top`). */
export const metricSlicePath = (file: string, part: number | 'top') => `${file.replace(/\.json$/, '')}/${part}.json`;
