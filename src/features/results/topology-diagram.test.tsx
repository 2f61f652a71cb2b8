// @vitest-environment jsdom
/**
 * The topology diagram is drawn at its box's width from its first paint: laid out once, never first
 * at a guessed width and again at once (a second layout of a large SVG on opening the results).
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { PERSONAS } from '@/domain/__fixtures__/personas';
import { answersWith } from '@/domain/__fixtures__/scale-answers';
import { pushAll } from '@/domain/list';
import { locationsOf } from '@/domain/topology/build-topology';
import { recommendedTopology } from '@/domain/plan/recommended-topology';
import type { Answers } from '@/domain/questionnaire/schemas';
import { installJsdomStubs } from '@/testing/jsdom-stubs';

import { TopologyDiagram } from './topology-diagram';

/** The diagram of `answers`' recommended topology at the agent level. */
const renderDiagram = (answers: Answers) =>
  render(
    <TopologyDiagram
      topology={recommendedTopology(answers)}
      level="agent"
      headingId="results-topology"
    />,
  );

installJsdomStubs();
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Gives every element of the page `width` px (jsdom lays nothing out). */
const boxesOf = (width: number) =>
  vi
    .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
    .mockReturnValue(DOMRect.fromRect({ width, height: 100 }));

/** Lets the box's ResizeObserver report (jsdom's stand-in reports in a microtask) and React draw. */
const drawn = async (): Promise<void> => {
  await act(async () => {
    await Promise.resolve();
  });
};

describe('TopologyDiagram', () => {
  it.each([
    ['a phone', 360, PERSONAS.twoClouds],
    ['a wide window', 900, PERSONAS.threeTeamsNinePipelines],
    ['the default width itself', 720, PERSONAS.regulatedTeam],
  ])(
    'on %s (%i px) draws the SVG once, at that width, measured after the render, not in it',
    async (_, width, answers) => {
      const measured = boxesOf(width);
      // Every change to the page until it is drawn.
      const records: MutationRecord[] = [];
      const watch = new MutationObserver((seen) => {
        pushAll(records, seen);
      });
      watch.observe(document.body, { subtree: true, attributes: true, attributeOldValue: true });
      const { container } = renderDiagram(answers);
      // React's render and commit read no layout (a browser would lay the page out to answer).
      expect(measured).not.toHaveBeenCalled();
      expect(container.querySelector('.diagram svg')).toBeNull();
      await drawn();
      pushAll(records, watch.takeRecords());
      const resized = records
        .filter((r) => r.target instanceof SVGSVGElement)
        .map((r) => `${r.attributeName ?? ''} was ${r.oldValue ?? ''}`);
      watch.disconnect();
      const svg = container.querySelector('.diagram svg');
      expect(svg?.getAttribute('width')).toBe(String(width));
      expect(resized).toEqual([]);
    },
  );
});

describe('TopologyDiagram, before the first paint', () => {
  it.each([
    ['twoClouds', PERSONAS.twoClouds],
    ['40 projects', answersWith(40)],
  ])(
    '%s: the SVG is on the page, at its size, as soon as its box reports its width',
    (_, answers) => {
      boxesOf(480);
      // A browser reports after its layout and paints once the observers are done: whatever is
      // not on the page when the report returns is missing from that paint.
      let report: () => void = () => undefined;
      vi.stubGlobal(
        'ResizeObserver',
        class {
          constructor(callback: ResizeObserverCallback) {
            report = () => {
              callback([], this as unknown as ResizeObserver);
            };
          }
          observe(): void {
            // reported by the test
          }
          disconnect(): void {
            // nothing to stop
          }
        },
      );
      const { container } = renderDiagram(answers);
      expect(container.querySelector('.diagram svg')).toBeNull();
      report(); // outside act: nothing but the report itself may draw
      expect(container.querySelector('.diagram svg')?.getAttribute('width')).toBe('480');
    },
  );

  it('a box the browser never reports (a section skipped below the screen) is drawn all the same', async () => {
    boxesOf(480);
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe(): void {
          // a box in a skipped subtree: no report until it nears the screen
        }
        disconnect(): void {
          // nothing to stop
        }
      },
    );
    const { container } = renderDiagram(PERSONAS.twoClouds);
    // For screen readers, find-in-page, its download and print: measured after the next frame.
    const svg = await screen.findByRole('img', { name: /topology/i });
    expect(svg.getAttribute('width')).toBe('480');
    expect(container.querySelectorAll('.diagram svg')).toHaveLength(1);
  });
});

describe('TopologyDiagram shapes', () => {
  it.each([
    ['twoClouds', PERSONAS.twoClouds, 'agent'],
    ['regulatedTeam', PERSONAS.regulatedTeam, 'deployment'],
    ['40 projects', answersWith(40), 'code-location'],
  ] as const)(
    '%s: the SVG, sized first, then gets a shape for every code location',
    async (_, answers, level) => {
      boxesOf(640);
      const topology = recommendedTopology(answers);
      // Nodes added to the SVG itself once it was on the page (a subtree added whole makes one
      // record, at its parent).
      const records: MutationRecord[] = [];
      const watch = new MutationObserver((seen) => {
        pushAll(records, seen);
      });
      watch.observe(document.body, { subtree: true, childList: true, attributes: true });
      const { container } = render(
        <TopologyDiagram topology={topology} level={level} headingId="results-topology" />,
      );
      await drawn();
      pushAll(records, watch.takeRecords());
      watch.disconnect();
      const svg = container.querySelector('.diagram svg');
      // Its final size from the start (nothing below it moves), its shapes in a later render.
      expect(records.filter((r) => r.type === 'attributes' && r.target === svg)).toEqual([]);
      const addedToSvg = records.filter((r) => r.target === svg && r.addedNodes.length > 0);
      expect(addedToSvg.length).toBeGreaterThan(0);
      const titles = [...(svg?.querySelectorAll('g > title') ?? [])].map((t) => t.textContent);
      expect(titles).toEqual(
        expect.arrayContaining(locationsOf(topology).map((l) => `${l.name} (team ${l.team})`)),
      );
    },
  );
});

describe('Diagram as text', () => {
  it.each([
    ['twoClouds', PERSONAS.twoClouds],
    ['regulatedTeam', PERSONAS.regulatedTeam],
    ['40 projects', answersWith(40)],
  ])('%s: lists every code location once opened', async (_, answers) => {
    const user = userEvent.setup();
    const topology = recommendedTopology(answers);
    render(<TopologyDiagram topology={topology} level="agent" headingId="results-topology" />);
    const summary = screen.getByText('Diagram as text');
    const disclosure = summary.closest('details');
    if (disclosure === null) throw new Error('no disclosure');
    // Closed: the lists are not made yet (they are the bulk of the section).
    expect(within(disclosure).queryAllByRole('listitem')).toEqual([]);
    // (The browser opens a summary with Enter or Space as well; jsdom only with a click.)
    await user.click(summary);
    const items = await within(disclosure).findAllByRole('listitem');
    const listed = items.filter((li) => li.textContent.startsWith('Code location '));
    expect(listed.map((li) => li.querySelector('strong')?.textContent).sort()).toEqual(
      locationsOf(topology)
        .map((l) => l.name)
        .sort(),
    );
    await user.click(summary);
    expect(disclosure.open).toBe(false);
  });
});
