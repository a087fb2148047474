import type { Sentence } from './analysis-types';
import { apposedGivenName } from './apposed-given-name';
import { appositionFreeName } from './apposition-free-name';
import { articleWordCase } from './article-word-case';
import { coordinatedClauseStart } from './coordinated-clause-start';
import { CopyRoles } from './copy-roles';
import { definiteUnnamedSpeaker } from './definite-unnamed-speaker';
import { demonstrativeSubject } from './demonstrative-subject';
import { descriptionFitsRole } from './description-fits-role';
import { descriptionShape } from './description-shape';
import type { Gender } from './honorifics';
import { makerlessMessage } from './message-speaker';
import { nameInSpan } from './name-in-span';
import { nameJustBefore } from './name-just-before';
import { namedByHead } from './named-by-head';
import type { PeopleIndex, Person } from './people';
import { headIndex, headNoun } from './phrase-head';
import { resolvePronoun } from './resolve-pronoun';
import { ROLE_HEADS } from './role-heads';
import type { SpeakerPhrase } from './speaker-phrase';
import { statementMaker } from './statement-maker';

/** How far back from a reporting verb a contrastive clause's subject is looked for (coordinated-clause-start.ts). */
const CLAUSE_TAIL = 400;

/**
 * The genders resolved pronouns gave, per article (its people index): the statements' pass reads what the quotes' pass
 * learnt, so "…," he said binding Colm Mac Cárthaigh's quote keeps a later reported "She said …" from him as it keeps a
 * later quote (audit 57, B-a57-3). Keyed weakly: an index, and with it the map, lives as long as its article's analysis.
 */
const PRONOUN_GENDERS = new WeakMap<PeopleIndex, Map<Person, Gender>>();

export interface ResolvedSpeaker {
  name: string;
  person: Person | null;
  /** A message naming no one ("the statement"): ranked as the rules' choice, printed as no one (message-speaker.ts). */
  message?: true;
}

/**
 * Resolves tag phrases ("he", "Mr Blair", "the Bishop") to the person meant, using what the
 * article said before: speakers already attributed weigh more than people merely mentioned, and
 * names inside quotations are never antecedents.
 */
export class SpeakerResolver {
  private readonly speakers: ResolvedSpeaker[][];
  /** Each person's role as the who-is-who reads it ("The council leader, Anne Cole,") and its head, read once. */
  private readonly copyRoles: CopyRoles;
  /** "US magazine Mobile PC" earlier lets "the magazine" mean Mobile PC (named-by-head.ts). */
  private readonly namedBy: ReturnType<typeof namedByHead>;
  /** Per name told something, whether the copy never makes it a person (resolve-pronoun.ts): read once an article. */
  private readonly toldOutlets = new Map<Person, boolean>();
  /** The gender each resolved "he"/"she" gave a person nothing else marks (resolve-pronoun.ts), shared per index. */
  private readonly pronounGenders: Map<Person, Gender>;

  constructor(
    private readonly sentences: Sentence[],
    private readonly index: PeopleIndex,
    private readonly isQuoted: (offset: number) => boolean = () => false,
  ) {
    this.speakers = sentences.map(() => []);
    this.namedBy = namedByHead(sentences, index);
    this.copyRoles = CopyRoles.of(sentences);
    const genders = PRONOUN_GENDERS.get(index) ?? new Map<Person, Gender>();
    PRONOUN_GENDERS.set(index, genders);
    this.pronounGenders = genders;
  }

  /** Remember an attribution so that later pronouns can find it. */
  record(sentenceId: number, speaker: ResolvedSpeaker): void {
    this.speakers[sentenceId]?.push(speaker);
  }

