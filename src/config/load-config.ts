import { type Config, configSchema, crossFieldProblems } from './config-schema';

export class ConfigError extends Error {
  readonly code = 'config_invalid';
  constructor(readonly problems: string[]) {
    super(
      `newsbrief cannot start: fix ${problems.length === 1 ? 'this setting' : 'these settings'} in .env or the environment:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
  }
}

/** Reads the configuration once; every problem is reported together in one error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty values in .env ("SLACK_BOT_TOKEN=") mean "not set", not "set to nothing".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = configSchema.safeParse(present);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`)),
    ...crossFieldProblems(present),
  ];
  if (parsed.success && problems.length === 0) return parsed.data;
  throw new ConfigError(problems);
}

export type { Config };
