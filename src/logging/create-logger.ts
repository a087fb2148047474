import pino, { type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level?: string;
  /** Where JSON lines go; stderr by default so stdout stays clean for CLI output and pipes. */
  destination?: NodeJS.WritableStream;
}

/** Structured JSON logs. Anything that looks like a credential is redacted at any depth we log. */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { app: 'newsbrief' },
      redact: {
        paths: [
          'token',
          'apiKey',
          'secret',
          'authorization',
          '*.token',
          '*.apiKey',
          '*.secret',
          '*.authorization',
          'headers.authorization',
          '*.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    options.destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

/** A logger that drops everything, for tests and benchmarks that do not inspect logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
