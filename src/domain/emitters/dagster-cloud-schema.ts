/**
 * A zod mirror of the `dagster-cloud` CLI's pydantic model for the legacy `dagster_cloud.yaml`
 * (dagster-facts.md §1a, `dagster_cloud_cli/config/models.py`): extra keys are forbidden at every
 * level, `locations` is required, a `code_source` sets exactly one source key, and location names
 * are unique. `container_context` stays free-form here, as in the CLI (the agent validates it).
 */
import { z } from 'zod';

/** The four code-source keys; exactly one must be set. */
export const CODE_SOURCE_KEYS = [
  'package_name',
  'module_name',
  'python_file',
  'autoload_defs_module_name',
] as const;

export const codeSourceSchema = z
  .strictObject({
    package_name: z.string().optional(),
    module_name: z.string().optional(),
    python_file: z.string().optional(),
    autoload_defs_module_name: z.string().optional(),
  })
  .refine((source) => CODE_SOURCE_KEYS.filter((k) => source[k] !== undefined).length === 1, {
    message: `Set exactly one of ${CODE_SOURCE_KEYS.join(', ')}.`,
  });

export const buildSchema = z.strictObject({
  directory: z.string().optional(),
  registry: z.string().optional(),
});

const sharedLocationFields = {
  build: buildSchema.optional(),
  working_directory: z.string().optional(),
  image: z.string().optional(),
  executable_path: z.string().optional(),
  container_context: z.record(z.string(), z.unknown()).optional(),
  agent_queue: z.string().optional(),
};

export const locationSchema = z.strictObject({
  location_name: z.string().min(1, { message: 'location_name must not be empty.' }),
  code_source: codeSourceSchema.optional(),
  attribute: z.string().optional(),
  ...sharedLocationFields,
});

/** `defaults:` accepts the shared fields only (not location_name, code_source or attribute). */
export const locationDefaultsSchema = z.strictObject(sharedLocationFields);

export const dagsterCloudYamlSchema = z
  .strictObject({
    locations: z.array(locationSchema),
    defaults: locationDefaultsSchema.optional(),
  })
  .superRefine((file, ctx) => {
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
  });

export type DagsterCloudYaml = z.infer<typeof dagsterCloudYamlSchema>;
export type DagsterCloudLocation = z.infer<typeof locationSchema>;
