/** The command's version: package.json's (a test keeps them equal), printed by --version. */
export const CLI_VERSION = '0.1.0';
