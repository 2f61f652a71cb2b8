/** The command's version, printed by --version: the package's (see src/domain/advisor-version.ts). */
export { ADVISOR_VERSION as CLI_VERSION } from '@/domain/advisor-version';
