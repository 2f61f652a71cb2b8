import { describe, expect, it } from 'vitest';
import { parse as parseToml } from 'smol-toml';
import { parse } from 'yaml';

import { PERSONAS, type PersonaId } from '../__fixtures__/personas';
import { AGENT_PLATFORMS, type AgentPlatform, type Answers } from '../questionnaire/schemas';
import { LEVEL_IDS, type LevelId, type RepoLayout } from '../scoring/types';
import { buildTopology } from '../topology/build-topology';
import type { z } from '../zod';
import {
  containerContextYamlSchema,
  dgBuildYamlSchema,
  dgWorkspaceTomlSchema,
  pyprojectDgFragmentSchema,
} from './dg-schema';
import { DG_FOLDER, PYPROJECT_FRAGMENT } from './emit-dg-project';
import { TERRAFORM_PATH } from './emit-terraform';
import { emitAll } from './emitters';
import { terraformFileSchema } from './terraform-schema';
import type { GeneratedFile } from './types';

type Case = {
  id: string;
  answers: Answers;
  level: LevelId;
  layout: RepoLayout;
  platform: AgentPlatform;
};

const PERSONA_IDS = Object.keys(PERSONAS) as PersonaId[];
const LAYOUTS: readonly RepoLayout[] = ['monorepo', 'multirepo'];

const caseOf = (
  persona: PersonaId,
  level: LevelId,
  layout: RepoLayout,
  platform: AgentPlatform,
): Case => ({
  id: `${persona}-${level}-${layout}-${platform}`,
  answers: { ...PERSONAS[persona], agent: platform },
  level,
  layout,
  platform,
});

/** Every persona at every level and layout, on every agent platform. */
const CASES: Case[] = PERSONA_IDS.flatMap((persona) =>
  LEVEL_IDS.flatMap((level) =>
    LAYOUTS.flatMap((layout) =>
      AGENT_PLATFORMS.map((platform) => caseOf(persona, level, layout, platform)),
    ),
  ),
);
/** Terraform does not depend on the agent platform: each persona's own, at every level and layout. */
const TERRAFORM_CASES: Case[] = PERSONA_IDS.flatMap((persona) =>
  LEVEL_IDS.flatMap((level) =>
    LAYOUTS.map((layout) => caseOf(persona, level, layout, PERSONAS[persona].agent)),
  ),
);

const emit = (c: Case): GeneratedFile[] =>
  emitAll(c.answers, buildTopology(c.answers, c.level, c.layout), {
    shareUrl: `https://isolation-advisor.example/#case=${c.id}`,
    extraTargets: ['dg-project', 'terraform'],
  });

const fileName = (f: GeneratedFile): string => f.path.split('/').at(-1) ?? '';
/** The dg files: in `dg/` as an alternative, at the repository root in the dg format. */
const dgFiles = (files: GeneratedFile[]) =>
  files.filter((f) => f.path.split('/').includes(DG_FOLDER) || fileName(f) in DG_SCHEMAS);

/** zod issues as one readable line for the assertion message. */
const issuesOf = (result: { success: boolean; error?: z.core.$ZodError }): string =>
  JSON.stringify(result.error?.issues.map((i) => ({ path: i.path, message: i.message })));

const DG_SCHEMAS: Record<string, { schema: z.ZodMiniType; read: (text: string) => unknown }> = {
  'build.yaml': { schema: dgBuildYamlSchema, read: (t) => parse(t) as unknown },
  'container_context.yaml': {
    schema: containerContextYamlSchema,
    read: (t) => parse(t) as unknown,
  },
  // TOML read by smol-toml (a TOML 1.0 parser from npm), not by a parser of ours.
  [PYPROJECT_FRAGMENT]: { schema: pyprojectDgFragmentSchema, read: parseToml },
  'dg.toml': { schema: dgWorkspaceTomlSchema, read: parseToml },
};

