/**
 * Real-world-shaped files for the import tests, written line by line so a test's expected line
 * numbers can be read off the array index (line N is element N - 1). Shapes follow the public
 * examples named in dagster-facts.md §1f; values are made up.
 */

/** Joins lines into file text (trailing newline, as editors save it). */
export const file = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** dagster-cloud-hybrid-quickstart: one location. */
export const QUICKSTART = file(
  'locations:',
  '  - location_name: quickstart_etl',
  '    code_source:',
  '      package_name: quickstart_etl.definitions',
  '    working_directory: ./src/',
  '    build:',
  '      directory: ./',
  '      registry: 123456789012.dkr.ecr.us-east-1.amazonaws.com/quickstart-etl',
);

const HOOLI_REGISTRY = '764506304434.dkr.ecr.us-west-2.amazonaws.com/hooli-data-science-prod';

/** hooli-data-eng-pipelines style: three locations, one registry, container_context.k8s. */
export const HOOLI = file(
  'locations:',
  '  - location_name: data-eng-pipeline',
  '    code_source:',
  '      package_name: hooli_data_eng',
  '    build:',
  '      directory: ./hooli-data-eng',
  `      registry: ${HOOLI_REGISTRY}`,
  '    container_context:',
  '      k8s:',
  '        env_vars:',
  '          - DAGSTER_CLOUD_DEPLOYMENT_NAME',
  '        server_k8s_config:',
  '          container_config:',
  '            resources:',
  '              limits:',
  '                cpu: 500m',
  '                memory: 2560Mi',
  '  - location_name: basics',
  '    code_source:',
  '      package_name: hooli_basics.definitions',
  '    build:',
  '      directory: ./hooli-basics',
  `      registry: ${HOOLI_REGISTRY}`,
  '  - location_name: batch-enrichment',
  '    code_source:',
  '      package_name: dagster_batch_enrichment',
  '    working_directory: ./dagster_batch_enrichment',
  '    build:',
  '      directory: ./hooli-batch-enrichment',
  `      registry: ${HOOLI_REGISTRY}`,
  '    container_context:',
  '      k8s:',
  '        run_k8s_config:',
  '          container_config:',
  '            resources:',
  '              requests:',
  '                cpu: 250m',
);

/** The Kubernetes agent's Helm values for HOOLI: one agent, prod + branch deployments. */
export const HOOLI_HELM_VALUES = file(
  'dagsterCloud:',
  '  deployment: prod',
  '  branchDeployments: true',
  '  agentLabel: hooli-agent',
  'dagsterCloudAgent:',
  '  replicas: 2',
);

/** A CODEOWNERS for HOOLI: a default owner and one team per folder. */
export const HOOLI_CODEOWNERS = file(
  '# Default owners',
  '*                           @hooli/platform',
  '/hooli-data-eng/            @hooli/data-eng @alice',
  '/hooli-basics/              @hooli/analytics',
  'hooli-batch-enrichment/**   @bob',
);

/** The legacy dict form (facts §1b): name as key, code source keys at the top of the entry. */
export const DICT_FORM = file(
  'locations:',
  '  ingest:',
  '    package_name: ingest.definitions',
  '    image: ghcr.io/acme/ingest:latest',
  '    working_directory: ./ingest',
  '  reporting:',
  '    python_file: reporting/repo.py',
  '    image: ghcr.io/acme/reporting:latest',
  '    agent_queue: onprem',
);

/** Two agents with queues, as Docker dagster.yaml and ECS dagster.yaml. */
export const DOCKER_AGENT_ONPREM = file(
  'instance_class:',
  '  module: dagster_cloud.instance',
  '  class: DagsterCloudAgentInstance',
  'dagster_cloud_api:',
  '  agent_token:',
  '    env: DAGSTER_CLOUD_AGENT_TOKEN',
  '  deployment: prod',
  'user_code_launcher:',
  '  module: dagster_cloud.workspace.docker',
  '  class: DockerUserCodeLauncher',
  'agent_queues:',
  '  include_default_queue: false',
  '  additional_queues:',
  '    - onprem',
  'isolated_agents:',
  '  enabled: true',
);

export const ECS_AGENT_DEFAULT = file(
  'dagster_cloud_api:',
  '  deployments:',
  '    - prod',
  '    - staging',
  '  branch_deployments: true',
  'user_code_launcher:',
  '  module: dagster_cloud.workspace.ecs',
  '  class: EcsUserCodeLauncher',
);

