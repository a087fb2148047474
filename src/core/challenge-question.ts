import { speakerName, subjectBefore, surnameOf } from './claim-phrases';
import { criticsFrom } from './critics-from';
import { describingCompound } from './describing-compound';
import { escapeRegExp } from './escape-reg-exp';
import { holdsVerb } from './holds-main-verb';
import { lowerStart } from './lower-start';
import { NOT_NAMES } from './not-names';
import { nounBeforeChallenge } from './noun-before-challenge';
import type { PhraseContext } from './phrase-question';
import { cutClause, dropLeading, possessive, reportedClause, stripEnd } from './question-clauses';
import { isSubjectPhrase, namesSomeone, rightSubject } from './source-questions';
import { subjectSlot } from './subject-slot';
import { withArticle } from './with-article';

/**
 * The templates for a challenge to someone (a warning, an opposition, a criticism they face) and for
 * an attack the copy quotes: whom to put the question to, and the question.
 */
/** A relative clause on the subject ("Sanders, who had said he would debate, criticized…") reports nothing. */
const RELATIVE = /,\s+(?:who|which)\b[^,]*,/gi;
/** A that-clause or a verb of speech before the challenge's verb: it is told inside a report. */
const REPORTED_BEFORE = /\b(?:that|said|says|told|complained|claimed|argued|insisted|alleged)\b/i;