describe('emitted dg files against the dg schemas', () => {
  it.each(CASES)('$id: every dg file matches its schema', (c) => {
    const files = dgFiles(emit(c));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const entry = DG_SCHEMAS[fileName(f)];
      expect(entry, `${f.path} has no schema`).toBeDefined();
      if (entry === undefined) continue;
      const result = entry.schema.safeParse(entry.read(f.content));
      expect(result.success, `${f.path}: ${issuesOf(result)}`).toBe(true);
    }
    const contexts = files.filter((f) => fileName(f) === 'container_context.yaml');
    if (c.platform === 'local') {
      expect(contexts).toEqual([]);
    } else {
      expect(contexts.length).toBeGreaterThan(0);
      for (const f of contexts)
        expect(Object.keys(parse(f.content) as object)).toContain(c.platform);
    }
  });
});

describe('emitted Terraform against the dagsterplus provider schema', () => {
  it.each(TERRAFORM_CASES)('$id: main.tf.json matches the schema', (c) => {
    const file = emit(c).find((f) => f.path === TERRAFORM_PATH);
    expect(file).toBeDefined();
    const result = terraformFileSchema.safeParse(JSON.parse(file?.content ?? 'null'));
    expect(result.success, issuesOf(result)).toBe(true);
  });
});

describe('the dg schemas reject what dg rejects', () => {
  const project = { directory_type: 'project', project: { root_module: 'ingest' } };
  it.each<[string, z.ZodMiniType, unknown]>([
    ['build.yaml with an unknown key', dgBuildYamlSchema, { registry: 'r', agent_queue: 'q' }],
    ['build.yaml with a legacy locations list', dgBuildYamlSchema, { locations: [] }],
    ['build.yaml with a numeric registry', dgBuildYamlSchema, { registry: 5 }],
    ['container_context.yaml with an unknown platform', containerContextYamlSchema, { aca: {} }],
    [
      'container_context.yaml with an unknown k8s key',
      containerContextYamlSchema,
      { k8s: { node_selector: {} } },
    ],
    [
      'container_context.yaml with env_vars as a map',
      containerContextYamlSchema,
      { env_vars: { A: '1' } },
    ],
    [
      'container_context.yaml with an unknown merge_behavior',
      containerContextYamlSchema,
      { k8s: { run_k8s_config: { merge_behavior: 'MERGE' } } },
    ],
    [
      'container_context.yaml with an ECS secret missing valueFrom',
      containerContextYamlSchema,
      { ecs: { secrets: [{ name: 'TOKEN' }] } },
    ],
    [
      '[tool.dg.project] without root_module',
      pyprojectDgFragmentSchema,
      { tool: { dg: { directory_type: 'project', project: { code_location_name: 'x' } } } },
    ],
    [
      '[tool.dg.project] with an unknown key',
      pyprojectDgFragmentSchema,
      { tool: { dg: { ...project, project: { root_module: 'ingest', location: 'x' } } } },
    ],
    [
      '[tool.dg] of the wrong directory type',
      pyprojectDgFragmentSchema,
      { tool: { dg: { ...project, directory_type: 'workspace' } } },
    ],
    [
      '[tool.dg.project] with a boolean agent_queue',
      pyprojectDgFragmentSchema,
      { tool: { dg: { ...project, project: { root_module: 'ingest', agent_queue: true } } } },
    ],
    [
      '[tool.dg.project] with an invalid registry module pattern',
      pyprojectDgFragmentSchema,
      { tool: { dg: { ...project, project: { root_module: 'a', registry_modules: ['a..b'] } } } },
    ],
    ['[tool.dg] without [tool.dg.project]', pyprojectDgFragmentSchema, { tool: { dg: {} } }],
    [
      'dg.toml without [workspace]',
      dgWorkspaceTomlSchema,
      { directory_type: 'workspace', projects: [] },
    ],
    [
      'dg.toml with a project spec missing path',
      dgWorkspaceTomlSchema,
      { directory_type: 'workspace', workspace: { projects: [{ name: 'ingest' }] } },
    ],
  ])('rejects %s', (_, schema, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });

  it.each<[string, z.ZodMiniType, unknown]>([
    ['an empty build.yaml', dgBuildYamlSchema, {}],
    [
      'a filled-in k8s container context',
      containerContextYamlSchema,
      {
        k8s: {
          env_vars: ['A', 'B=1'],
          namespace: 'team-a',
          env_secrets: ['s'],
          server_k8s_config: { container_config: { resources: {} } },
          run_k8s_config: { merge_behavior: 'DEEP' },
        },
      },
    ],
    [
      'a filled-in ECS container context',
      containerContextYamlSchema,
      {
        ecs: {
          secrets: [{ name: 'T', valueFrom: 'arn:x' }],
          task_role_arn: { env: 'ROLE_ARN' },
          run_resources: { cpu: '256', memory: '512' },
        },
      },
    ],
    [
      'a full [tool.dg.project]',
      pyprojectDgFragmentSchema,
      {
        tool: {
          dg: {
            ...project,
            project: {
              root_module: 'ingest',
              code_location_name: 'ingest',
              defs_module: 'ingest.defs',
              code_location_target_module: 'ingest.definitions',
              registry_modules: ['ingest.*'],
            },
            cli: { verbose: true },
          },
        },
      },
    ],
  ])('accepts %s', (_, schema, value) => {
    expect(schema.safeParse(value).success).toBe(true);
  });
});

