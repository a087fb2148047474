import { expect, test } from 'vitest';
import { coordinatedDoers } from '../../commands/coordinated-doers';

// Review 47's B-r47-1: a clause opener before a comma ("In Dunmore,", "Separately,") joined the coordinated doers.
// Invented copy.
const DUNMORE = 'In Dunmore, Ruth Hale and Omar Reddy signed the ferry contract on Friday at the harbour office.';
const SEPARATELY = 'Separately, Ada Quist and Ben Ulric approved the new timetable on Monday after a short meeting.';

test('a place opener is no doer of the act ("and when?" after "who signed …?")', () => {
  expect(coordinatedDoers([DUNMORE], ['Omar Reddy'], 'sign')).toBe('Ruth Hale and Omar Reddy');
});

test('a sentence adverb is no doer, with an act and for "they" (no act)', () => {
  expect(coordinatedDoers([SEPARATELY], ['Ben Ulric'], 'approve')).toBe('Ada Quist and Ben Ulric');
  expect(coordinatedDoers([SEPARATELY], ['Ada Quist', 'Ben Ulric'])).toBe('Ada Quist and Ben Ulric');
});

test('control: three full names before the verb are all kept', () => {
  const text = 'Ruth Hale, Omar Reddy and Ada Quist signed the ferry contract on Friday.';
  expect(coordinatedDoers([text], ['Ada Quist'], 'sign')).toBe('Ruth Hale, Omar Reddy and Ada Quist');
  expect(coordinatedDoers([text], ['Ruth Hale', 'Omar Reddy', 'Ada Quist'])).toBe(
    'Ruth Hale, Omar Reddy and Ada Quist',
  );
});
