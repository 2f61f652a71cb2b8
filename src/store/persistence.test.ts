// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { EXAMPLES } from '@/domain/questionnaire/examples';
import { decodeShareState, encodeShareState } from '@/domain/url-codec/codec';

import { DRAFT_KEY, parseDraft } from './draft-storage';
import { createFakeStorage } from './fake-storage';
import { splitFragment } from './fragment';
import { connectPersistence, type PersistenceHost } from './persistence';
import { createWizardStore } from './wizard-store';

const [oneTeam] = EXAMPLES;

const answersInUrl = () => decodeShareState(splitFragment(window.location.hash).share).answers;
const viewInUrl = () => splitFragment(window.location.hash).view;

describe('connectPersistence', () => {
  let disconnect: () => void = () => undefined;

  beforeEach(() => {
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    disconnect();
  });

  const setup = () => {
    const store = createWizardStore({ answers: oneTeam.answers, view: 'platform' });
    const storage = createFakeStorage();
    disconnect = connectPersistence(store, window, storage);
    return { store, storage };
  };

  it('writes the answers and the step into the fragment at once', () => {
    setup();
    expect(answersInUrl()).toEqual(oneTeam.answers);
    expect(viewInUrl()).toBe('platform');
  });

  it('rewrites the fragment and the draft while editing, without new history entries', () => {
    const { store, storage } = setup();
    const before = window.history.length;
    store.getState().commitAnswers({ plan: 'starter' });
    store.getState().commitAnswers({ ci: 'gitlab' });
    expect(window.history.length).toBe(before);
    expect(answersInUrl()).toMatchObject({ plan: 'starter', ci: 'gitlab' });
    const draft = parseDraft(storage.data.get(DRAFT_KEY) ?? '');
    expect(draft.kind === 'ok' ? draft.answers.ci : null).toBe('gitlab');
  });

  it('adds a history entry per step, and Back returns to the step keeping every answer', async () => {
    const { store } = setup();
    const before = window.history.length;
    store.getState().goTo('projects');
    store.getState().goTo('delivery');
    expect(window.history.length).toBe(before + 2);
    store.getState().commitAnswers({ release: 'independent' });

    const popped = new Promise((resolve) => {
      window.addEventListener('popstate', resolve, { once: true });
    });
    window.history.back();
    await popped;

    expect(store.getState().view).toBe('projects');
    expect(store.getState().answers.release).toBe('independent');
    expect(answersInUrl().release).toBe('independent');
    expect(viewInUrl()).toBe('projects');
  });

  it('ignores an in-page anchor: the step stays and the fragment gets the answers back', async () => {
    const { store } = setup();
    store.getState().goTo('delivery');
    const popped = new Promise((resolve) => {
      window.addEventListener('popstate', resolve, { once: true });
    });
    window.location.hash = '#main';
    await popped;
    expect(store.getState().view).toBe('delivery');
    expect(viewInUrl()).toBe('delivery');
    expect(answersInUrl()).toEqual(oneTeam.answers);
  });

  it('reloads when another share link is opened in the same tab, so it boots like a fresh link', async () => {
    const reload = vi.fn();
    const host = {
      history: window.history,
      addEventListener: window.addEventListener.bind(window),
      removeEventListener: window.removeEventListener.bind(window),
      location: {
        get hash() {
          return window.location.hash;
        },
        get pathname() {
          return window.location.pathname;
        },
        get search() {
          return window.location.search;
        },
        reload,
      },
    } as unknown as PersistenceHost;
    const store = createWizardStore({ answers: oneTeam.answers, view: 'results' });
    disconnect = connectPersistence(store, host, createFakeStorage());

    const popped = new Promise((resolve) => {
      window.addEventListener('popstate', resolve, { once: true });
    });
    const other = encodeShareState({ ...oneTeam.answers, plan: 'solo' });
    window.location.hash = `#${other}`;
    await popped;
    expect(reload).toHaveBeenCalledTimes(1);
    expect(store.getState().answers).toEqual(oneTeam.answers);
  });

  it('leaves `view` out on the results, so the address is a share link', () => {
    const { store } = setup();
    store.getState().goTo('results');
    expect(viewInUrl()).toBeNull();
    expect(window.location.hash).not.toContain('view=');
  });
});

describe('wizard store', () => {
  it('drops separated teams that no longer own a project', () => {
    const store = createWizardStore({ answers: EXAMPLES[2].answers, view: 'projects' });
    expect(store.getState().answers.sodTeams).toEqual(['finance']);
    store.getState().commitAnswers({
      projects: store.getState().answers.projects.map((p) => ({ ...p, team: 'product' })),
    });
    expect(store.getState().answers.sodTeams).toEqual([]);
  });

  it('will not show results without a project', () => {
    const store = createWizardStore();
    store.getState().goTo('results');
    expect(store.getState().view).toBe('projects');
  });

  it('bumps the revision when answers are replaced as a whole', () => {
    const store = createWizardStore();
    store.getState().replaceAnswers(oneTeam.answers, 'projects');
    expect(store.getState()).toMatchObject({ revision: 1, view: 'projects' });
    store.getState().startOver();
    expect(store.getState()).toMatchObject({ revision: 2, view: 'platform' });
  });
});
