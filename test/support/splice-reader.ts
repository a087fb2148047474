import { clauseShapeSplices, slotSplices } from './slot-splices';

/**
 * The independent reader's checks for the splices hand-read sample 4 found (docs/hand-read-questions.md),
 * written apart from the engine's vetting (src/core/spliced-words.ts, verbless-that.ts): each names
 * what an editor would see. Called by questionProblems (question-grammar.ts).
 */

/** Verbs with no -s/-ed ending, and the auxiliaries: a clause holding one has its verb. */
const BARE_VERBS =
  /^(?:am|be|been|being|is|are|was|were|will|would|can|could|must|may|might|has|have|had|do|does|did|should|shall|said|told|made|got|went|took|gave|came|ran|left|led|met|paid|sold|bought|thought|knew|saw|held|kept|began|fell|rose|grew|cut|set|put|hit|let|won|lost|sent|spent|built|brought|found|felt|heard|meant|stood|wrote|broke|chose|became)$/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Closed-class words: capitalised inside a question only where a sentence of the copy (or a quote) opened. */
const FUNCTION_WORD =
  /^(?:Is|Are|Was|Were|Will|Would|Can|Could|Do|Does|Did|Has|Have|Had|About|Nearly|Almost|Some|Most|Many|Few|Every|Each|All|Both|No|Not|The|A|An|This|These|Those|It|Its|He|She|They|We|Our|Their|His|Her|In|On|At|For|With|From|By|After|Before|Despite|Although|Though|While|When|If|But|And|Or|So|As|Since|Because|Among|Yet|Still|However|Instead|Indeed|Meanwhile|Boasting|According)$/;

