/**
 * dg-schema.ts is a transcription of dg's own rules at named commits (see its header). Each row
 * below is a file dg-core's `_DgConfigValidator` (dagster-io/dagster @0f2d9d8e) or the agent's
 * location schema (dagster-io/dagster-cloud @b064b378) rejects, with the message the source gives,
 * and each accepted row is what those sources accept.
 */
import { describe, expect, it } from 'vitest';

import type { z } from '../zod';
import {
  containerContextYamlSchema,
  dgBuildYamlSchema,
  dgWorkspaceTomlSchema,
  pyprojectDgFragmentSchema,
} from './dg-schema';
import { CONTAINER_CONTEXT_KEYS } from './emit-dg-project';

const fragment = (project: Record<string, unknown>) => ({
  tool: { dg: { directory_type: 'project', project: { root_module: 'ingest', ...project } } },
});

describe('dg-core @0f2d9d8e rejects, and so do the mirrors', () => {
  it.each<[string, z.ZodMiniType, unknown, string]>([
    [
      'agent_queue in [tool.dg.project] ("Unrecognized field at `tool.dg.project`: agent_queue")',
      pyprojectDgFragmentSchema,
      fragment({ agent_queue: 'aws' }),
      'agent_queue',
    ],
    [
      'image in [tool.dg.project] (not a DgRawProjectConfig key either)',
      pyprojectDgFragmentSchema,
      fragment({ image: 'acme/ingest:1' }),
      'image',
    ],
    [
      'agent_queue in build.yaml (DgRawBuildConfig: registry, directory; PR #33655 was not merged)',
      dgBuildYamlSchema,
      { registry: 'r', agent_queue: 'aws' },
      'agent_queue',
    ],
    [
      'a top-level env_vars in container_context.yaml (the agent schema: k8s, docker, ecs only)',
      containerContextYamlSchema,
      { env_vars: ['A'], k8s: {} },
      'env_vars',
    ],
    [
      'a [workspace] key dg does not know',
      dgWorkspaceTomlSchema,
      { directory_type: 'workspace', workspace: { projects: [], agent_queue: 'aws' } },
      'agent_queue',
    ],
    [
      'root_module that is not a string ("Invalid value for `tool.dg.project.root_module`")',
      pyprojectDgFragmentSchema,
      { tool: { dg: { directory_type: 'project', project: { root_module: 1 } } } },
      'root_module',
    ],
  ])('rejects %s', (_name, schema, value, key) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(key);
  });

  it.each<[string, z.ZodMiniType, unknown]>([
    [
      'every DgRawProjectConfig key',
      pyprojectDgFragmentSchema,
      fragment({
        defs_module: 'ingest.defs',
        code_location_target_module: 'ingest.definitions',
        code_location_name: 'ingest',
        registry_modules: ['ingest.*', 'shared.components'],
      }),
    ],
    [
      'env_vars under the platform key',
      containerContextYamlSchema,
      { docker: { env_vars: ['A'] } },
    ],
    [
      'a workspace with a project spec',
      dgWorkspaceTomlSchema,
      {
        directory_type: 'workspace',
        workspace: { projects: [{ path: 'ingest' }] },
      },
    ],
  ])('accepts %s', (_name, schema, value) => {
    expect(schema.safeParse(value).success).toBe(true);
  });

  it('takes exactly the container-context keys the emitter writes', () => {
    expect(Object.keys(containerContextYamlSchema.shape).sort()).toEqual(
      [...CONTAINER_CONTEXT_KEYS].sort(),
    );
  });
});
