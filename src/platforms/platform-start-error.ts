/**
 * A platform failed to start, with the setting whose value it was using at the time, so the CLI
 * can say which one to fix (a rejected token, an unreachable API, a port in use). The message
 * names the setting, never its value.
 */
export class PlatformStartError extends Error {
  constructor(
    readonly platform: 'Slack' | 'Discord',
    readonly setting: string,
    override readonly cause: unknown,
  ) {
    super(`${platform} could not start (${setting}): ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Runs one start-up step, tagging a failure with the setting it depended on. */
export async function startStep<T>(
  platform: PlatformStartError['platform'],
  setting: string,
  step: () => Promise<T>,
): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw error instanceof PlatformStartError ? error : new PlatformStartError(platform, setting, error);
  }
}
