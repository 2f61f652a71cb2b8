/**
 * A zod mirror of the `dagster-cloud` CLI's pydantic model for the legacy `dagster_cloud.yaml`
 * (dagster-facts.md §1a, `dagster_cloud_cli/config/models.py`): extra keys are forbidden at every
 * level, `locations` is required, a `code_source` sets exactly one source key, and location names
 * are unique. `container_context` stays free-form here, as in the CLI (the agent validates it).
 */
import { z } from '../zod';

/** The four code-source keys; exactly one must be set. */
export const CODE_SOURCE_KEYS = [
  'package_name',
  'module_name',
  'python_file',
  'autoload_defs_module_name',
] as const;

export const codeSourceSchema = z
  .strictObject({
    package_name: z.optional(z.string()),
    module_name: z.optional(z.string()),
    python_file: z.optional(z.string()),
    autoload_defs_module_name: z.optional(z.string()),
  })
  .check(
    z.refine((source) => CODE_SOURCE_KEYS.filter((k) => source[k] !== undefined).length === 1, {
      message: `Set exactly one of ${CODE_SOURCE_KEYS.join(', ')}.`,
    }),
  );

export const buildSchema = z.strictObject({
  directory: z.optional(z.string()),
  registry: z.optional(z.string()),
});

const sharedLocationFields = {
  build: z.optional(buildSchema),
  working_directory: z.optional(z.string()),
  image: z.optional(z.string()),
  executable_path: z.optional(z.string()),
  container_context: z.optional(z.record(z.string(), z.unknown())),
  agent_queue: z.optional(z.string()),
};

export const locationSchema = z.strictObject({
  location_name: z.string().check(z.minLength(1, { message: 'location_name must not be empty.' })),
  code_source: z.optional(codeSourceSchema),
  attribute: z.optional(z.string()),
  ...sharedLocationFields,
});

/** `defaults:` accepts the shared fields only (not location_name, code_source or attribute). */
export const locationDefaultsSchema = z.strictObject(sharedLocationFields);

export const dagsterCloudYamlSchema = z
  .strictObject({
    locations: z.array(locationSchema),
    defaults: z.optional(locationDefaultsSchema),
  })
  .check(
    z.superRefine((file, ctx) => {
      const seen = new Set<string>();
      file.locations.forEach((location, i) => {
        if (seen.has(location.location_name)) {
          ctx.addIssue({
            code: 'custom',
            path: ['locations', i, 'location_name'],
            message: `Duplicate location_name "${location.location_name}".`,
          });
        }
        seen.add(location.location_name);
      });
    }),
  );

export type DagsterCloudYaml = z.infer<typeof dagsterCloudYamlSchema>;
export type DagsterCloudLocation = z.infer<typeof locationSchema>;