/** "…charge that Is President Obama going to…", "…say About 270 people…": a copy sentence's opener kept mid-question. */
function capitalisedOpener(question: string, copy: string): string | null {
  // A quotation keeps the copy's capitals: only the question's own words are read here.
  const ws = words(question.replace(/“[^”]*”|"[^"]*"|\([^()]*\)$/g, ' '));
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i]!.replace(/^["“‘(]+|[^A-Za-z]+$/g, '');
    if (!FUNCTION_WORD.test(w)) continue;
    // "The Hague", "in The Nation": the copy writes it capitalised after a lower-case word or a comma.
    if (new RegExp(`[a-z0-9,;]\\s+["“‘]?${w}\\b`).test(copy)) continue;
    return `sentence opener "${w}" capitalised mid-question`;
  }
  return null;
}

/** The words between the last "that"/"if" a frame opens and a cut "…": do they hold their own verb? */
function cutAtEllipsisBeforeVerb(question: string): string | null {
  const at = question.indexOf('…');
  if (at < 0) return null;
  const head = question.slice(0, at);
  const open =
    /.*\b(?:confirm|confirmed|true|evidence|right|charge|criticism|accusation|claim|report|said|says) that\s+|.*(?:,\s+|\s)(?:if|because|although|when|unless)\s+/s.exec(
      head,
    );
  if (!open) return null;
  // Asides in brackets and a phrase before a comma hold no subject; a relative clause is the noun's own.
  let clause = head.slice(open[0].length).replace(/\([^)]*\)?/g, ' ');
  clause = clause.replace(
    /^(?:in|on|at|by|for|with|after|before|during|despite|amid|among|under|over)\s[^,]*,\s*/i,
    '',
  );
  const ws = clause.match(/[A-Za-z'’-]+/g) ?? [];
  const relative = ws.findIndex((w, i) => i > 0 && /^(?:that|who|which|whom)$/.test(w));
  const own = relative < 0 ? ws : ws.slice(0, relative);
  const isVerb = (w: string, prev: string | undefined): boolean =>
    (BARE_VERBS.test(w) ||
      /n['’]t$/.test(w) ||
      /^[a-z]{2,}ed$/.test(w) ||
      (/^[a-z]{2,}s$/.test(w) && !/^(?:the|its|his|her|their|of|in|a|some|any|more)$/i.test(prev ?? ''))) &&
    !/^[A-Z]/.test(w);
  if (own.some((w, i) => isVerb(w, own[i - 1]))) return null;
  if (relative >= 0) {
    // A relative clause that closed would leave a second verb after its own: "the man who shot him was…".
    const rest = ws.slice(relative + 1);
    const verbs = rest.filter((w, i) => isVerb(w, rest[i - 1]) && !/^(?:been|being|be)$/.test(w));
    if (verbs.length >= 2) return null;
  }
  return ws.length >= 2 ? 'clause cut at "…" before its verb' : null;
}

/** What the sample-4 splices leave for a reader to see in one printed question (none: an empty list). */
export function spliceReader(question: string, copy: string): string[] {
  const found: string[] = [];
  // "Washington D.C?" for the copy's "D.C.": the abbreviation lost its stop.
  const abbreviation = /((?:\b[A-Z]\.)+[A-Z])\?/.exec(question);
  if (abbreviation && copy.includes(`${abbreviation[1]}.`)) found.push(`altered abbreviation ${abbreviation[1]}`);
  const opener = capitalisedOpener(question, copy);
  if (opener) found.push(opener);
  const ellipsis = cutAtEllipsisBeforeVerb(question);
  if (ellipsis) found.push(ellipsis);
  // "…confirm that O'Malley said at a press conference?": the speech tag kept, what was said lost.
  if (
    /\b(?:said|says|stated|added)(?:\s+(?:at|in|on|to|during|after)\s[^,?]*)?\?(?:\s*\([^()]*\))?$/.test(question) &&
    !/\bwhat\b[^?]*\b(?:said|says)\?/.test(question)
  )
    found.push('speech verb with nothing said');
  // "…confirm that boasting 108,000 residents…": a participle phrase where a clause belongs.
  if (
    /\b(?:confirm|true|right|evidence) that [a-z]{3,}ing (?:\d|the |a |an |his |her |its |their )/.test(question) &&
    !/\b(?:is|are|was|were|has|have|had|will|would|can|could)\b/.test(
      question.slice(question.search(/ that [a-z]{3,}ing /) + 6),
    )
  )
    found.push('participle phrase for a clause');
  if ((question.match(/\(/g) ?? []).length !== (question.match(/\)/g) ?? []).length) found.push('unbalanced bracket');
  if (/…\s*…/.test(question)) found.push('cut twice');
  // "Will what we need right now is…", "Will you think…": no subject an editor could ask about.
  if (
    /^(?:\w+\s+)?(?:Will|Would|Can|Could|Does|Did|Do|will|would|can|could|does|did|do)\s+(?:what|who|which|you|we|I)\s/.test(
      question,
    )
  )
    found.push('wh-word or reader-addressed pronoun as the subject');
  // "…at the campaign's Brooklyn, N.Y.?" where the copy goes on "N.Y., headquarters": a noun phrase cut.
  const state = /((?:[A-Z]\.){2,})\?(?:\s*\([^()]*\))?$/.exec(question);
  if (state && copy.includes(`${state[1]}, `) && new RegExp(`${state[1]!.replace(/\./g, '\\.')},? [a-z]`).test(copy))
    found.push('noun phrase cut after an abbreviation');
  if (/\b(?:which|who) that\b/.test(question)) found.push('two clause openers in a row');
  // "Why does publicly dismiss the approaches…": an adverb and a verb, the subject lost.
  if (/^(?:Why|How)\s+(?:does|did|do)\s+(?!(?:early|only|likely|elderly|family)\b)[a-z]+ly\s+[a-z]+\s/.test(question))
    found.push('no subject after do-support');
  // "Will Clinton strategists think women be the key…": "will" moved out of a reported clause.
  if (/^Will\s.*?\b(?:think|thinks|believe|believes|expect|expects|say|says)\s+(?:\w+\s+){1,4}be\b/.test(question))
    found.push('bare "be" after a verb of thinking');
  // "Why did “Many of the thugs…,” he tweeted…?": a quotation where the subject belongs.
  if (/^(?:(?:Why|How|When|What)\s+)?(?:did|does|do|will|would)\s+["“‘]/i.test(question))
    found.push('quotation in the subject slot');
  // "…investors seem to agree: At one point…", "…SCHULTZ RESIGNS After…": a second sentence or a headline.
  const own = question.replace(/“[^”]*”|"[^"]*"/g, '“”');
  if (/:\s+[A-Z][a-z]/.test(own)) found.push('second sentence after a colon');
  if (/\b[A-Z]{2,}\s+[A-Z]{2,}\s+[A-Z]{2,}\b/.test(own)) found.push('headline in capitals spliced in');
  // "Is Wilcox and Beruff right…": two people take "are".
  if (
    /^Is\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+right\b/.test(question)
  )
    found.push('"Is" with two subjects');
  // Sample 5: "Why does Trump later blamed his…" (a past verb after do-support's subject), "that but have
  // speculated…" (a clause opening on a conjunction), "Will … if the proposals were not adopted?".
  if (
    /^(?:Why|How|When)?\s*(?:does|did|do)\s+\S+(?:\s\S+){0,2}\s[a-z]+ed\s(?:his|her|their|the|a|in|on|with)\s/i.test(
      question,
    )
  )
    found.push('past verb in the subject slot after do-support');
  if (/\bthat (?:but|and|or) /.test(question)) found.push('reported clause opens on a conjunction');
  if (/^Will\s.*\bif\s.*\b(?:were|was|had)\b/.test(question)) found.push('past condition under "will"');
  found.push(...slotSplices(question, copy), ...clauseShapeSplices(question, copy));
  return found;
}
