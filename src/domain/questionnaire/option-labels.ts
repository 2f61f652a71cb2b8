/**
 * The label of every answer option of steps 2 to 6, as the wizard shows it: one table that the
 * wizard's questions (steps.ts, which adds legends and help texts) and the results' "Your answers"
 * both read. Apart from steps.ts so the results load the labels without the wizard's texts.
 */
import type {
  CiProvider,
  DependencyMode,
  PriorityLevel,
  ReleaseMode,
  SharingLevel,
  SodLevel,
} from './schemas';

export const OPTION_LABELS = {
  ci: { github: 'GitHub Actions', gitlab: 'GitLab CI', other: 'Something else' },
  share: { none: 'None', some: 'Some', heavy: 'A lot' },
  release: { together: 'Together', independent: 'Independently' },
  deps: { aligned: 'They agree', conflicting: 'They conflict' },
  sod: {
    none: 'No separation',
    access: 'Separate permissions',
    execution: 'Separate execution',
    confidential: 'Confidential',
  },
  priority: { low: 'Low', medium: 'Medium', high: 'High' },
} as const satisfies {
  ci: Record<CiProvider, string>;
  share: Record<SharingLevel, string>;
  release: Record<ReleaseMode, string>;
  deps: Record<DependencyMode, string>;
  sod: Record<SodLevel, string>;
  priority: Record<PriorityLevel, string>;
};
