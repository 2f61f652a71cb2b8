import { describe, expect, it } from 'vitest';

import { PERSONAS } from '@/domain/__fixtures__/personas';
import { DEFAULT_ANSWERS } from '@/domain/questionnaire/schemas';

import {
  DRAFT_KEY,
  SET_ASIDE_KEY,
  dismissSetAside,
  draftSaveStatus,
  listSetAside,
  parseDraft,
  readDraft,
  serializeDraft,
  setDraftAside,
  writeDraft,
  type DraftStorage,
} from './draft-storage';
import { createFakeStorage } from './fake-storage';

/** A storage that holds at most `capacity` characters in all, like a full local storage. */
const cappedStorage = (capacity: number, entries: Record<string, string> = {}) => {
  const inner = createFakeStorage(entries);
  const used = () => [...inner.data.values()].reduce((n, v) => n + v.length, 0);
  const storage: DraftStorage = {
    get length() {
      return inner.length;
    },
    key: inner.key,
    getItem: inner.getItem,
    removeItem: inner.removeItem,
    setItem: (key, value) => {
      const before = inner.data.get(key)?.length ?? 0;
      if (used() - before + value.length > capacity)
        throw new DOMException('full', 'QuotaExceededError');
      inner.setItem(key, value);
    },
  };
  return { storage, data: inner.data };
};

describe('drafts over the cap', () => {
  it('sets aside the whole draft, never a cut that is not valid JSON', () => {
    const huge = serializeDraft(
      { ...DEFAULT_ANSWERS, projects: PERSONAS.twoClouds.projects },
      'platform',
    ).replace('"version":1', `"version":1,"pad":"${'x'.repeat(600 * 1024)}"`);
    const read = parseDraft(huge);
    expect(read).toMatchObject({ kind: 'corrupt', reason: 'it is too large' });
    expect(read.kind === 'corrupt' ? read.raw : '').toBe(huge);
    expect(() => JSON.parse(read.kind === 'corrupt' ? read.raw : '') as unknown).not.toThrow();
  });
});

describe('drafts when storage is full', () => {
  const answers = { ...DEFAULT_ANSWERS, projects: PERSONAS.twoClouds.projects };

  it('reports the failure and leaves no older draft for a new tab to open with', () => {
    const old = serializeDraft(DEFAULT_ANSWERS, 'platform');
    const { storage, data } = cappedStorage(old.length + 10, { [DRAFT_KEY]: old });
    expect(writeDraft(storage, answers, 'projects')).toBe(false);
    expect(draftSaveStatus.failed()).toBe(true);
    expect(data.has(DRAFT_KEY)).toBe(false);
    expect(readDraft(storage)).toEqual({ kind: 'none' });
  });

  it('saves by replacing its own older draft when that makes room, and clears the failure', () => {
    const old = serializeDraft(answers, 'platform');
    const { storage } = cappedStorage(old.length + 50, {
      [DRAFT_KEY]: old,
      other: 'x'.repeat(40),
    });
    let calls = 0;
    const stop = draftSaveStatus.subscribe(() => (calls += 1));
    writeDraft(cappedStorage(1).storage, answers, 'projects');
    expect(draftSaveStatus.failed()).toBe(true);
    expect(writeDraft(storage, answers, 'delivery')).toBe(true);
    expect(draftSaveStatus.failed()).toBe(false);
    expect(readDraft(storage)).toMatchObject({ kind: 'ok', view: 'delivery' });
    expect(calls).toBeGreaterThan(0);
    stop();
  });
});

describe('set-aside drafts', () => {
  it('keeps one per set-aside, from two tabs, newest first, with dates, until dismissed', () => {
    const storage = createFakeStorage({ [SET_ASIDE_KEY]: '{"legacy":true}' });
    expect(setDraftAside(storage, 'from tab A', new Date('2026-12-01T10:00:00Z'))).toBe(true);
    expect(setDraftAside(storage, 'from tab B', new Date('2026-12-01T10:00:00Z'))).toBe(true);
    expect(setDraftAside(storage, 'later', new Date('2026-12-02T08:30:00Z'))).toBe(true);
    const list = listSetAside(storage);
    expect(list.map((d) => [d.raw, d.savedAt])).toEqual([
      ['later', '2026-12-02T08:30:00.000Z'],
      ['from tab A', '2026-12-01T10:00:00.000Z'],
      ['from tab B', '2026-12-01T10:00:00.000Z'],
      ['{"legacy":true}', null],
    ]);
    dismissSetAside(storage, list[1]?.key ?? '');
    expect(listSetAside(storage).map((d) => d.raw)).toEqual([
      'later',
      'from tab B',
      '{"legacy":true}',
    ]);
  });

  it('says so when storage refuses to keep it', () => {
    expect(setDraftAside(cappedStorage(10).storage, 'x'.repeat(100))).toBe(false);
  });
});
