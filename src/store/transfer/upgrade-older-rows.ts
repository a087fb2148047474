import type { PortableRow } from './transfer-tables';

/** The row in this version's shape, or undefined when the step resolves it away. */
type RowUpgrade = (table: string, row: PortableRow) => PortableRow | undefined;

/** A schema step's change to existing rows, redone on the rows of an export made before it. */
interface RowStep {
  /** The migration id: an export whose header lists it already has rows in the new shape. */
  id: string;
  /** A fresh upgrade for one import (some remember rows seen earlier: parents come first). */
  start(): RowUpgrade;
}

// The error text step 004 reads a given-up slot's reason from (channel-poster's OUTCOME_UNKNOWN
// then); kept here as the migrations keep it, since old rows hold it as it was written.
const OUTCOME_UNKNOWN_TEXT = 'outcome unknown, not posted again';

const ROW_STEPS: readonly RowStep[] = [
  {
    // A slot given up because an attempt may have posted it had only its error text to say so;
    // imported without the typed reason, it would list as an ordinary failure ("the log says
    // why") and an editor would not look for the post that may be there.
    id: 'schedules-004-failure-kind',
    start: () => (table, row) =>
      table === 'schedule_claims' &&
      row.state === 'failed' &&
      row.failure_kind == null &&
      typeof row.last_error === 'string' &&
      // Lower-cased as SQLite's LIKE compares (the wider of the two steps; PostgreSQL's is exact).
      row.last_error.toLowerCase().startsWith(OUTCOME_UNKNOWN_TEXT)
        ? { ...row, failure_kind: 'outcome-unknown' }
        : row,
  },
  {
    // A follow made by id stored its story's title as its words, so the story kept its old
    // title in every listing after a rename. Articles come before schedules in an export.
    id: 'schedules-005-follow-by-id',
    start() {
      const titles = new Map<unknown, unknown>();
      return (table, row) => {
        if (table === 'articles') titles.set(row.id, row.title);
        const byId = table === 'schedules' && row.kind === 'follow' && row.article_id != null;
        return byId && row.query === titles.get(row.article_id) ? { ...row, query: null } : row;
      };
    },
  },
  {
    // One digest per channel and one follow-up per channel and story: the copies two commands
    // at once could make go, as the migration removes them, the oldest staying (an export lists
    // schedules by id), with their claims (which come after them).
    id: 'schedules-006-one-per-channel',
    start() {
      const kept = new Set<string>();
      const dropped = new Set<unknown>();
      return (table, row) => {
        if (table === 'schedule_claims') return dropped.has(row.schedule_id) ? undefined : row;
        if (table !== 'schedules' || (row.kind === 'follow' && row.article_id == null)) return row;
        const key = JSON.stringify([row.channel_id, row.kind, row.kind === 'follow' ? row.article_id : null]);
        if (!kept.has(key)) {
          kept.add(key);
          return row;
        }
        dropped.add(row.id);
        return undefined;
      };
    },
  },
  {
    // A deleted story's links are marked, and only marked links are ever forgotten: unmarked, an
    // older export's links of stories deleted before it would be kept for ever. Articles come
    // before thread links in an export.
    id: 'conversations-004-deleted-story-links',
    start() {
      const stories = new Set<unknown>();
      return (table, row) => {
        if (table === 'articles') stories.add(row.id);
        const orphan = table === 'thread_links' && row.story_deleted_at == null && !stories.has(row.article_id);
        return orphan ? { ...row, story_deleted_at: row.linked_at } : row;
      };
    },
  },
];

/**
 * How each row of an export is brought to this version's schema. A database gets there through
 * its migrations, whose UPDATEs fix the rows it holds; an import writes an older export's rows
 * into tables already migrated, so those UPDATEs never see them: the steps the export's header
 * does not list are redone here, row by row.
 */
export function upgradeOlderRows(schema: readonly string[]): RowUpgrade {
  const done = new Set(schema);
  const pending = ROW_STEPS.filter((step) => !done.has(step.id)).map((step) => step.start());
  return (table, row) =>
    pending.reduce<PortableRow | undefined>((r, upgrade) => (r === undefined ? r : upgrade(table, r)), row);
}
