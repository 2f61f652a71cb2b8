import { describe, expect, it } from 'vitest';

import { EXAMPLES } from '@/domain/questionnaire/examples';
import { DEFAULT_ANSWERS, NEW_ANSWERS } from '@/domain/questionnaire/schemas';
import { decodeShareState, encodeShareState } from '@/domain/url-codec/codec';

import { resolveBootState } from './boot';
import { DRAFT_KEY, listSetAside, parseDraft, serializeDraft } from './draft-storage';
import { createFakeStorage } from './fake-storage';

const [oneTeam, twoClouds] = EXAMPLES;
const link = encodeShareState(twoClouds.answers);

describe('resolveBootState', () => {
  it.each([
    ['an empty fragment and no draft', '', 'platform'],
    ['only a step', '#view=delivery', 'delivery'],
    ['a garbage step', '#view=nowhere', 'platform'],
  ])('opens the defaults for %s', (_, hash, view) => {
    const boot = resolveBootState(hash, createFakeStorage());
    // A new session: the defaults with the proposed Dagster version stated.
    expect(boot.answers).toEqual(NEW_ANSWERS);
    expect(boot.view).toBe(view);
    expect(boot.notices).toEqual([]);
  });

  it.each([
    ['a results link', `#${link}`],
    ['a link with a step', `#${link}&view=compliance`],
  ])(
    '%s: reads the share state with the decoder it is given (the early paint read it already)',
    (_, hash) => {
      const read: string[] = [];
      const decoded = decodeShareState(link);
      const boot = resolveBootState(hash, createFakeStorage(), (share) => {
        read.push(share);
        return decoded;
      });
      expect(read).toEqual([link]);
      // The very answers the paint decoded and ranked: the results view reuses its ranking.
      expect(boot.answers).toBe(decoded.answers);
    },
  );

  it.each([
    ['a share link opens the results', `#${link}`, 'results'],
    ['a link with a step opens that step', `#${link}&view=compliance`, 'compliance'],
  ])('%s', (_, hash, view) => {
    const boot = resolveBootState(hash, createFakeStorage());
    expect(boot.answers).toEqual(twoClouds.answers);
    expect(boot.view).toBe(view);
  });

  it('restores a saved draft when the URL holds no answers', () => {
    const storage = createFakeStorage({ [DRAFT_KEY]: serializeDraft(oneTeam.answers, 'delivery') });
    const boot = resolveBootState('', storage);
    expect(boot.answers).toEqual(oneTeam.answers);
    expect(boot.view).toBe('delivery');
    expect(boot.notices).toEqual([]);
  });

  it('lets a share link win over a different draft, tells the user and keeps the draft aside', () => {
    const saved = serializeDraft(oneTeam.answers, 'delivery');
    const storage = createFakeStorage({ [DRAFT_KEY]: saved });
    const boot = resolveBootState(`#${link}`, storage);
    expect(boot.answers).toEqual(twoClouds.answers);
    expect(boot.notices).toEqual([
      { kind: 'draft-replaced', draft: oneTeam.answers, view: 'delivery' },
    ]);
    expect(parseDraft(listSetAside(storage)[0]?.raw ?? '')).toEqual({
      kind: 'ok',
      answers: oneTeam.answers,
      view: 'delivery',
    });
  });

  it('says nothing when the link and the draft agree (a reload mid-wizard)', () => {
    const storage = createFakeStorage({
      [DRAFT_KEY]: serializeDraft(twoClouds.answers, 'delivery'),
    });
    const boot = resolveBootState(`#${link}&view=delivery`, storage);
    expect(boot.notices).toEqual([]);
    expect(boot.view).toBe('delivery');
  });

  it.each([
    ['not JSON', '{oops', 'not valid JSON'],
    [
      'another version',
      JSON.stringify({ version: 99, answers: DEFAULT_ANSWERS }),
      'different version',
    ],
    [
      'invalid answers',
      JSON.stringify({ version: 1, answers: { ...DEFAULT_ANSWERS, plan: 'gold' } }),
      'not valid (plan)',
    ],
    ['an array', '[]', 'not a saved draft'],
  ])('reports a draft that is %s, sets it aside and opens the defaults', (_, raw, reason) => {
    const storage = createFakeStorage({ [DRAFT_KEY]: raw });
    const boot = resolveBootState('', storage);
    // A new session: the defaults with the proposed Dagster version stated.
    expect(boot.answers).toEqual(NEW_ANSWERS);
    expect(boot.notices).toHaveLength(1);
    const [notice] = boot.notices;
    expect(notice?.kind).toBe('draft-corrupt');
    expect(notice?.kind === 'draft-corrupt' ? notice.reason : '').toContain(reason);
    expect(storage.data.has(DRAFT_KEY)).toBe(false);
    expect(listSetAside(storage).map((d) => d.raw)).toEqual([raw]);
  });

  it('reads a draft saved before the Dagster version answer as stating none', () => {
    const { dagsterVersion: _, ...before } = twoClouds.answers;
    const raw = JSON.stringify({ version: 1, answers: before, view: 'delivery' });
    const boot = resolveBootState('', createFakeStorage({ [DRAFT_KEY]: raw }));
    expect(boot.notices).toEqual([]);
    expect(boot.answers).toEqual({ ...twoClouds.answers, dagsterVersion: null });
    expect(encodeShareState(boot.answers)).not.toContain('dagster=');
  });

  it('names the unusable parts of a tampered link and uses the rest', () => {
    const boot = resolveBootState(`#${link.replace('plan=pro', 'plan=gold')}`, createFakeStorage());
    expect(boot.notices).toHaveLength(1);
    const [notice] = boot.notices;
    expect(notice?.kind === 'link-problems' ? notice.problems.map((p) => p.key) : []).toEqual([
      'plan',
    ]);
    expect(boot.answers.projects).toEqual(twoClouds.answers.projects);
  });

  it('never throws on a storage that refuses every call', () => {
    const hostile = {
      length: 0,
      key: () => {
        throw new Error('denied');
      },
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(resolveBootState(`#${link}`, hostile).answers).toEqual(twoClouds.answers);
  });
});
