import type { Analysis } from '../core/analysis-types';
import type { WhoInput, WhoIsWho } from '../core/who-is-who';
import type { WorkerPool } from './create-worker-pool';

/**
 * A brief's who is who, made in the worker pool when a thread is free, else on this thread. The
 * pool's one thread also analyses what is being ingested (a 1 MB paste, a feed's burst): a /brief
 * queued behind that would wait seconds to spare this thread a few milliseconds. The module loads on first
 * use here: the app composes this for every command, and a stored who is who needs none of it.
 */
export function whoIsWhoOffThread(pool: Pick<WorkerPool, 'idle' | 'run'>) {
  return async (analysis: Analysis): Promise<WhoIsWho> =>
    pool.idle()
      ? pool.run('whoIsWho', whoIsWhoInput(analysis))
      : (await import('../core/who-is-who')).whoIsWho(analysis);
}

/** Only what who is who reads crosses to the worker (a copy is made of it on this thread). */
function whoIsWhoInput({ sentences, entities, quotes, statements, title }: Analysis): WhoInput {
  return { sentences, entities, quotes, statements, title };
}
