/** "1 team", "3 teams": a count with the noun in the right number (plain English plurals). */
export const countOf = (n: number, one: string, many: string): string =>
  `${n.toString()} ${n === 1 ? one : many}`;
