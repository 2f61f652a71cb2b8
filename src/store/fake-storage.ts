/** A Map-backed `DraftStorage` for tests. @internal */
import type { DraftStorage } from './draft-storage';

export const createFakeStorage = (
  entries: Record<string, string> = {},
): DraftStorage & { readonly data: Map<string, string> } => {
  const data = new Map(Object.entries(entries));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
};
