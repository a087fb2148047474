import { expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config';
import { postgresOptionsFromEnv } from '../../src/store/postgres/postgres-options-from-env';

it('reads the PostgreSQL settings, or none when no URL is set', () => {
  expect(postgresOptionsFromEnv({})).toBeUndefined();
  expect(postgresOptionsFromEnv({ NEWSBRIEF_DATABASE_URL: '  ' })).toBeUndefined();
  expect(postgresOptionsFromEnv({ NEWSBRIEF_DATABASE_URL: 'postgres://nb@db/nb' })).toEqual({
    url: 'postgres://nb@db/nb',
    poolSize: 10,
    preparedStatements: true,
  });
  expect(
    postgresOptionsFromEnv({
      NEWSBRIEF_DATABASE_URL: 'postgresql://nb@db/nb',
      NEWSBRIEF_DB_POOL_SIZE: '25',
      NEWSBRIEF_DB_SCHEMA: 'newsroom_a',
      NEWSBRIEF_DB_PREPARED: 'false',
    }),
  ).toEqual({ url: 'postgresql://nb@db/nb', poolSize: 25, schema: 'newsroom_a', preparedStatements: false });
});

it('names every bad setting at once', () => {
  const bad = () =>
    postgresOptionsFromEnv({
      NEWSBRIEF_DATABASE_URL: 'mysql://db/nb',
      NEWSBRIEF_DB_POOL_SIZE: 'lots',
      NEWSBRIEF_DB_SCHEMA: 'Newsroom-A',
      NEWSBRIEF_DB_PREPARED: 'sometimes',
    });
  for (const setting of [
    /NEWSBRIEF_DB_PREPARED/,
    /NEWSBRIEF_DATABASE_URL: must start with postgres:\/\//,
    /NEWSBRIEF_DB_POOL_SIZE/,
    /NEWSBRIEF_DB_SCHEMA/,
  ])
    expect(bad).toThrow(setting);
  expect(() =>
    postgresOptionsFromEnv({ NEWSBRIEF_DATABASE_URL: 'postgres://db/nb', NEWSBRIEF_DB_POOL_SIZE: '0' }),
  ).toThrow(/POOL_SIZE/);
});

it.each(['0x10', '1e1', '2.0', '-3', '201'])('refuses pool size "%s" exactly as the bot config does', (size) => {
  const env = { NEWSBRIEF_DATABASE_URL: 'postgres://db/nb', NEWSBRIEF_DB_POOL_SIZE: size };
  const configError = (() => {
    try {
      loadConfig(env);
    } catch (error) {
      return (error as Error).message;
    }
  })();
  expect(configError).toMatch(/NEWSBRIEF_DB_POOL_SIZE/);
  expect(() => postgresOptionsFromEnv(env)).toThrow(configError!);
});
