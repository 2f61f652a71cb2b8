/**
 * The two recharts sections in one lazy chunk with recharts itself: split apart they would each
 * carry part of recharts and compress worse (a few kB more for the same code).
 */
export { ScoreChart } from '@/features/results/score-chart';
export { GrowthSection } from '@/features/what-if/growth-section';
