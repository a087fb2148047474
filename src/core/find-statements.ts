import type { Sentence, Statement } from './analysis-types';
import { jointSpeaker } from './joint-speaker';
import { indexPeople } from './people';
import { findReportedSpeech, type ReportedSpeech } from './reported-speech';
import type { SpeakerPhrase } from './speaker-phrase';
import { type ResolvedSpeaker, SpeakerResolver } from './speaker-resolution';
import { isSpeakerDescription } from './statement-checks';
import { unpairedSubject } from './unpaired-subject';

/**
 * "Dr Fox refused to discuss reports the party repaid Lord Ashcroft after he said ...": a pronoun
 * in a subordinate clause, with two people named before it, could be either.
 */
function ambiguousPronoun(subject: SpeakerPhrase, sentence: Sentence, people: number): boolean {
  if (subject.kind !== 'pronoun' || people < 2) return false;
  return /\b(?:after|before|when|because|since|as|until|while|although|though|if|once)\s+$/i.test(
    sentence.text.slice(0, subject.at - sentence.start),
  );
}

/** Reported (indirect) speech with its speaker, e.g. Spicer on the White House's concerns. */
export function findStatements(sentences: Sentence[]): Statement[] {
  const index = indexPeople(sentences);
  const resolver = new SpeakerResolver(sentences, index);
  const statements: Statement[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const reported = findReportedSpeech(sentences, sentence.id);
    if (!reported) continue;
    if (ambiguousPronoun(reported.subject, sentence, index.mentions[sentence.id]?.length ?? 0)) continue;
    const speaker = resolver.resolve(reported.subject, sentence.id);
    if (!speaker) continue;
    resolver.record(sentence.id, speaker);
    if (reported.denial || !credible(speaker)) continue;
    // "A woman reported that …, the complaint states": the document over the report speaks the words before its tag.
    const outer = reported.outer && resolver.resolve(reported.outer.subject, sentence.id);
    const nested = outer && credible(outer) ? outer : null;
    const text = clauseText(sentence.text, nested ? { ...reported, clauseStart: 0, ...reported.outer! } : reported);
    if (text.split(/\s+/).length < 3) continue;
    const key = text.toLowerCase();
    if (seen.has(key)) continue; // the same claim repeated (a standfirst and its body line)
    seen.add(key);
    // "Ann Lee and Tom Ruiz said that …": the pair's claim, printed as theirs (joint-speaker.ts).
    const subject = reported.subject;
    const joint =
      !nested && speaker.person && subject.kind !== 'pronoun'
        ? jointSpeaker(sentence, index.mentions[sentence.id] ?? [], subject)
        : null;
    if (!nested && !joint && unpairedSubject(sentence, subject)) continue;
    const name = joint?.people.includes(speaker.person!) ? joint.name : (nested ?? speaker).name;
    // A list of three or more is no one speaker's claim to print.
    if (name !== null) statements.push({ text, speaker: name, sentenceId: sentence.id });
  }
  return statements;
}

/** A person, or a phrase that can describe who spoke (a body, a role, a document). */
function credible(speaker: ResolvedSpeaker): boolean {
  return speaker.person !== null || isSpeakerDescription(speaker.name);
}

/** The reported clause's words, with a tag set inside it cut out with its commas ("The problem, says X, is …"). */
function clauseText(text: string, reported: ReportedSpeech): string {
  const { clauseStart, clauseEnd, tag } = reported;
  const clause = tag
    ? `${text.slice(clauseStart, tag.start)} ${text.slice(tag.end, clauseEnd)}`.replace(/\s+/g, ' ')
    : text.slice(clauseStart, clauseEnd);
  return clause.replace(/^[\s,]+|[\s,.]+$/g, '');
}