describe('the Terraform schema rejects what the provider rejects', () => {
  const valid = {
    terraform: { required_providers: { dagsterplus: { source: 'dagster-io/dagsterplus' } } },
    provider: { dagsterplus: { organization: 'acme' } },
    resource: {
      dagsterplus_deployment: { staging: { name: 'staging', agent_type: 'HYBRID' } },
      dagsterplus_team: { data: { name: 'data' } },
      dagsterplus_team_deployment_grant: {
        'data--prod': {
          team_id: '${dagsterplus_team.data.id}',
          deployment: 'prod',
          grant: 'VIEWER',
          location_grants: [{ location_name: 'ingest', grant: 'EDITOR' }],
        },
      },
    },
  };
  const grant = valid.resource.dagsterplus_team_deployment_grant['data--prod'];
  const withGrant = (g: Record<string, unknown>) => ({
    ...valid,
    resource: { ...valid.resource, dagsterplus_team_deployment_grant: { 'data--prod': g } },
  });
  const withResource = (r: Record<string, unknown>) => ({
    ...valid,
    resource: { ...valid.resource, ...r },
  });

  it('accepts a minimal valid file', () => {
    expect(terraformFileSchema.safeParse(valid).success).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a grant with an unknown role', withGrant({ ...grant, grant: 'OWNER' })],
    ['a grant without team_id', withGrant({ deployment: 'prod', grant: 'VIEWER' })],
    ['a grant with neither grant nor custom_role_id', withGrant({ team_id: 't', deployment: 'p' })],
    ['a grant with both grant and custom_role_id', withGrant({ ...grant, custom_role_id: '7' })],
    ['a grant with a deployment_id attribute', withGrant({ ...grant, deployment_id: '1' })],
    [
      'a location grant without location_name',
      withGrant({ ...grant, location_grants: [{ grant: 'EDITOR' }] }),
    ],
    [
      'a location grant with an unknown key',
      withGrant({
        ...grant,
        location_grants: [{ location_name: 'x', grant: 'EDITOR', role: 'x' }],
      }),
    ],
    [
      'a deployment with an unknown agent type',
      withResource({ dagsterplus_deployment: { staging: { name: 'staging', agent_type: 'K8S' } } }),
    ],
    [
      'a deployment setting its computed id',
      withResource({ dagsterplus_deployment: { staging: { name: 'staging', id: 'staging' } } }),
    ],
    [
      'a deployment with a numeric name',
      withResource({ dagsterplus_deployment: { s: { name: 1 } } }),
    ],
    ['a team without name', withResource({ dagsterplus_team: { data: {} } })],
    [
      'a team with an organization grant other than ADMIN',
      withResource({
        dagsterplus_team: { data: { name: 'd', organization_grant: [{ grant: 'EDITOR' }] } },
      }),
    ],
    [
      'a resource label starting with a digit',
      withResource({ dagsterplus_team: { '1x': { name: 'x' } } }),
    ],
    ['an unknown resource type', withResource({ dagsterplus_teams: {} })],
    ['an unknown provider argument', { ...valid, provider: { dagsterplus: { token: 'x' } } }],
    [
      'another provider source',
      {
        ...valid,
        terraform: { required_providers: { dagsterplus: { source: 'hashicorp/dagsterplus' } } },
      },
    ],
    ['no provider block', { terraform: valid.terraform, resource: valid.resource }],
  ])('rejects %s', (_, file) => {
    expect(terraformFileSchema.safeParse(file).success).toBe(false);
  });
});
