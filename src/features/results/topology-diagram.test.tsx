// @vitest-environment jsdom
/**
 * The topology diagram is drawn at its box's width from its first paint: laid out once, never first
 * at a guessed width and again at once (a second layout of a large SVG on opening the results).
 */
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { PERSONAS } from '@/domain/__fixtures__/personas';
import { recommendedTopology } from '@/domain/plan/recommended-topology';
import { installJsdomStubs } from '@/testing/jsdom-stubs';

import { TopologyDiagram } from './topology-diagram';

installJsdomStubs();
afterEach(() => {
  vi.restoreAllMocks();
});

/** Gives every element of the page `width` px (jsdom lays nothing out). */
const boxesOf = (width: number): void => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ width, height: 100 }),
  );
};

describe('TopologyDiagram', () => {
  it.each([
    ['a phone', 360, PERSONAS.twoClouds],
    ['a wide window', 900, PERSONAS.threeTeamsNinePipelines],
    ['the default width itself', 720, PERSONAS.regulatedTeam],
  ])('on %s (%i px) draws the SVG once, at that width', (_, width, answers) => {
    boxesOf(width);
    // Every change to the page while it renders, read synchronously once render returns.
    const watch = new MutationObserver(() => undefined);
    watch.observe(document.body, { subtree: true, attributes: true, attributeOldValue: true });
    const { container } = render(
      <TopologyDiagram
        topology={recommendedTopology(answers)}
        level="agent"
        headingId="results-topology"
      />,
    );
    const resized = watch
      .takeRecords()
      .filter((r) => r.target instanceof SVGSVGElement)
      .map((r) => `${r.attributeName ?? ''} was ${r.oldValue ?? ''}`);
    watch.disconnect();
    const svg = container.querySelector('.diagram svg');
    expect(svg?.getAttribute('width')).toBe(String(width));
    expect(resized).toEqual([]);
  });
});
