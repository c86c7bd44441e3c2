export interface InvalidVariable {
  name: string;
  problems: string[];
}

/** Raised at boot when the environment is unusable; names every offending variable. */
export class ConfigError extends Error {
  constructor(readonly variables: InvalidVariable[]) {
    super(
      'Invalid environment configuration:\n' +
        variables.map((v) => `  - ${v.name}: ${v.problems.join('; ')}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}
