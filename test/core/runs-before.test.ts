import { describe, expect, it } from 'vitest';
import { roleModifiers } from '../../src/core/role-modifiers';
import { runsBefore } from '../../src/core/runs-before';

describe('runsBefore', () => {
  it('finds where the nth run of non-space characters before a position starts', () => {
    const text = 'said the  former Republican\tpresidential nominee Mitt';
    const end = text.indexOf('nominee');
    expect(text.slice(runsBefore(text, end, 1), end)).toBe('presidential ');
    expect(text.slice(runsBefore(text, end, 4), end)).toBe('the  former Republican\tpresidential ');
    expect(runsBefore(text, end, 9)).toBe(0);
    expect(runsBefore(text, 0, 3)).toBe(0);
  });
});

describe('roleModifiers, run from the first "role name" instead of over the whole copy', () => {
  it('reads the words before the first role written right before the name, as the whole-copy expression does', () => {
    const cases: Array<[string, string, string, string]> = [
      // An earlier "nominee" not before the name, and one with no word before it, are passed over.
      [
        'nominee',
        'Gary Johnson',
        'The nominee spoke. Later, Libertarian presidential nominee Gary Johnson said.',
        'Libertarian presidential nominee',
      ],
      [
        'nominee',
        'Gary Johnson',
        'nominee Gary Johnson said; then the Libertarian presidential nominee Gary Johnson left.',
        'Libertarian presidential nominee',
      ],
      ['President', 'Obama', 'President Obama spoke. former President Obama said.', 'former President'],
      // "Ann Leeds" is not "Ann Lee"; four words back reach "Post".
      [
        'chief',
        'Ann Lee',
        'bureau chief Ann Leeds spoke; Post White House bureau chief Ann Lee wrote.',
        'Post White House bureau chief',
      ],
      [
        'nominee',
        'Mitt Romney',
        'It was 2012 Republican presidential nominee Mitt Romney who said it.',
        '2012 Republican presidential nominee',
      ],
      // The expression's leftmost match may span a repeated name (its greedy words): kept as it was.
      ['host', 'Bill Maher', 'the host Bill Maher host Bill Maher again', 'Bill Maher host'],
      ['host', 'Bill Maher', 'no such role here', 'host'],
    ];
    for (const [role, name, text, expected] of cases) expect(roleModifiers(role, name, text), text).toBe(expected);
  });
});
