/**
 * A zod mirror of the `dagster-cloud` CLI's pydantic model for the legacy `dagster_cloud.yaml`
 * (dagster-facts.md §1a, §8): dagster-io/dagster
 * `python_modules/libraries/dagster-cloud-cli/dagster_cloud_cli/config/models.py` at commit
 * 2fc2cf18. Every model is `extra="forbid"` (unknown keys rejected at every level), `locations` is
 * required, a `code_source` sets exactly one source key (`exactly_one_source_defined`: keys with a
 * non-empty value count), and location names are unique (`no_duplicate_names`).
 * `container_context` stays free-form here, as in the CLI (the agent validates it).
 *
 * `code_source.autoload_defs_module_name`: that commit's `CodeSource` has only `package_name`,
 * `module_name` and `python_file`, so pydantic rejects it (`extra_forbidden`). A later stored
 * version of the same model (written with `str | None`, release not identified) adds it, and the
 * agent's location schema has taken it since dagster-cloud 1.10.21 (dagster-io/dagster-cloud
 * c5a8273). No release boundary can be named, so `dagsterCloudYamlSchema` follows 2fc2cf18 (every
 * CLI we read accepts what it accepts: the generated files never use autoload) and
 * `laterDagsterCloudYamlSchema` follows the later model.
 *
 * One rule is stricter than the model: an empty `location_name` (pydantic takes any string; the
 * agents reject an empty name, dagster-io/dagster-cloud CHANGES.md).
 */
import { z } from '../zod';

/** The code-source keys of the CLI model at 2fc2cf18. */
export const CLI_CODE_SOURCE_KEYS = ['package_name', 'module_name', 'python_file'] as const;

/** Every code-source key some release accepts (the later CLI model, the agent's schema). */
export const CODE_SOURCE_KEYS = [...CLI_CODE_SOURCE_KEYS, 'autoload_defs_module_name'] as const;

type CodeSourceKey = (typeof CODE_SOURCE_KEYS)[number];

const codeSourceOf = (keys: readonly CodeSourceKey[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, z.optional(z.string())]))).check(
    z.refine((source) => keys.filter((k) => Boolean(source[k])).length === 1, {
      message: `Set exactly one of ${keys.join(', ')}.`,
    }),
  );

export const codeSourceSchema = codeSourceOf(CLI_CODE_SOURCE_KEYS);

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

const locationOf = (codeSource: ReturnType<typeof codeSourceOf>) =>
  z.strictObject({
    location_name: z
      .string()
      .check(z.minLength(1, { message: 'location_name must not be empty.' })),
    code_source: z.optional(codeSource),
    attribute: z.optional(z.string()),
    ...sharedLocationFields,
  });

/** `Location` at 2fc2cf18. */
export const locationSchema = locationOf(codeSourceSchema);

/** `defaults:` accepts the shared fields only (not location_name, code_source or attribute). */
export const locationDefaultsSchema = z.strictObject(sharedLocationFields);

const fileOf = (location: ReturnType<typeof locationOf>) =>
  z
    .strictObject({
      locations: z.array(location),
      defaults: z.optional(locationDefaultsSchema),
    })
    .check(
      z.superRefine((file, ctx) => {
        const seen = new Set<string>();
        file.locations.forEach((l, i) => {
          if (seen.has(l.location_name)) {
            ctx.addIssue({
              code: 'custom',
              path: ['locations', i, 'location_name'],
              message: `Duplicate location_name "${l.location_name}".`,
            });
          }
          seen.add(l.location_name);
        });
      }),
    );

/** `DagsterCloudYaml` at 2fc2cf18: what every CLI we read accepts. */
export const dagsterCloudYamlSchema = fileOf(locationOf(codeSourceSchema));
/** The later stored model, which adds `code_source.autoload_defs_module_name`. */
export const laterDagsterCloudYamlSchema = fileOf(locationOf(codeSourceOf(CODE_SOURCE_KEYS)));

export type DagsterCloudYaml = z.infer<typeof dagsterCloudYamlSchema>;
export type DagsterCloudLocation = z.infer<typeof locationSchema>;
