import { expect, test } from 'vitest';
import { coordinatedDoers } from '../../commands/coordinated-doers';

// Audit 48's B-a48-14 (near shapes of review 47's B-r47-1): a place opener of two or three capitalised words has a
// full name's shape, so "At Oxley Meadows," stayed a doer of the run. Invented copy.
const AT = 'At Oxley Meadows, Ruth Hale and Omar Reddy signed the grazing deal on Friday.';
const OUTSIDE = 'Outside Kelso Court, Ada Quist and Ben Ulric handed in the petition on Monday.';
const EARLIER = 'Earlier, at Brackley Old Quay, Tam Royle and Jo Pike unloaded the last of the catch.';

test('a place opener after a preposition is no doer, with an act and for "they" (no act)', () => {
  expect(coordinatedDoers([AT], ['Omar Reddy'], 'sign')).toBe('Ruth Hale and Omar Reddy');
  expect(coordinatedDoers([AT], ['Ruth Hale', 'Omar Reddy'])).toBe('Ruth Hale and Omar Reddy');
});

test('a preposition the stop-word list lacks, and one after a sentence adverb, open no doer either', () => {
  expect(coordinatedDoers([OUTSIDE], ['Ben Ulric'], 'hand')).toBe('Ada Quist and Ben Ulric');
  expect(coordinatedDoers([EARLIER], ['Jo Pike'], 'unload')).toBe('Tam Royle and Jo Pike');
});

test('control: a body opening the run with no preposition before it stays one of the doers', () => {
  const text = 'Brightwater Marine, Ruth Hale and Omar Reddy signed the grazing deal on Friday.';
  expect(coordinatedDoers([text], ['Omar Reddy'], 'sign')).toBe('Brightwater Marine, Ruth Hale and Omar Reddy');
});

test('control: a run after "said that" is the clause\'s subject, every name kept', () => {
  const text = 'The warden said that Ruth Hale, Omar Reddy and Ada Quist signed the grazing deal.';
  expect(coordinatedDoers([text], ['Ada Quist'], 'sign')).toBe('Ruth Hale, Omar Reddy and Ada Quist');
});
