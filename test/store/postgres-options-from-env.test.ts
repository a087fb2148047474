import { expect, it } from 'vitest';
import { postgresOptionsFromEnv } from '../../src/store/postgres/postgres-options-from-env';

it('reads the PostgreSQL settings, or none when no URL is set', () => {
  expect(postgresOptionsFromEnv({})).toBeUndefined();
  expect(postgresOptionsFromEnv({ NEWSBRIEF_DATABASE_URL: '  ' })).toBeUndefined();
  expect(postgresOptionsFromEnv({ NEWSBRIEF_DATABASE_URL: 'postgres://nb@db/nb' })).toEqual({
    url: 'postgres://nb@db/nb',
    poolSize: 10,
  });
  expect(
    postgresOptionsFromEnv({
      NEWSBRIEF_DATABASE_URL: 'postgresql://nb@db/nb',
      NEWSBRIEF_DB_POOL_SIZE: '25',
      NEWSBRIEF_DB_SCHEMA: 'newsroom_a',
    }),
  ).toEqual({ url: 'postgresql://nb@db/nb', poolSize: 25, schema: 'newsroom_a' });
});

it('names every bad setting at once', () => {
  expect(() =>
    postgresOptionsFromEnv({
      NEWSBRIEF_DATABASE_URL: 'mysql://db/nb',
      NEWSBRIEF_DB_POOL_SIZE: 'lots',
      NEWSBRIEF_DB_SCHEMA: 'Newsroom-A',
    }),
  ).toThrow(
    /NEWSBRIEF_DATABASE_URL: must start with postgres:\/\/.*\n.*NEWSBRIEF_DB_POOL_SIZE: "lots".*\n.*NEWSBRIEF_DB_SCHEMA/,
  );
  expect(() =>
    postgresOptionsFromEnv({ NEWSBRIEF_DATABASE_URL: 'postgres://db/nb', NEWSBRIEF_DB_POOL_SIZE: '0' }),
  ).toThrow(/POOL_SIZE/);
});