  resolve(phrase: SpeakerPhrase, sentenceId: number): ResolvedSpeaker | null {
    if (phrase.kind === 'pronoun') {
      const { sentences, index, speakers, isQuoted, toldOutlets, pronounGenders } = this;
      const context = { sentences, index, speakers, isQuoted, toldOutlets, pronounGenders };
      return resolvePronoun(phrase.word, sentenceId, phrase.at, context);
    }
    if (phrase.kind === 'clause' && phrase.subject) return this.resolveSubject(phrase.subject, sentenceId);
    const sentence = this.sentences[sentenceId]!;
    // Only the clause's last characters are read: a sentence of many tags stays linear.
    const tail = Math.max(phrase.start, phrase.end - CLAUSE_TAIL);
    const opener =
      phrase.kind === 'clause'
        ? coordinatedClauseStart(sentence.text.slice(tail - sentence.start, phrase.end - sentence.start))
        : null;
    const from = opener === null ? phrase.start : tail + opener;
    const mention =
      phrase.kind === 'phrase' && phrase.thing
        ? null
        : this.nameIn({ start: from, end: phrase.end }, sentenceId, phrase.kind === 'phrase' ? phrase.prefer : 'first');
    if (mention) return { name: mention.person.name, person: mention.person };
    if (phrase.kind === 'clause') return null;
    // "Colin Asplin, Blackpool Hotel Association said": an appositive whose closing comma is missing.
    const named = phrase.thing
      ? null
      : nameJustBefore(this.sentences[sentenceId]!, this.index.mentions[sentenceId] ?? [], phrase.start, this.isQuoted);
    if (named && 'objectOf' in named) {
      if (!/^(?:the|a|an)\s/i.test(phrase.text)) return null;
      // "In an interview with Jo Bell, the candidate said":
      // the comma after the object is no apposition, so the role it seems to give that person does not make the
      // description that person — unless a comma closes the description too ("derided by Armin Laschet, the
      // opposition leader, who suggested").
      const sentence = this.sentences[sentenceId]!;
      const closed = sentence.text.charAt(phrase.end - sentence.start) === ',';
      return this.resolveDescription(phrase.text, sentenceId, closed ? undefined : named.objectOf.person, phrase.start);
    }
    if (named) return { name: named.person.name, person: named.person };
    // "In a statement Google": the organisation named at the end of the phrase speaks.
    const org = (this.index.others[sentenceId] ?? []).filter(
      (o) => o.kind !== 'place' && o.start >= phrase.start && o.end === phrase.end,
    )[0];
    if (org && /^(?:in|on|at|after|before|during)\s/i.test(phrase.text)) return { name: org.text, person: null };
    return this.resolveDescription(phrase.text, sentenceId, undefined, phrase.start);
  }

  /**
   * The subject of a participle's clause: the person it names ("Ms. Warren released a letter, warning"), else
   * the subject itself as a description ("Residents", "Ms. Warren's office"); a name later in the clause is
   * not its subject.
   */
  private resolveSubject(span: { start: number; end: number }, sentenceId: number): ResolvedSpeaker | null {
    const mention = this.nameIn(span, sentenceId, 'first');
    if (mention) return { name: mention.person.name, person: mention.person };
    const sentence = this.sentences[sentenceId]!;
    const text = sentence.text.slice(span.start - sentence.start, span.end - sentence.start);
    return this.resolveDescription(text, sentenceId, undefined, span.start);
  }

  /** A person named inside the span of this sentence (name-in-span.ts). */
  private nameIn(span: { start: number; end: number }, sentenceId: number, prefer: 'first' | 'last') {
    const mentions = this.index.mentions[sentenceId] ?? [];
    return nameInSpan(this.sentences[sentenceId]!, span, { mentions, prefer, isQuoted: this.isQuoted });
  }

