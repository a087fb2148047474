import type * as z from 'zod/mini';
import { type Config, configSchema, crossFieldProblems } from './config-schema';
import { unknownSettings } from './unknown-settings';

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
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) => `${String(i.path[0] ?? 'config')}: ${describe(i, present)}`)),
    ...crossFieldProblems(present),
    ...unknownSettings(Object.keys(present), Object.keys(configSchema.shape)),
  ];
  if (parsed.success && problems.length === 0) return parsed.data;
  throw new ConfigError(problems);
}

/**
 * zod's words, except where they hide what was typed: a choice ("Invalid option: expected one of
 * "extractive"|"llm"|"auto"") and an entry of a list setting (reported by position). Neither is
 * ever a secret, so the value is shown.
 */
function describe(issue: z.core.$ZodIssue, raw: Record<string, string | undefined>): string {
  const [key, index] = issue.path;
  // One entry of a list setting (SLACK_MANAGER_IDS): name the entry, not its position ("….1").
  if (typeof index === 'number') {
    const entry = raw[String(key)]?.split(/[\s,]+/).filter(Boolean)[index];
    return `"${entry}" ${issue.message}`;
  }
  if (issue.code !== 'invalid_value') return issue.message;
  const given = raw[String(issue.path[0])]?.trim();
  return `"${given}" is not one of ${issue.values.map(String).join(', ')}`;
}

export type { Config };
