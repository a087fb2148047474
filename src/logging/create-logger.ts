import { createRequire } from 'node:module';
import type { Logger } from 'pino';
import { redactSecrets } from './redact-secrets';

export type { Logger };

type Pino = typeof import('pino');

export interface LoggerOptions {
  level?: string;
  /**
   * Where JSON lines go; stderr by default so stdout stays clean for CLI output and pipes. A
   * function is called when the first line is written (a stream not needed is never opened).
   */
  destination?: NodeJS.WritableStream | (() => NodeJS.WritableStream);
}

// pino and its ~20 modules cost a one-shot command more start-up time than its own work, and a
// `brief` at the default "warn" level usually writes no line at all: pino loads (it is CommonJS,
// so synchronously) the first time a line is written or anything else is asked of the logger.
const requirePino = (): Pino => createRequire(import.meta.url)('pino') as Pino;
const LEVELS: Readonly<Record<string, number>> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };

/** Structured JSON logs. Anything that looks like a credential is redacted at any depth we log. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? 'info';
  let logger: Logger | undefined;
  const load = (): Logger => {
    logger ??= createPinoLogger(level, options.destination);
    return logger;
  };
  const threshold = level === 'silent' ? Number.POSITIVE_INFINITY : LEVELS[level];
  // An unknown level goes to pino now, so it fails as it always did.
  if (threshold === undefined) return load();
  const skip = () => {};
  return new Proxy({} as Logger, {
    get(_target, property) {
      const rank = typeof property === 'string' ? LEVELS[property] : undefined;
      if (!logger && rank !== undefined && rank < threshold) return skip;
      const real = load();
      const value: unknown = Reflect.get(real, property, real);
      return typeof value === 'function' ? value.bind(real) : value;
    },
    set: (_target, property, value) => Reflect.set(load(), property, value),
    has: (_target, property) => Reflect.has(load(), property),
  });
}

function createPinoLogger(level: string, destination: LoggerOptions['destination']): Logger {
  const pino = requirePino();
  const logger = pino(
    {
      level,
      base: { app: 'newsbrief' },
      // Credentials are censored by key at any depth, in any case, and errors are flattened without
      // the request they carry (pino's path-based redact needs every path spelled out in advance).
      formatters: {
        log: (object) => redactSecrets(object) as Record<string, unknown>,
      },
      // Errors are already flattened by the formatter; pino's own err serializer would re-type them.
      serializers: { err: (value: unknown) => value },
    },
    (typeof destination === 'function' ? destination() : destination) ?? pino.destination({ fd: 2, sync: true }),
  );
  // A child's bindings (`logger.child({ channel, token })`) are written on every line it logs but
  // never pass through the `log` formatter, and pino gives children no bindings formatter of the
  // parent's. They are censored as they are bound; children are made from their parent by
  // Object.create, so every descendant inherits this `child`.
  const bindChild = logger.child;
  logger.child = function child(this: Logger, bindings, options) {
    return bindChild.call(this, redactSecrets(bindings) as typeof bindings, options);
  } as Logger['child'];
  return logger;
}

/** A logger that drops everything, for tests and benchmarks that do not inspect logs. */
export function silentLogger(): Logger {
  return createLogger({ level: 'silent' });
}
