// @vitest-environment jsdom
/**
 * A results link's early paint (paint-link.ts, run by src/early.ts before the app's chunk) and the
 * app's boot of that link (open-link.ts): the boot reuses what the paint read, so the link is
 * decoded once and the results view reuses the paint's ranking (rankOptions keeps a ranking per answers object).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PERSONAS } from '@/domain/__fixtures__/personas';
import { decodeShareState, encodeShareState } from '@/domain/url-codec/codec';
import { DRAFT_KEY } from '@/store/draft-storage';
import { splitFragment } from '@/store/fragment';
import { installJsdomStubs } from '@/testing/jsdom-stubs';

import { openLink } from './open-link';
import { decodedEarly, paintLink } from './paint-link';
import { RESULTS_PRELOAD_TEMPLATE_ID } from './template-id';

installJsdomStubs();

const PRELOADED = '/assets/results-view-abc.js';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML =
    '<div id="root"><main id="main"><p>step 1</p></main></div>' +
    `<template id="${RESULTS_PRELOAD_TEMPLATE_ID}"><link rel="modulepreload" href="${PRELOADED}"></template>`;
  window.localStorage.clear();
});
afterEach(() => {
  window.location.hash = '';
});

const preloaded = (): string[] =>
  [...document.head.querySelectorAll('link[rel="modulepreload"]')].map(
    (l) => l.getAttribute('href') ?? '',
  );

describe('the early paint', () => {
  it.each([
    ['two clouds', PERSONAS.twoClouds],
    ['three teams', PERSONAS.threeTeamsNinePipelines],
  ])('%s: paints in a task after the one that loaded it, not in that one', async (_, answers) => {
    const hash = `#${encodeShareState(answers)}`;
    window.location.hash = hash;
    const painted = (): boolean =>
      document.querySelector('[data-early] [data-testid="recommendation"]') !== null;
    const done = paintLink(hash);
    // Everything the loading task still runs: this code and its microtasks.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(painted()).toBe(false);
    await done;
    expect(painted()).toBe(true);
  });
});

describe('a results link, painted early then opened by the app', () => {
  it.each([
    ['two clouds', PERSONAS.twoClouds],
    ['a Starter plan', PERSONAS.starterTwoClouds],
  ])('%s: the app opens on the very answers the paint read', async (_, answers) => {
    const hash = `#${encodeShareState(answers)}`;
    window.location.hash = hash;
    await paintLink(hash);
    expect(document.querySelector('[data-early] [data-testid="recommendation"]')).not.toBeNull();
    // What the results need next is on its way once the paint is on screen.
    expect(preloaded()).toEqual([PRELOADED]);

    const early = decodedEarly(splitFragment(hash).share);
    expect(early?.answers).toEqual(answers);
    const boot = await openLink(hash, null);
    expect(boot.view).toBe('results');
    expect(boot.answers).toBe(early?.answers);
  });

  it('reads the link itself where the paint did not (a draft in this browser)', async () => {
    window.localStorage.setItem(DRAFT_KEY, '{}');
    const answers = PERSONAS.twoClouds;
    const hash = `#${encodeShareState(answers)}&ops=high`;
    window.location.hash = hash;
    await paintLink(hash);
    expect(document.querySelector('[data-early]')).toBeNull();
    expect(decodedEarly(splitFragment(hash).share)).toBeNull();
    const boot = await openLink(hash, null);
    expect(boot.answers).toEqual(decodeShareState(splitFragment(hash).share).answers);
  });

  it('does not reuse what the paint read of another link (the address changed meanwhile)', async () => {
    const first = `#${encodeShareState(PERSONAS.twoClouds)}`;
    window.location.hash = first;
    await paintLink(first);
    const painted = decodedEarly(splitFragment(first).share)?.answers;
    const now = `#${encodeShareState(PERSONAS.oneTeamOneCloud)}`;
    window.location.hash = now;
    const boot = await openLink(first, null);
    expect(boot.answers).not.toBe(painted);
    expect(boot.answers).toEqual(PERSONAS.oneTeamOneCloud);
  });
});