export function challenge(ctx: PhraseContext): string | null {
  const text = dropLeading(stripEnd(ctx.text));
  const warned = /^(.{2,120}?)\s+warn(?:ed|s)?\s+(?:that\s+)?(.+)$/i.exec(text);
  if (warned) {
    const who = speakerName(warned[1]!);
    // A name or "the union": "half of them" is no one to put the question to.
    return who && namesSomeone(who) && isSubjectPhrase(who, warned[1]!)
      ? `${rightSubject(who, ctx)} right that ${cutClause(warned[2]!, 20)}?`
      : null;
  }
  const opposed = /\b(?:opposition|objections?)\s+from\s+([^,.;]+)/i.exec(text);
  if (opposed) {
    // "opposition from some of the club's homeowners to his plan": the opponents end where what they oppose begins.
    const opponents = opposed[1]!.split(/\s+(?:to|against|over)\s+/i)[0]!.trim();
    const target = subjectBefore(text, /\s(?:faced|met|drew|prompted|sparked|provoked|has faced|has met)\b/i);
    return target
      ? `Will ${opponents} try to block ${lowerStart(target, ctx.properWords)}?`
      : `How far will ${opponents} take their opposition?`;
  }
  const row = /\b(?:row|dispute|controversy) over ([^,;]+)/i.exec(text);
  if (row) {
    // "her use of a private server while at the State Department": a body named only as where something
    // happened is no party to the row.
    const who = ctx.actor && placeOnly(ctx.actor, text) ? null : (ctx.actor ?? ctx.mainActor);
    const isPerson = ctx.actor ? ctx.actorIsPerson : ctx.mainIsPerson;
    // "the State Department" as the copy writes it, never "what does State Department say"; nobody named: plural.
    const says = who ? `does ${withArticle(who, text, isPerson)} say` : 'do those involved say';
    return `What is at stake in the row over ${cutClause(row[1]!, 14)}, and what ${says}?`;
  }
  const verb =
    /\s(dismiss(?:ed|es)?|reject(?:ed|s)?|brand(?:ed|s)|attack(?:ed|s)?|critici[sz](?:ed|es)|condemn(?:ed|s)?|rebut(?:s|ted)?)\s+/i.exec(
      text,
    );
  // A passive ("was widely criticised by") names no one to answer for it: no clean question.
  if (verb && /\b(?:was|were|been|being|is|are)(?:\s+\w+ly)?$/i.test(text.slice(0, verb.index))) return null;
  // "Smegielski complained … that Sanders had ignored her call and instead attacked his rival": the verb is
  // inside what someone reports, so the sentence's subject is not the one who attacked; the passage is shown.
  if (verb && REPORTED_BEFORE.test(text.slice(0, verb.index).replace(RELATIVE, ''))) return null;
  if (verb) {
    // Only a noun phrase fills the slot: a fronted adverbial or a joined clause before the verb is refused.
    const slot = subjectSlot(text.slice(0, verb.index), { properWords: ctx.properWords });
    if (!slot) return null;
    let subject = stripEnd(slot);
    const perfect = /\s(has|have)$/i.exec(subject);
    if (perfect) subject = subject.slice(0, perfect.index);
    if (/^(?:he|she|it|they|we|i|you)$/i.test(subject) || subject.split(/\s+/).length > 10) return null;
    // "Trump later blamed his hesitancy to condemn Duke": the verb found is an infinitive's, not the sentence's.
    if (/\sto$/.test(subject)) return null;
    // "Critics have launched attacks on…", "his fresh attacks": a verb or a determiner before the word
    // makes it a noun, and the subject holds the real verb: no clean parse, the passage is shown instead.
    if (nounBeforeChallenge(subject) || /(?:^|\s)[a-z]+ed$/.test(subject)) return null;
    const object = cutClause(text.slice(verb.index + verb[0].length), 16);
    // "criticized Ford for opening a factory in Mexico": the copy gives the reason, so "why" is answered.
    if (GIVES_REASON.test(verb[1]!) && /\sfor\s+(?:[a-z]+ing|his|her|their|its|being)\b/.test(object)) return null;
    // "rejected that account", "dismissed that suggestion as scaremongering": an object opening on a demonstrative and
    // its noun points back to another sentence, whatever follows; no question stands alone (fu48's note), the passage
    // is shown. "those who want a sale" says whom, "this year's budget" dates its noun: both are asked.
    if (
      /^(?:that|this|these|those|it|them)\b(?:\s+\w+)?$|^(?:that|this|these|those)\s+(?!(?:who|whom|which|that)\b)[a-z]+(?![\w'’-])/i.test(
        object,
      )
    )
      return null;
    const who = lowerStart(subject, ctx.properWords);
    if (perfect) return `Why ${perfect[1]!.toLowerCase()} ${who} ${verb[1]!.toLowerCase()} ${object}?`;
    // "Democrats rebut…": a verb with neither ending is a plural subject's present.
    const aux = /ed$/i.test(verb[1]!) ? 'did' : /s$/i.test(verb[1]!) ? 'does' : 'do';
    return `Why ${aux} ${who} ${baseVerb(verb[1]!)} ${object}?`;
  }
  const who = ctx.mainActor ?? ctx.actor;
  const isPerson = ctx.mainActor ? ctx.mainIsPerson : ctx.actorIsPerson;
  // "Trump has faced criticism from rivals that …", "Sanders has been criticized for …": the actor is the
  // target, not the one objecting; the criticism's own that-clause is what they must answer.
  const target = TARGET_OF_CRITICISM.exec(text);
  if (who && target && text.slice(0, target.index).includes(surnameOf(who))) {
    const charge = /\bcriticism\s+(?:from\s+[^,;]{2,40}?\s+)?that\s+(.{12,})$/i.exec(text)?.[1];
    const cut = charge ? cutClause(charge, 18) : null;
    return cut && !CRITICISM_NOUN_SUBJECT.test(cut) && !CRITICISM_NOUN.test(cut)
      ? `How does ${withArticle(who, text, isPerson)} answer the criticism that ${lowerStart(cut, ctx.properWords)}?`
      : null;
  }
  const clause = cutClause(reportedClause(text), 18);
  // Criticism voiced by the main actor, or quoted words, cannot be put back to them as a charge.
  if (!who || /^["“]/.test(clause)) return null;
  // "The most common criticism of this analysis is that…": a clause that names its own criticism would
  // be wrapped twice ("the criticism that the criticism…"), and says what is criticised, not whom.
  if (CRITICISM_NOUN_SUBJECT.test(clause) || CRITICISM_NOUN.test(clause)) return null;
  // The story's main actor, unless known to be a person, is asked only when the sentence names it: an
  // organisation is not whoever a sentence of criticism is about ("How does European Union answer…" of
  // an analysis' critics), and an actor known by no role may not be the one criticised either.
  if (who === ctx.mainActor && !ctx.mainIsPerson && !text.includes(surnameOf(who))) return null;
  // "Gorka said it was 'absolutely clear' that Clinton's server was vulnerable": words the sentence credits to
  // someone else, in a sentence that never names the main actor, are that speaker's charge at whom they name; the
  // main actor (sample 47's Bolton, named only in the next sentence) is not the one who must answer it.
  if (who === ctx.mainActor && ctx.speaker && ctx.speaker !== who && !text.includes(surnameOf(who))) return null;
  // The writer's own assessment ("the gun push has yielded only one victory") is nobody's criticism.
  if (!CRITICISM_WORD.test(text)) return null;
  // "criticism of front-runner Trump", "condemns … speech from Donald Trump", "reaffirmed their opposition
  // to Trump": the actor is the target (what an opposition or objection is to), not the one who objects.
  const aimedAt = new RegExp(
    `\\b(?:(?:criticisms?|attacks?) (?:of|on)|condemn\\w*\\b[^.;]{0,60}?\\bfrom|against|(?:opposition|objections?|resistance|hostility|opposed) to) (?:[\\w-]+\\s+){0,3}?${escapeRegExp(surnameOf(who))}\\b`,
  );
  if (aimedAt.test(text)) return null;
  // "Union leaders took slams at Varga": a criticism word aimed at the actor a few words on makes the actor its target.
  const slamsAt = new RegExp(
    `${CRITICISM_BOUNDED}\\s+(?:at|on|against)\\s+(?:(?!that\\b)[a-z][\\w-]*\\s+){0,3}?${escapeRegExp(surnameOf(who))}\\b`,
  );
  if (slamsAt.test(text)) return null;
  // "Cruz, who says Trump is attacking him because …": a pronoun after the challenge word inside a relative clause on
  // the actor points back to the actor, who is its target as when named.
  const relativeOnActor = new RegExp(
    `^(?:[A-Z][\\w.'’-]*\\s+){0,3}?${escapeRegExp(surnameOf(who))},\\s+who\\s[^,]*?${CRITICISM_WORD.source}\\s+(?:him|her|them)\\b`,
  );
  if (relativeOnActor.test(text)) return null;
  // "Curbelo has slammed Trump's comments about immigrants": the actor named first after the criticism word, as the
  // possessor of what is criticised, is its target, not the one objecting (who is someone else, before the word).
  if (possessorAfterCriticism(text, surnameOf(who))) return null;
  // "Now Bloomberg says he's so distressed …": the actor's own words are their objection, not a charge at them.
  if (new RegExp(`\\b${escapeRegExp(surnameOf(who))}\\s+(?:says|said|argues|argued|insists|insisted)\\b`).test(text))
    return `What exactly is ${withArticle(who, text, isPerson)} objecting to, and what evidence is there either way?`;
  // "Pfizer's deal with Allergan … sparked criticism from Democrats and Republicans": critics the criticism noun names
  // after "from" are who objects; an actor outside them is no objector (sample 49's #21 asked what Allergan objects to).
  const critics = criticsFrom(text);
  if (critics && !critics.includes(surnameOf(who))) return null;
  // The main actor is the one objecting here: ask what to, rather than putting their words back to them.
  if (clause.includes(surnameOf(who)) || ctx.actor === who)
    return `What exactly is ${withArticle(who, text, isPerson)} objecting to, and what evidence is there either way?`;
  // "…while taking slams at Democratic winner Bernie Sanders": a criticism aimed at someone the copy names is
  // theirs to answer, or the actor's own; either way not a charge to put to the actor.
  if (aimedAtName(text)) return null;
  return `How does ${withArticle(who, text, isPerson)} answer the criticism that ${lowerStart(clause, ctx.properWords)}?`;
}

/** "…the criticism that the proposal has drawn harsh criticism": a clause that reports a criticism, not one. */
const CRITICISM_NOUN = /\b(?:criticisms?|critiques?)\b/i;

/** A clause whose subject is itself a criticism noun: "the most common criticism of X is that…". */
const CRITICISM_NOUN_SUBJECT =
  /^(?:(?:the|a|an|one|this|that|his|her|its|their|our|another)\s+(?:(?!(?:is|are|was|were|has|have|had)\b)[a-z][\w'’-]*\s+){0,3}?)?(?:criticisms?|complaints?|charges?|accusations?|objections?|critiques?|allegations?)\b/i;

/** Whether the sentence names `who` only after "at" or "in" ("while at the State Department"): a place, not a party. */
function placeOnly(who: string, text: string): boolean {
  const mentions = [...text.matchAll(new RegExp(`\\b${escapeRegExp(who)}\\b`, 'g'))];
  return (
    mentions.length > 0 && mentions.every((m) => /\b(?:at|in|inside)\s+(?:the\s+)?$/i.test(text.slice(0, m.index)))
  );
}

/** The actor on the receiving end: "has faced criticism", "has been criticized", "came under fire". */
// Passive only: "Sanders has blamed Wall Street" makes Sanders the critic, not the one criticised.
const TARGET_OF_CRITICISM =
  /\b(?:(?:has|have|had)\s+)?(?:face|faced|faces|facing|drew|drawn)\s+(?:\w+\s+){0,2}(?:criticism|attacks|accusations|charges)\b|\b(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:\w+ly\s+)?(?:critici[sz]ed|attacked|accused|condemned|blamed|faulted)\b|\bcame under fire\b/i;

/** Verbs of blame whose "for …" gives the reason: "criticized Ford for opening…", "condemned him for his remarks". */
const GIVES_REASON = /^(?:critici[sz]|attack|condemn|brand)/i;

/** A sentence put to someone as criticism must voice one: a critic, an attack, a condemnation, a charge. */
const CRITICISM_WORD =
  /\b(?:critic\w*|attack\w*|condemn\w*|denounc\w*|slam\w*|blast\w*|assail\w*|lambast\w*|fault\w*|blam\w*|accus\w*|complain\w*|protest\w*|decr(?:y|ied|ies)|charg\w*|rebuk\w*|scold\w*|chid\w*|berat\w*)/i;

/** The criticism word with its ending bounded ("slams", "attacking"), so a run of one repeated word stays linear. */
const CRITICISM_BOUNDED = CRITICISM_WORD.source.replaceAll('\\w*', '\\w{0,12}');
const CRITICISM_AT = new RegExp(CRITICISM_BOUNDED);

/** A criticism word aimed "at", "on" or "against" a capitalised name a few words on. */
const AIMED_AT_NAME = new RegExp(
  `${CRITICISM_BOUNDED}\\s+(?:at|on|against)\\s+(?:[a-z][\\w-]*\\s+){0,3}?([A-Z][\\w'’-]*)`,
  'g',
);

/** A criticism aimed at a name — not at a day, a month or a sentence opener ("complained on Monday that…"). */
function aimedAtName(text: string): boolean {
  for (const m of text.matchAll(AIMED_AT_NAME)) if (!NOT_NAMES.has(m[1]!)) return true;
  return false;
}

/** Whether the surname is first written after a criticism word, as a possessor ("slammed Trump's comments"). */
function possessorAfterCriticism(text: string, surname: string): boolean {
  const word = CRITICISM_AT.exec(text);
  if (!word || text.slice(0, word.index).includes(surname)) return false;
  return new RegExp(`^[^.;]{0,60}?\\b${escapeRegExp(surname)}['’]s\\b`).test(text.slice(word.index + word[0].length));
}

/** dismissed -> dismiss, criticises -> criticise, rebutted -> rebut, brands -> brand. */
function baseVerb(verb: string): string {
  const v = verb.toLowerCase();
  if (/i[sz]e[sd]$/.test(v)) return v.slice(0, -1);
  if (/(?:ss|sh|ch)es$/.test(v)) return v.slice(0, -2);
  if (/tted$/.test(v)) return v.slice(0, -3);
  if (/ed$/.test(v)) return v.slice(0, -2);
  if (/s$/.test(v)) return v.slice(0, -1);
  return v;
}

/**
 * The quoted speaker's own voice: "I", "we", "you" in a charge lifted from a quotation are the
 * speaker's, and would read as the asker's in "Who answers X's charge that I think…?".
 */
const SPEAKER_VOICE = /\b(?:I|me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours|yourself)\b/i;

/** A name ("Edward Leigh", "PolitiFact", "Mr. Hof") or a role ("the party's spokesman"), no lower-case compound ("Los Angeles-based"). */
const CHARGE_SPEAKER = /^(?:\p{Lu}[\p{L}\w'’.-]*(?:\s+|$))+$|^(?:the|a|an)\s[a-z]/u;

/** "She’s a disgrace": a pronoun's contracted verb makes a clause. */
const CONTRACTED_VERB = /\b(?:he|she|it|that|there|they|we|you|i)['’](?:s|re|ll|ve|d|m)\b/i;

export function attackQuote(ctx: PhraseContext): string | null {
  // The whole sentence is the charge only when it quotes nothing. The NYT feed marks quotations with doubled
  // apostrophes ("which Mr. Trump called ''a disgrace,'' blaming …"), which this reader does not split: taking the
  // sentence for the charge put its subject's figure as the speaker's charge (sample 46's #30), so the passage is shown.
  const quote = /["“]([^"”]{10,})["”]?/.exec(ctx.text)?.[1] ?? (ctx.text.includes("''") ? null : ctx.text);
  if (quote === null) return null;
  // "This report also shows that X": the charge is X.
  const charge = cutClause(
    stripEnd(quote).replace(
      /^(?:this|the|our|a) \w+ (?:also )?(?:shows|showed|found|finds|says|said|suggests|proves) (?:that )?/i,
      '',
    ),
    18,
  );
  // Shown as the flagged passage instead (first or second person can only be the speaker's words).
  if (SPEAKER_VOICE.test(charge.replace(/\bUS\b/g, ''))) return null;
  // Only a clause can follow "charge that": a quoted noun phrase ("a betrayal of every family", "a cynical
  // move that will hurt …") or verb phrase ("betray the families") cannot, and the passage is shown (review s32 B-main-1).
  const head = charge.split(/\s(?:that|which|who)\s/)[0]!;
  const clause = holdsVerb(head) || CONTRACTED_VERB.test(head);
  if (!clause && (/^(?:a|an)\s/i.test(charge) || !holdsVerb(charge))) return null;
  const said =
    /(\p{Lu}[\p{L}\w'’-]*(?:\s+\p{Lu}[\p{L}\w'’-]*)*),?\s+(?:said|says|added|told [^:"“]+)[:,]?\s*["“]/u.exec(
      ctx.text,
    )?.[1];
  // The charge is its speaker's: the engine's attribution, or the name the tag gives. A person the
  // sentence only mentions ("…a stunt, the spokesman said of Diane Harper") is the charge's target, and
  // a tag's adjective ("explained Los Angeles-based attorney…") no name; with neither, the passage.
  const speaker = [ctx.speaker, said].find(
    (who) => who !== undefined && CHARGE_SPEAKER.test(who) && !describingCompound(who),
  );
  if (!speaker) return null;
  // "It is a scandal": a bare "it" points back to the story, and who must answer is not read (review s43 B-r43-12).
  if (/^it\s/i.test(charge)) return null;
  // The main person answers only a charge whose sentence names them, or points at a person ("she's a disgrace").
  const named =
    ctx.mainActor && (ctx.text.includes(surnameOf(ctx.mainActor)) || /\b(?:he|she|him|her)\b/i.test(charge));
  const target = named && ctx.mainActor !== speaker && ctx.mainIsPerson ? ctx.mainActor : null;
  // A charge at an object ("the Dome") is answered by whoever is responsible: ask who that is.
  if (!target) return `Who answers ${possessive(speaker)} charge that ${lowerStart(charge, ctx.properWords)}?`;
  return `How does ${target} answer ${possessive(speaker)} charge that ${lowerStart(charge, ctx.properWords)}?`;
}