/** Helm values with queues, several deployments and isolated agents. */
export const HELM_AGENT_GCP = file(
  'dagsterCloud:',
  '  deployments:',
  '    - prod',
  '    - staging',
  '  agentQueues:',
  '    includeDefaultQueue: false',
  '    additionalQueues:',
  '      - gcp',
  'isolatedAgents:',
  '  enabled: true',
);

/** One broken file per finding kind: the file and the finding it must produce (id and line). */
export const BROKEN = {
  'yaml-syntax': {
    text: file('locations:', '  - location_name: a', '   code_source: {package_name: a'),
    line: 3,
  },
  'not-a-mapping': { text: file('- location_name: a'), line: 1 },
  'locations-missing': { text: file('defaults:', '  agent_queue: aws'), line: null },
  'wrong-type': {
    text: file(
      'locations:',
      '  - location_name: a',
      '    code_source:',
      '      package_name: a',
      '    agent_queue: 2024',
    ),
    line: 5,
  },
  'unknown-key': {
    text: file(
      'locations:',
      '  - location_name: a',
      '    code_source:',
      '      package_name: a',
      '    agent-queue: aws',
    ),
    line: 5,
  },
  'file-name-key': {
    text: file('locations:', '  - location_name: a', '    code_source:', '      file_name: a.py'),
    line: 4,
  },
  'code-source-missing': {
    text: file('locations:', '  - location_name: a', '    working_directory: ./a'),
    line: 2,
  },
  'code-source-several': {
    text: file(
      'locations:',
      '  - location_name: a',
      '    code_source:',
      '      package_name: a',
      '      python_file: a/definitions.py',
    ),
    line: 5,
  },
  'location-name-missing': {
    text: file('locations:', '  - code_source:', '      package_name: a'),
    line: 2,
  },
  'duplicate-location': {
    text: file(
      'locations:',
      '  - location_name: ingest',
      '    code_source:',
      '      package_name: ingest',
      '  - location_name: ingest',
      '    code_source:',
      '      package_name: ingest_v2',
    ),
    line: 5,
  },
  'legacy-dict-form': { text: DICT_FORM, line: 1 },
  'jinja-template': {
    text: file(
      'locations:',
      '  - location_name: a',
      '    code_source:',
      '      package_name: a',
      '    build:',
      '      registry: "{{ get_env(\'REGISTRY\') }}"',
    ),
    line: 6,
  },
  'name-rewritten': {
    text: file(
      'locations:',
      '  - location_name: Finance.Reports',
      '    code_source:',
      '      package_name: finance',
    ),
    line: 2,
  },
  'name-truncated': {
    text: file(
      'locations:',
      '  - location_name: customer-lifetime-value-and-churn-prediction-models',
      '    code_source:',
      '      package_name: clv',
    ),
    line: 2,
  },
  'project-name-invalid': {
    text: file(
      'locations:',
      '  - location_name: "2024"',
      '    code_source:',
      '      package_name: y2024',
    ),
    line: 2,
  },
  'registry-differs': {
    text: file(
      'locations:',
      '  - location_name: ingest',
      '    code_source:',
      '      package_name: ingest',
      '    build:',
      '      registry: ghcr.io/acme/dagster',
      '  - location_name: marts',
      '    code_source:',
      '      package_name: marts',
      '    build:',
      '      registry: ghcr.io/acme/dagster',
      '  - location_name: ml',
      '    code_source:',
      '      package_name: ml',
      '    build:',
      '      registry: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/dagster',
    ),
    line: 16,
  },
  'queue-not-served': {
    text: file(
      'locations:',
      '  - location_name: ingest',
      '    code_source:',
      '      package_name: ingest',
      '    agent_queue: on-prem',
    ),
    line: 5,
    agents: [DOCKER_AGENT_ONPREM],
  },
  'default-overridden': {
    text: file(
      'defaults:',
      '  agent_queue: aws',
      'locations:',
      '  - location_name: ingest',
      '    code_source:',
      '      package_name: ingest',
      '  - location_name: train',
      '    code_source:',
      '      package_name: train',
      '    agent_queue: gcp',
    ),
    line: 10,
  },
} as const;
