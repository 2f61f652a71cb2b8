/**
 * The results' sections for the table of contents (results-toc.tsx): their order, their stable
 * heading ids and the names their headings carry.
 */

/** The prefix of every results section's heading id: `results-<section>`. */
export const RESULTS_ID_PREFIX = 'results';

/** The results' sections in page order, named as their headings are. */
export const RESULTS_SECTIONS = [
  { name: 'rec', label: 'Recommendation', part: 'top' },
  { name: 'migration', label: 'Migration plan', part: 'import' },
  { name: 'ranking', label: 'Ranking', part: 'top' },
  { name: 'layout', label: 'Repository layout', part: 'top' },
  { name: 'topology', label: 'Topology', part: 'details' },
  { name: 'files', label: 'Starter configuration', part: 'details' },
  { name: 'tipping', label: 'What would change it', part: 'details' },
  { name: 'chart', label: 'Why: points per criterion', part: 'details' },
  { name: 'growth', label: 'Growth', part: 'details' },
  { name: 'matrix', label: "The guide's trade-offs", part: 'details' },
  { name: 'answers', label: 'Your answers', part: 'details' },
  { name: 'compare', label: 'Compare with another scenario', part: 'details' },
] as const satisfies readonly { name: string; label: string; part: SectionPart }[];

/** top: always there; import: only after an import; details: once the lazy sections are shown. */
type SectionPart = 'top' | 'import' | 'details';

export type SectionName = (typeof RESULTS_SECTIONS)[number]['name'];

export const sectionHeadingId = (name: SectionName): string => `${RESULTS_ID_PREFIX}-${name}`;

export type TocEntry = { readonly id: string; readonly label: string; readonly ready: boolean };

/** The entries for a page with or without the migration plan, the details shown or not yet. */
export const tocEntries = (page: { imported: boolean; detailsShown: boolean }): TocEntry[] =>
  RESULTS_SECTIONS.filter((s) => s.part !== 'import' || page.imported).map((s) => ({
    id: sectionHeadingId(s.name),
    label: s.label,
    ready: s.part !== 'details' || page.detailsShown,
  }));
