import { describe, expect, it, vi } from 'vitest';
import { titleBeforeName } from '../../src/core/title-before-name';

describe('titleBeforeName', () => {
  it('runs no expression holding the name (one compiled per name cost more than reading it)', () => {
    const names = Array.from({ length: 30 }, (_, i) => `Orla Quill${String.fromCharCode(97 + (i % 26))}${i}`);
    const text = names.map((n) => `Mr. ${n.split(' ')[1]} and Dr ${n} met.`).join(' ');
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const found: string[][] = [];
    let holding: number;
    try {
      for (const n of names) found.push(titleBeforeName(n, n.split(' ')[1]!, text));
    } finally {
      // Counted before the restore, which clears the calls.
      holding = exec.mock.contexts.filter((r) => (r as RegExp).source.includes('Quill')).length;
      exec.mockRestore();
    }
    expect(holding).toBe(0);
    expect(found).toEqual(names.map(() => ['Mr', 'Dr']));
  });

  it('reads the word before the name or the surname as the global scan does', () => {
    expect(titleBeforeName('Orla Quill', 'Quill', 'Sen. Quill, Mrs Orla Quill and Lord Quillon.')).toEqual([
      'Sen',
      'Mrs',
    ]);
    // No word boundary after, a capital run on ("McQuill"), two spaces, a word in capitals: nothing.
    expect(titleBeforeName('Orla Quill', 'Quill', 'Mr Quills, McMr Quill, Mr  Quill, MR Quill, Mr.Quill.')).toEqual([]);
    // Only the word right before: "Mr Orla Quill" gives "Orla" (a given name reads as a capitalised word too).
    expect(titleBeforeName('Quill', 'Quill', 'Mr Orla Quill. Dame Quill')).toEqual(['Orla', 'Dame']);
  });
});
