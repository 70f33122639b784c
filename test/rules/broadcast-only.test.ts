import { describe, it } from 'vitest';
import rule from '../../rules/broadcast-only.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { docHistory } from '../support/history-docs.js';

const pitch = (i: number) => `Our spring sale ends Friday: 30% off every plan, code SPRING${i}. https://example.com/sale`;
const reply = (i: number) => `Thanks for sharing this, Dana, point ${i} is spot on!`;

/** `count` sends a day apart, newest first; `social` of them (the newest) are replies. */
function sends(count: number, social = 0) {
  return docHistory(
    Array.from({ length: count }, (_, i) =>
      JSON.stringify(i < social ? { text: reply(i), surface: 'reply', at: `${i + 1}d ago` } : { text: pitch(i), at: `${i + 1}d ago` }),
    ).join('\n'),
  );
}
const draft = 'New: our summer bundle is live, grab it before it sells out https://example.com/summer';

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'no history', text: draft },
    { name: 'too few sends to judge', text: draft, history: sends(6) },
    { name: 'three replies in twenty is more than almost none', text: draft, history: sends(20, 3) },
    { name: 'this draft is a reply', text: 'Congratulations on the launch, Dana!', surface: 'reply', history: sends(20) },
    { name: 'this draft is personal', text: 'I spent the weekend hiking with my kids and it reminded me why I started this company.', history: sends(20) },
    { name: 'this draft asks a question', text: 'What is the one tool you could not work without this year?', history: sends(20) },
  ],
  invalid: [
    {
      name: 'twenty pitches and links',
      text: draft,
      history: sends(20),
      errors: [{ messageId: 'broadcastOnly', covers: draft, severity: 'info', suggestions: [{ messageId: 'talkWithSomeone' }] }],
    },
    { name: 'one reply in twenty is almost none', text: draft, history: sends(25, 1), errors: [{ messageId: 'broadcastOnly' }] },
    { name: 'a smaller window', text: draft, history: sends(8), options: { window: 8, minSends: 5 }, errors: [{ messageId: 'broadcastOnly' }] },
  ],
  invalidOptions: [{ options: { window: 2 }, error: 'rules.broadcast-only.options.window' }],
});
