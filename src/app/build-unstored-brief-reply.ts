import type { Analysis } from '../core/analysis-types';
import { whoIsWho } from '../core/who-is-who';
import { briefSections, describeSource } from './build-brief-reply';
import { headlineTitle } from './headline-title';
import type { Reply } from './reply';

/**
 * The brief of an article analysed but not stored (`newsbrief analyze`): the same sections as a
 * stored story's, but no id, no "added" date and no thread to reply in, because there is no
 * stored story behind it; the footer says so. With the article's `text`, its title follows the
 * rule a stored story's does (a one-line file's opening sentence is cut as a one-line paste is).
 */
export function buildUnstoredBriefReply(options: {
  source: string;
  analysis: Analysis;
  engine: string;
  text?: string;
}): Reply {
  const { source, analysis, engine, text } = options;
  return {
    kind: 'brief',
    visibility: 'channel',
    title: headlineTitle(analysis.title, text),
    subtitle: describeSource(source, null),
    sections: briefSections(analysis, [], [], whoIsWho(analysis)),
    footer: `${engine} · not stored`,
  };
}
