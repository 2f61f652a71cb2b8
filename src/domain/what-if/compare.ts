/**
 * Two scenarios side by side (today and next year, say): how the ranking, the topology and the
 * generated files differ. Each scenario is ranked, planned and emitted exactly as the results do
 * (`rankOptions` → `buildTopology` with the recommended level and layout → `emitAll`, with the
 * scenario's own optional targets). Files are emitted with the same share link for both, so a
 * header line never counts as a change.
 */
import type { GeneratedFile } from '../emitters/types';
import { planFiles } from '../plan/plan-files';
import type { Answers } from '../questionnaire/schemas';
import {
  LEVEL_IDS,
  type LevelId,
  type RankedLevel,
  type Ranking,
  type RepoLayout,
} from '../scoring/types';
import type { Topology } from '../topology/types';
import { diffLines, type DiffLine } from '../text/line-diff';
import { changeBetween, outcomeOfRanking, type OutcomeChange } from './outcome';

/** One level in one scenario: its rank and its shown score, fit and what holds it back. */
export type LevelInScenario = Pick<
  RankedLevel,
  'rank' | 'score' | 'fitScore' | 'heldBack' | 'available'
>;

/** One level in both scenarios. */
export type LevelComparison = {
  readonly level: LevelId;
  readonly a: LevelInScenario;
  readonly b: LevelInScenario;
  /** b.score − a.score (shown scores, as the ranking shows them). */
  readonly scoreDelta: number;
};

export type RankingComparison = {
  readonly recommended: { readonly a: LevelId; readonly b: LevelId };
  readonly layout: { readonly a: RepoLayout; readonly b: RepoLayout };
  /** The level and layout parts that differ (empty object when both are the same). */
  readonly changes: OutcomeChange;
  /** True when the three levels are ranked in a different order. */
  readonly orderChanged: boolean;
  /** Every level, in LEVEL_IDS order. */
  readonly levels: readonly LevelComparison[];
};

/** Names present only in b (`added`) or only in a (`removed`), each in first-seen order. */
export type SetChange = { readonly added: readonly string[]; readonly removed: readonly string[] };

/** A code location present in both, served differently. */
export type LocationMove = {
  /** "<deployment>/<location>". */
  readonly key: string;
  readonly from: { readonly agent: string; readonly queue: string | null };
  readonly to: { readonly agent: string; readonly queue: string | null };
};

export type TopologyComparison = {
  readonly deployments: SetChange;
  readonly agents: SetChange;
  /** Keys are "<deployment>/<location>" (a location lives once per deployment). */
  readonly locations: SetChange;
  /** Locations in both scenarios whose agent or queue differs. */
  readonly moved: readonly LocationMove[];
  readonly repos: SetChange;
};

export type ChangedFile = {
  readonly path: string;
  readonly diff: readonly DiffLine[];
  readonly added: number;
  readonly removed: number;
};

export type FilesComparison = {
  /** Paths only in b, in b's order. */
  readonly added: readonly string[];
  /** Paths only in a, in a's order. */
  readonly removed: readonly string[];
  /** Paths in both with different content, in a's order. */
  readonly changed: readonly ChangedFile[];
  readonly unchanged: readonly string[];
};

export type ScenarioComparison = {
  readonly ranking: RankingComparison;
  readonly topology: TopologyComparison;
  readonly files: FilesComparison;
  /** True when ranking order, scores, layout, topology and files are all the same. */
  readonly same: boolean;
};

export type CompareOptions = {
  /** Share link written into both scenarios' file headers (default: empty). */
  readonly shareUrl?: string;
};

const setChange = (a: readonly string[], b: readonly string[]): SetChange => {
  const inA = new Set(a);
  const inB = new Set(b);
  return {
    added: [...new Set(b.filter((x) => !inA.has(x)))],
    removed: [...new Set(a.filter((x) => !inB.has(x)))],
  };
};