  /** "the Bishop" -> the person whose role is "Bishop of Durham"; else the phrase itself. */
  private resolveDescription(text: string, sentenceId: number, notThis: Person | undefined, start: number) {
    // "according to the the report": the copy's doubled article is a slip, printed once.
    const clean = text
      .replace(/\s+(?:as well as|along with|together with)\s.*$/i, '')
      .replace(/\b(the|a|an)\s+\1\b/gi, '$1');
    const words = clean.split(/\s+/);
    if (descriptionShape(clean) === 'too-long') {
      // "Peter Green, a retired engineer who …, said": a given name before a long apposition is the subject still.
      const name = apposedGivenName(clean);
      return name ? { name, person: this.index.lookup(name) } : null;
    }
    const head = headNoun(words);
    const definite = /^(?:the|this|that)\s/i.test(clean);
    if (definite) {
      for (let id = sentenceId; id >= 0; id--) {
        for (const mention of this.index.mentions[id] ?? []) {
          if (mention.person === notThis) continue;
          const role = this.copyRoles.role(mention.person);
          if (
            (mention.person.roleWords.has(head) || this.copyRoles.head(mention.person, role) === head) &&
            descriptionFitsRole(words, headIndex(words), mention.person.role ?? role)
          )
            return { name: mention.person.name, person: mention.person };
        }
      }
      const named = this.namedBy(head, sentenceId);
      if (named) return named;
      // "this minister" after "Environment minister Jo Bell": a named person's role first, then an unnamed speaker's.
      const pointed = demonstrativeSubject(clean, this.speakers, sentenceId);
      if (pointed !== undefined) return pointed;
      // "the aide said" after "A senior Democratic leadership aide … said": the copy's fuller description.
      const introduced = definiteUnnamedSpeaker(clean, this.speakers, sentenceId);
      if (introduced) return introduced;
      // "The auditor said" after "The council leader, Anne Cole, said" is not Anne Cole: a role
      // noun names a person only when the copy gave that person that role (above); otherwise the
      // description itself is the speaker (review B-main-18, sp34).
    }
    // "The council said" stays the council: carrying an earlier speaker over is for pronouns only.
    if (
      !/^\p{Lu}/u.test(clean) &&
      !/^(?:the|a|an|another|one|two|three|some|many|several|other|its|his|her|their)\s/i.test(clean) &&
      words.length > 1
    ) {
      return null; // a clause, not a noun phrase
    }
    if (words.length === 1 && !/^\p{Lu}/u.test(clean)) return null;
    // A bare role word ("said Senator.") names a role, not a person.
    if (words.length === 1 && ROLE_HEADS.has(head)) return null;
    // A phrase cut short ("Former secretary of", "Super Tuesday balloting in 11", "Hayek confirmed
    // she had been and") is a clause split at the wrong place, not a name: better no one than that.
    if (descriptionShape(clean) === 'cut-short') return this.coordinatedSubject(clean, sentenceId);
    // "The statement read": a message carries words, its unnamed maker said them (find-quotes.ts).
    const message = makerlessMessage(clean, start, this.sentences[sentenceId]!, this.index);
    // "the statement said" after "In a written statement, Bellwood said": the copy named its maker.
    const maker = message && statementMaker(head, this.sentences, sentenceId, start, this.index);
    if (maker) return maker;
    // "Brody, 31, said": the name is the speaker, its apposition only describes it (review B-main-88).
    const bare = appositionFreeName(clean);
    const person = bare ? this.index.lookup(bare.replace(/^the\s+/i, '')) : null;
    if (person) return { name: person.name, person };
    // The article word is lower case mid-line ("— a Varga spokesman"), a name's own "An" is not ("— An Post").
    return { name: articleWordCase(bare ?? clean), person: null, ...(message ? { message } : {}) };
  }

  /**
   * "The minister admitted there were "…" but said": a second verb joined by "and"/"but" shares the first
   * clause's subject, which this sentence's earlier attribution named and the phrase opens on.
   */
  private coordinatedSubject(clean: string, sentenceId: number): ResolvedSpeaker | null {
    if (!/\s(?:and|but|yet)$/.test(clean)) return null;
    const earlier = this.speakers[sentenceId]?.at(-1);
    const opens = earlier && clean.toLowerCase().startsWith(`${earlier.name.toLowerCase()} `);
    return opens ? earlier : null;
  }
}
