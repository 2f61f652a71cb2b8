/**
 * The d3 scales recharts may build here, standing in for all of `victory-vendor/d3-scale` when
 * recharts imports it (build/recharts-trim.ts). recharts picks a scale by name from the
 * whole module (`d3Scales['scale' + name]`), which keeps every d3 scale and the time formatting
 * behind `scaleTime` in the bundle although no chart here uses them. Our charts never set an axis's
 * `scale`, so recharts only asks for the scale its `'auto'` picks (combineRealScaleType.js):
 * linear for number axes, band or point for category axes.
 */
export { scaleBand, scaleLinear, scalePoint } from 'victory-vendor/d3-scale';