const compareRanking = (a: Ranking, b: Ranking): RankingComparison => {
  const levels = LEVEL_IDS.map((level): LevelComparison => {
    const pick = (r: Ranking): LevelInScenario => {
      const row = r.levels.find((l) => l.level === level);
      return {
        rank: row?.rank ?? 0,
        score: row?.score ?? 0,
        fitScore: row?.fitScore ?? 0,
        heldBack: row?.heldBack ?? null,
        available: row?.available ?? false,
      };
    };
    const x = pick(a);
    const y = pick(b);
    return { level, a: x, b: y, scoreDelta: y.score - x.score };
  });
  const order = (r: Ranking) => r.levels.map((l) => l.level).join(',');
  return {
    recommended: { a: a.recommended, b: b.recommended },
    layout: { a: a.layout.layout, b: b.layout.layout },
    changes: changeBetween(outcomeOfRanking(a), outcomeOfRanking(b)),
    orderChanged: order(a) !== order(b),
    levels,
  };
};

type Placement = { key: string; agent: string; queue: string | null };

const placements = (t: Topology): Placement[] =>
  t.deployments.flatMap((d) =>
    d.agents.flatMap((agent) =>
      agent.locations.map((l) => ({
        key: `${d.name}/${l.name}`,
        agent: agent.name,
        queue: l.agentQueue,
      })),
    ),
  );

const compareTopology = (a: Topology, b: Topology): TopologyComparison => {
  const pa = placements(a);
  const pb = placements(b);
  const byKey = new Map(pa.map((p) => [p.key, p]));
  const moved = pb.flatMap((to): LocationMove[] => {
    const from = byKey.get(to.key);
    if (from === undefined || (from.agent === to.agent && from.queue === to.queue)) return [];
    return [
      {
        key: to.key,
        from: { agent: from.agent, queue: from.queue },
        to: { agent: to.agent, queue: to.queue },
      },
    ];
  });
  const agentNames = (t: Topology) => t.deployments.flatMap((d) => d.agents.map((x) => x.name));
  return {
    deployments: setChange(
      a.deployments.map((d) => d.name),
      b.deployments.map((d) => d.name),
    ),
    agents: setChange(agentNames(a), agentNames(b)),
    locations: setChange(
      pa.map((p) => p.key),
      pb.map((p) => p.key),
    ),
    moved,
    repos: setChange(
      a.repos.map((r) => r.name),
      b.repos.map((r) => r.name),
    ),
  };
};

const compareFiles = (
  a: readonly GeneratedFile[],
  b: readonly GeneratedFile[],
): FilesComparison => {
  const inB = new Map(b.map((f) => [f.path, f.content]));
  const inA = new Set(a.map((f) => f.path));
  const changed: ChangedFile[] = [];
  const unchanged: string[] = [];
  const removed: string[] = [];
  for (const file of a) {
    const other = inB.get(file.path);
    if (other === undefined) {
      removed.push(file.path);
    } else if (other === file.content) {
      unchanged.push(file.path);
    } else {
      const diff = diffLines(file.content, other);
      changed.push({
        path: file.path,
        diff,
        added: diff.filter((l) => l.kind === 'added').length,
        removed: diff.filter((l) => l.kind === 'removed').length,
      });
    }
  }
  return {
    added: b.filter((f) => !inA.has(f.path)).map((f) => f.path),
    removed,
    changed,
    unchanged,
  };
};

const isEmpty = (c: SetChange): boolean => c.added.length === 0 && c.removed.length === 0;

/** How scenario b differs from scenario a in ranking, topology and files. Deterministic. */
export const compareScenarios = (
  a: Answers,
  b: Answers,
  options: CompareOptions = {},
): ScenarioComparison => {
  const shareUrl = options.shareUrl ?? '';
  const x = planFiles(a, { shareUrl });
  const y = planFiles(b, { shareUrl });
  const ranking = compareRanking(x.ranking, y.ranking);
  const topology = compareTopology(x.topology, y.topology);
  const files = compareFiles(x.files, y.files);
  const same =
    !ranking.orderChanged &&
    ranking.changes.level === undefined &&
    ranking.changes.layout === undefined &&
    ranking.levels.every((l) => l.scoreDelta === 0) &&
    isEmpty(topology.deployments) &&
    isEmpty(topology.agents) &&
    isEmpty(topology.locations) &&
    isEmpty(topology.repos) &&
    topology.moved.length === 0 &&
    files.added.length === 0 &&
    files.removed.length === 0 &&
    files.changed.length === 0;
  return { ranking, topology, files, same };
};
