import { basename, isAbsolute } from 'node:path';
import type { Analysis } from '../core/analysis-types';
import { kindNote } from '../core/passage-item';
import type { WhoIsWho } from '../core/who-is-who';
import type { ArticleHit } from '../store/article-repository';
import { storedByline } from './authorship-answer';
import { headlineTitle } from './headline-title';
import { keyQuoteItems } from './key-quote-items';
import type { BriefFound, BriefNotFound } from './newsbrief-app';
import { questionKey } from './question-key';
import { cmd, type Reply, type ReplySection, said } from './reply';
import { storyNotFound } from './story-not-found';

/** The brief: summary, key quotes with speakers, numbered open questions, other matches. */
export function buildBriefReply(brief: BriefFound): Reply {
  const { article, analysis } = brief;
  return {
    kind: 'brief',
    visibility: 'channel',
    title: headlineTitle(analysis.title || article.title, article.text),
    url: article.url ?? undefined,
    subtitle: describeSource(article.source, article.publishedAt, article.ingestedAt, storedByline(article)),
    sections: briefSections(analysis, brief.resolvedQuestions, brief.others, brief.who),
    footer: `#${article.id} · ${brief.engine} · reply in this thread to ask about the story`,
    threadArticleId: article.id,
  };
}

/** What every brief shows of an analysis, stored or not. */
export function briefSections(
  analysis: Analysis,
  resolvedQuestions: readonly string[],
  others: BriefFound['others'],
  who: WhoIsWho,
): ReplySection[] {
  const sections: ReplySection[] = [
    { heading: 'Summary', style: 'bullets', items: analysis.summary.map((s) => ({ text: s.text })) },
  ];
  const quotes = keyQuoteItems(analysis);
  if (quotes.length > 0) sections.push({ heading: 'Key quotes', style: 'quotes', items: quotes });
  // Resolved questions keep their place, marked, so "resolve <story> 3" still means the third.
  const resolved = new Set(resolvedQuestions);
  sections.push(
    analysis.questions.length > 0
      ? {
          heading: 'Open questions',
          style: 'numbered',
          items: analysis.questions.map((q) => ({
            text: q.text,
            note: resolved.has(questionKey(q.text))
              ? [kindNote(q), 'resolved'].filter(Boolean).join(' · ')
              : kindNote(q),
          })),
        }
      : { heading: 'Open questions', style: 'paragraph', items: [{ text: 'None stood out in this article.' }] },
  );
  const whoItems = who.people.map((p) => ({ text: p.role ? `${p.name} — ${p.role}` : p.name }));
  // Named once and not quoted: no protagonist, one line for all of them (a stored list from before has none).
  const also = (who.alsoNamed ?? []).map((p) => `${p.name} (${p.role})`);
  if (also.length > 0) whoItems.push({ text: `Also named: ${also.join('; ')}` });
  if (who.organizations.length > 0) whoItems.push({ text: `Organisations: ${who.organizations.join(', ')}` });
  if (whoItems.length > 0) sections.push({ heading: 'Who is who', style: 'bullets', items: whoItems });
  if (others.length > 0) {
    sections.push({
      heading: 'Other matching stories',
      style: 'bullets',
      items: others.slice(0, 5).map(hitItem),
    });
  }
  return sections;
}

export function buildNotFoundReply(result: BriefNotFound): Reply {
  if (result.query) {
    const retry = (id: number) => cmd('', `#${id}`);
    const { query, suggestions, noneStored } = result;
    return storyNotFound({ query, searched: 'stories', suggestions, retry, noneStored });
  }
  const ask = said('Which story? Try ', cmd('', '<words from the story>'), ', e.g. ', cmd('', 'ferry'), '.');
  return { kind: 'notice', visibility: 'ephemeral', sections: [{ style: 'paragraph', items: [ask] }] };
}

/** A listed story with the command that briefs it. */
export function hitItem(hit: Pick<ArticleHit, 'id' | 'title'>) {
  return { text: hit.title, command: cmd('', `#${hit.id}`) };
}

const PLATFORM_NAMES: Record<string, string> = { slack: 'Slack', discord: 'Discord', console: 'the console' };

/**
 * "pasted by slack:U0123" is stored so the store knows who added it; shown, it is an internal id
 * (and a user id the reader cannot click). The brief says where it was pasted.
 */
function pastedWhere(source: string): string {
  const platform = /^pasted by (slack|discord|console):\S+$/.exec(source)?.[1];
  return platform ? `pasted in ${PLATFORM_NAMES[platform]}` : source;
}

/** Who wrote it, where it came from, when it was published and, for a stored one, when it was added. */
export function describeSource(
  source: string,
  publishedAt: string | null,
  ingestedAt?: string,
  byline?: string | null,
): string {
  // A file path is noise in chat; its name is enough to recognise it. A relative one ("../shared/samples/…", as typed
  // to `ingest`) is also wrong from any other folder. A link (a scheme before a colon) and a paste are shown as said.
  const file = isAbsolute(source) || !/^(?:[a-z][a-z0-9+.-]*:|pasted by )/i.test(source);
  const parts = [file ? basename(source) : pastedWhere(source)];
  if (byline) parts.unshift(`by ${byline}`);
  if (publishedAt) parts.push(`published ${publishedAt.slice(0, 10)}`);
  if (ingestedAt) parts.push(`added ${ingestedAt.slice(0, 10)}`);
  return parts.join(' · ');
}
