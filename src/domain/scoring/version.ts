/** Version of the scoring tables; bump it and add a CHANGELOG.md line when they change. */
export const SCORING_MODEL_VERSION = '2';
