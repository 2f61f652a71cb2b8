import { describe, expect, it } from 'vitest';

import { PERSONAS } from '@/domain/__fixtures__/personas';
import { QUICKSTART } from '@/domain/import/__fixtures__/dagster-cloud-files';
import { joinFragment, splitFragment } from '@/store/fragment';
import { createWizardStore, type ImportedSetup } from '@/store/wizard-store';

const IMPORTED: ImportedSetup = { input: { dagsterCloudYaml: QUICKSTART }, layout: null };

describe('the store keeps imported files as an input', () => {
  it('applyImport sets the answers and the files, and opens the projects step', () => {
    const store = createWizardStore();
    store.getState().applyImport(PERSONAS.twoClouds, IMPORTED);
    expect(store.getState()).toMatchObject({
      answers: PERSONAS.twoClouds,
      imported: IMPORTED,
      view: 'projects',
      revision: 1,
    });
  });

  it.each([
    ['an example or a restored draft replaces the answers', 'replace'],
    ['start over', 'startOver'],
    ['"Forget the imported files"', 'forget'],
  ] as const)('%s: the imported files are forgotten', (_, action) => {
    const store = createWizardStore();
    store.getState().applyImport(PERSONAS.twoClouds, IMPORTED);
    if (action === 'replace') store.getState().replaceAnswers(PERSONAS.regulatedTeam, 'projects');
    else if (action === 'startOver') store.getState().startOver();
    else store.getState().forgetImport();
    expect(store.getState().imported).toBeNull();
  });

  it('editing a step keeps the imported files', () => {
    const store = createWizardStore();
    store.getState().applyImport(PERSONAS.twoClouds, IMPORTED);
    store.getState().commitAnswers({ plan: 'starter' });
    store.getState().goTo('results');
    expect(store.getState().imported).toBe(IMPORTED);
  });
});

describe('the import view in the URL fragment', () => {
  it.each([
    ['#view=import', 'import'],
    ['#v=1&p=a&view=import', 'import'],
    ['#view=imports', null],
  ] as const)('%s → view %s', (hash, view) => {
    expect(splitFragment(hash).view).toBe(view);
  });

  it('writes view=import next to the share state', () => {
    expect(joinFragment('v=1', 'import')).toBe('v=1&view=import');
  });
});
