/** `aria-describedby` from optional ids: the present ones joined, or `undefined` when none. */
export const describedBy = (...ids: readonly (string | undefined)[]): string | undefined => {
  const present = ids.filter((id): id is string => id !== undefined && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
};
