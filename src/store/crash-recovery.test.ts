// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';

import { onCrashRecovery, recoverFromCrash } from './crash-recovery';
import { keepUnsaved, readUnsaved } from './unsaved-steps';

describe('recoverFromCrash', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
  });

  it("forgets the crashed step's unsaved values and keeps the other steps'", () => {
    const values = { projects: [{ name: 'A b', team: 'd', compute: 'm', highVolume: false }] };
    keepUnsaved('projects', 'over', values);
    keepUnsaved('compute', 'over', values);
    recoverFromCrash('projects');
    expect(readUnsaved('projects', 'over')).toBeNull();
    expect(readUnsaved('compute', 'over')).toEqual(values);
  });

  it('runs every reset, even after one throws, until it is unregistered', () => {
    const seen: string[] = [];
    const stopBad = onCrashRecovery(() => {
      throw new Error('bad reset');
    });
    const stop = onCrashRecovery((view) => seen.push(view));
    recoverFromCrash('import');
    stop();
    stopBad();
    recoverFromCrash('results');
    expect(seen).toEqual(['import']);
  });
});
