import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../logging/create-logger';

/**
 * Slack tokens (bot xoxb-, user xoxp-, app-level xapp-, …) inside free-text SDK lines: pino's
 * redaction only covers field names, and the SDKs' debug lines can quote request details.
 */
const SLACK_TOKEN = /\b(?:xox[abposr]|xapp)-[A-Za-z0-9-]+/g;

/**
 * Bolt, the WebClient and the Socket Mode client log through @slack/logger's interface; this
 * routes them into our pino logger so all logs are one JSON stream with one redaction policy.
 * Bolt's chatty info lines (every retry, every connection) go to debug.
 */
export function boltLogger(logger: Logger): SlackLogger {
  let child = logger.child({ component: 'slack' });
  let level: LogLevel = LogLevel.INFO;
  const line = (msg: unknown[]) =>
    msg
      .map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m)))
      .join(' ')
      .replace(SLACK_TOKEN, '[redacted]');
  return {
    debug: (...msg) => child.debug(line(msg)),
    info: (...msg) => child.debug(line(msg)),
    warn: (...msg) => child.warn(line(msg)),
    error: (...msg) => child.error(line(msg)),
    // Levels are decided by our logger's configuration, not by Bolt.
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (name) => {
      child = logger.child({ component: `slack:${name}` });
    },
  };
}
