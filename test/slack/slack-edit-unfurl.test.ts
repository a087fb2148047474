import { expect, test } from 'vitest';
import { editedSlackMessage } from '../../src/platforms/slack/slack-turns';

const base = { channel: 'C1', ts: '1700000900.000001', subtype: 'message_changed' };

test('an edit that changed the words is read as the message now is, under the original ts', () => {
  const edited = editedSlackMessage({
    ...base,
    message: { user: 'U1', ts: '1700000800.000002', text: 'Is Kelner his lawyer?' },
    previous_message: { text: 'Kelner is his lawyer' },
  });
  expect(edited).toMatchObject({ channel: 'C1', ts: '1700000800.000002', text: 'Is Kelner his lawyer?' });
});

test('a link unfurl (same words, new attachments) is not read again', () => {
  const text = 'Who is Flynn’s attorney? <https://example.test/story>';
  expect(
    editedSlackMessage({ ...base, message: { user: 'U1', ts: '1700000800.000002', text }, previous_message: { text } }),
  ).toBeUndefined();
});
