import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { PERSONAS } from '@/domain/__fixtures__/personas';
import { emitAll } from '@/domain/emitters/emitters';
import { rankOptions } from '@/domain/scoring/rank-options';
import { buildTopology } from '@/domain/topology/build-topology';

import { downloadNameOf, safeZipPath, zipFiles } from './download';

const filesOf = (answers: (typeof PERSONAS)[keyof typeof PERSONAS]) => {
  const ranking = rankOptions(answers);
  const topology = buildTopology(answers, ranking.recommended, ranking.layout.layout);
  return emitAll(answers, topology, { shareUrl: 'https://advisor.example/#v=1' });
};

describe('zipFiles', () => {
  it.each(['oneTeamOneCloud', 'regulatedTeam', 'threeTeamsNinePipelines'] as const)(
    'holds every file of %s at its path with its exact content',
    async (id) => {
      const files = filesOf(PERSONAS[id]);
      const unzipped = unzipSync(await zipFiles(files));
      expect(Object.keys(unzipped).sort()).toEqual(files.map((f) => f.path).sort());
      for (const file of files)
        expect(strFromU8(unzipped[file.path] ?? new Uint8Array())).toBe(file.content);
    },
  );

  it('puts the files of several repositories under one folder per repository', async () => {
    const files = filesOf(PERSONAS.regulatedTeam);
    const repos = new Set(files.flatMap((f) => (f.repo === null ? [] : [f.repo])));
    expect(repos.size).toBeGreaterThan(1);
    const paths = Object.keys(unzipSync(await zipFiles(files)));
    for (const repo of repos) expect(paths.some((p) => p.startsWith(`${repo}/`))).toBe(true);
  });

  it('gives the same bytes for the same files', async () => {
    const files = filesOf(PERSONAS.twoClouds);
    expect(await zipFiles(files)).toEqual(await zipFiles(files));
  });
});

describe('safeZipPath', () => {
  it.each([
    ['dagster_cloud.yaml', 'dagster_cloud.yaml'],
    ['repo/.github/workflows/deploy.yml', 'repo/.github/workflows/deploy.yml'],
    ['/abs/file.yaml', 'abs/file.yaml'],
    ['../../etc/passwd', 'etc/passwd'],
    ['a\\b\\c.txt', 'a/b/c.txt'],
    ['./x//y.md', 'x/y.md'],
    ['', 'file.txt'],
  ])('%j → %j', (input, expected) => {
    expect(safeZipPath(input)).toBe(expected);
  });
});

describe('downloadNameOf', () => {
  it.each([
    ['dagster_cloud.yaml', 'dagster_cloud.yaml'],
    ['dagster-finance/.github/workflows/dagster-cloud-deploy.yml', 'dagster-cloud-deploy.yml'],
    ['dir/', 'dir'],
  ])('%j downloads as %j', (path, expected) => {
    expect(downloadNameOf(path)).toBe(expected);
  });
});
