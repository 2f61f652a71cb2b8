// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { ISSUE_10_LINKS } from '@/domain/__fixtures__/issue-links';
import { PERSONAS } from '@/domain/__fixtures__/personas';
import { safetyNotes } from '@/domain/emitters/safety';
import { planFiles } from '@/domain/plan/plan-files';
import type { Answers } from '@/domain/questionnaire/schemas';
import { recommendedTopology } from '@/domain/plan/recommended-topology';
import { decodeShareState } from '@/domain/url-codec/codec';

import { FilesSection } from './files-section';

const renderFiles = (answers: Answers) => {
  // The topology the section plans from (planFiles), for the notes the test compares.
  const topology = recommendedTopology(answers);
  render(<FilesSection answers={answers} shareUrl="#x" headingId="files" />);
  const box = screen.getByRole('heading', { name: 'Check before you commit' }).parentElement;
  if (box === null) throw new Error('no caveats box');
  return { box, topology };
};

afterEach(cleanup);

describe('the files section says what the files do for safety', () => {
  it('regulatedTeam: no branch deployments for the confidential team, in the words of SETUP.md', () => {
    const { box, topology } = renderFiles(PERSONAS.regulatedTeam);
    const notes = safetyNotes(topology);
    expect(notes.length).toBeGreaterThan(0);
    const items = within(box)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // Shown as the domain says it (backticks become code, so compare without them).
    for (const note of notes) expect(items).toContain(note.replaceAll('`', ''));
    expect(box.textContent).toContain('No branch deployments for dagster-finance');
  });

  it('starterTwoClouds link: says the GCP project runs where the one agent runs', () => {
    const { box } = renderFiles(decodeShareState(ISSUE_10_LINKS.starterTwoClouds).answers);
    expect(box.textContent).toContain('gcp (train): all of them run where that agent runs');
  });
});

describe('the file viewer draws the text of the selected file only', () => {
  const panelText = (tab: HTMLElement): string => {
    const id = tab.getAttribute('aria-controls') ?? '';
    const panel = document.getElementById(id);
    if (panel === null) throw new Error(`tab ${tab.textContent} controls no panel`);
    return panel.textContent;
  };

  it.each([
    ['twoClouds', PERSONAS.twoClouds],
    ['regulatedTeam', PERSONAS.regulatedTeam],
    ['starterTwoClouds link', decodeShareState(ISSUE_10_LINKS.starterTwoClouds).answers],
  ])(
    '%s: each tab shows its file once selected, the hidden panels stay empty',
    async (_, answers) => {
      const user = userEvent.setup();
      const { files } = planFiles(answers, { shareUrl: '#x' });
      render(<FilesSection answers={answers} shareUrl="#x" headingId="files" />);
      const tabs = screen.getAllByRole('tab');
      expect(tabs.map((t) => t.textContent)).toEqual(files.map((f) => f.path));
      // Last, first and a middle one: the selected panel holds exactly its file, no other one any text.
      for (const at of [files.length - 1, 0, Math.floor(files.length / 2)]) {
        const tab = tabs[at];
        if (tab === undefined) throw new Error('no tab');
        await user.click(tab);
        tabs.forEach((t, i) => {
          expect(panelText(t)).toBe(i === at ? files[i]?.content : '');
        });
        expect(screen.getByRole('tabpanel')).toHaveAccessibleName(files[at]?.path ?? '');
      }
    },
  );
});
