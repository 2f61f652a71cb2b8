/**
 * The version of Isolation Advisor's package (package.json; a test keeps them equal). The
 * generated drift-check job names the tarball of this version.
 */
export const ADVISOR_VERSION = '0.1.0';
