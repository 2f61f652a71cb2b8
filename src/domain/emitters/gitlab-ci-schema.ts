/**
 * OUR zod schema of the GitLab CI/CD subset Isolation Advisor emits in `.gitlab-ci.yml`: not
 * GitLab's official JSON schema (which is not available offline), but the keys we write, checked
 * strictly: top-level `variables`, `stages`, `workflow.rules` and jobs with `stage`, `image`,
 * `services`, `variables`, `rules`, `needs`, `before_script`, `script`, `artifacts` (paths, or a
 * Code Quality report),
 * `environment`. Unknown job keys are rejected, every job's stage is declared, and `needs` /
 * `environment.on_stop` name jobs of the file. Keyword semantics follow the GitLab CI/CD YAML
 * reference (docs.gitlab.com/ci/yaml).
 */
import { z } from '../zod';

/** Top-level keys that are not jobs (GitLab reserves more; these are the ones we may write). */
export const GITLAB_GLOBAL_KEYS = ['variables', 'stages', 'workflow'] as const;

const variablesSchema = z.record(z.string(), z.string());

export const gitlabRuleSchema = z.strictObject({
  if: z.optional(z.string().check(z.minLength(1))),
  changes: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  variables: z.optional(variablesSchema),
  when: z.optional(z.enum(['on_success', 'manual', 'never', 'always'])),
  allow_failure: z.optional(z.boolean()),
});

const needSchema = z.union([
  z.string(),
  z.strictObject({
    job: z.string(),
    optional: z.optional(z.boolean()),
    artifacts: z.optional(z.boolean()),
  }),
]);

export const gitlabJobSchema = z.strictObject({
  stage: z.string(),
  image: z.string().check(z.minLength(1)),
  services: z.optional(z.array(z.string())),
  variables: z.optional(variablesSchema),
  rules: z.optional(z.array(gitlabRuleSchema).check(z.minLength(1))),
  needs: z.optional(z.array(needSchema)),
  before_script: z.optional(z.array(z.string())),
  script: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  artifacts: z.optional(
    z.union([
      z.strictObject({
        paths: z.array(z.string()).check(z.minLength(1)),
        expire_in: z.optional(z.string()),
      }),
      // A report for the merge request widget (artifacts:reports, artifacts:when).
      z.strictObject({
        when: z.optional(z.enum(['on_success', 'on_failure', 'always'])),
        reports: z.strictObject({ codequality: z.string().check(z.minLength(1)) }),
      }),
    ]),
  ),
  environment: z.optional(
    z.strictObject({
      name: z.string().check(z.minLength(1)),
      on_stop: z.optional(z.string()),
      action: z.optional(z.enum(['start', 'prepare', 'stop', 'verify', 'access'])),
    }),
  ),
});
export type GitlabJob = z.infer<typeof gitlabJobSchema>;
export type GitlabRule = z.infer<typeof gitlabRuleSchema>;

const neededJob = (need: string | { job: string }): string =>
  typeof need === 'string' ? need : need.job;

export const gitlabCiSchema = z
  .catchall(
    z.strictObject({
      variables: z.optional(variablesSchema),
      stages: z.array(z.string()).check(z.minLength(1)),
      workflow: z.optional(z.strictObject({ rules: z.array(gitlabRuleSchema) })),
    }),
    gitlabJobSchema,
  )
  .check(
    z.superRefine((file, ctx) => {
      const jobs = new Map(
        Object.entries(file).filter(
          (entry): entry is [string, GitlabJob] =>
            !(GITLAB_GLOBAL_KEYS as readonly string[]).includes(entry[0]),
        ),
      );
      if (jobs.size === 0)
        ctx.addIssue({ code: 'custom', message: 'No job defined.', input: file });
      for (const [name, job] of jobs) {
        if (!file.stages.includes(job.stage)) {
          ctx.addIssue({
            code: 'custom',
            path: [name, 'stage'],
            message: `Stage "${job.stage}" is not in stages.`,
            input: job.stage,
          });
        }
        for (const need of job.needs ?? []) {
          if (!jobs.has(neededJob(need))) {
            ctx.addIssue({
              code: 'custom',
              path: [name, 'needs'],
              message: `Needs unknown job "${neededJob(need)}".`,
              input: need,
            });
          }
        }
        const onStop = job.environment?.on_stop;
        if (onStop !== undefined && !jobs.has(onStop)) {
          ctx.addIssue({
            code: 'custom',
            path: [name, 'environment', 'on_stop'],
            message: `on_stop names unknown job "${onStop}".`,
            input: onStop,
          });
        }
      }
    }),
  );
