/**
 * The share links outside reviewers filed with issue #10 ("Config you can commit today"), each
 * showing an unsafe or silent file the app used to write. Tests decode them, so they stay links.
 */
export const ISSUE_10_LINKS = {
  /** A PCI team's agent took the default queue beside the shared agent. */
  pciTeamAgent:
    '#agent=ecs&ci=gitlab&p=payments.payments.aws&p=ledger.payments.aws&p=web-analytics.growth.aws&p=catalog.merch.aws&sod=execution&st=payments&release=independent',
  /** The high-volume agent took the default queue. */
  highVolumeAgent: '#p=events.data.main.hv&p=marts.data.main&p=exports.data.main',
  /** The GPU agent took the default queue, depending on project order. */
  gpuAgent: '#p=features.ml.gpu.hv&p=training.ml.gpu.hv&p=reporting.bi.cpu&p=finance-marts.bi.cpu',
  /** Starter: SETUP.md asked for Teams and claimed deployments that do not exist. */
  starterConfidential:
    '#plan=starter&p=payroll.hr.main&p=web.product.main&sod=confidential&st=hr&prod=1',
  /** Starter: a GCP project ran under the AWS agent with no word in the files. */
  starterTwoClouds: '#plan=starter&p=ingest.data.aws&p=warehouse.data.aws&p=train.ml.gcp',
} as const;

export type IssueLinkId = keyof typeof ISSUE_10_LINKS;
