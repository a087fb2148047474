import type { Sentence } from './analysis-types';
import { type JoinedSentences, joinedSentences } from './joined-sentences';
import type { Person } from './people';
import { headNoun } from './phrase-head';
import { roleOf } from './role-of';

const SHARED = new WeakMap<Sentence[], CopyRoles>();

/**
 * Each person's role as the who-is-who reads it ("The council leader, Anne Cole,"), '' for none, and its head noun,
 * read once per person of an article: the speaker resolver matches a definite description ("the leader") to them.
 */
export class CopyRoles {
  private readonly roles = new Map<Person, string>();
  private readonly heads = new Map<Person, string>();
  private joined: JoinedSentences | undefined;

  constructor(private readonly sentences: Sentence[]) {}

  /**
   * The roles of one sentence array, shared by every resolver of it: the quote attribution and the statements each
   * build a resolver on the same sentences, and each read every speaker's role again (roleOf over the sentences
   * naming them, ~1% of an analysis). A role depends on the person's name and these sentences alone, so a second
   * reader gets the same answer; a WeakMap, so the roles go with the analysis.
   */
  static of(sentences: Sentence[]): CopyRoles {
    let roles = SHARED.get(sentences);
    if (roles === undefined) {
      roles = new CopyRoles(sentences);
      SHARED.set(sentences, roles);
    }
    return roles;
  }

  /**
   * The role the copy gives this person beside their name ("council leader"), '' for none. Its head names them
   * ("the leader"), its premodifiers tell two offices apart (description-fits-role.ts); "The council said" never
   * means the council leader.
   */
  role(person: Person): string {
    let role = this.roles.get(person);
    if (role === undefined) {
      // Only the sentences naming the person: a role sits beside the name, and reading the whole
      // article once per person made 1 MB of copy quadratic (the bench's 1 MB row, 22× 100 KB).
      // Found in the sentences joined once: a filter of every sentence per person was people × sentences.
      this.joined ??= joinedSentences(this.sentences.map((s) => s.text));
      const naming = this.joined.holding(person.surname).map((i) => this.sentences[i]!.text);
      role = roleOf(person.name, undefined, naming.join('\n')) ?? '';
      this.roles.set(person, role);
    }
    return role;
  }

  /**
   * The head noun of the copy's role for this person ("leader" of "council leader, Anne Cole"), read once per person:
   * every definite description reads back past every earlier mention.
   */
  head(person: Person, role: string): string {
    let head = this.heads.get(person);
    if (head === undefined) {
      head = headNoun(role.split(/,/)[0]!.trim().split(/\s+/));
      this.heads.set(person, head);
    }
    return head;
  }
}
