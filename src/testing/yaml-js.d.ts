/** yaml-js (a JavaScript port of PyYAML, test only) ships no types: the one function the tests use. */
declare module 'yaml-js' {
  /** Reads one YAML 1.1 document as PyYAML's safe loader does. */
  export function load(text: string): unknown;
}
