import { describe, it } from 'vitest';
import rule from '../../rules/emoji-wall.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { articleCommentCases } from '../support/article-comments.js';

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'one emoji', text: 'We did it! 🔥' },
    { name: 'a short burst', text: 'Three weeks later we made it to Cape Wrath 🎉🎉🎉' },
    { name: 'four in a row is under the default', text: 'Happy birthday 🎉🥳🎂🎈' },
    { name: 'emoji spread through a sentence', text: 'Coffee ☕ then a walk 🌳 then lunch 🥪 then a nap 😴 then work 💻' },
    { name: 'a line break splits a run', text: 'Done 🔥🔥🔥\n🔥🔥 and more' },
    { name: 'two emoji-led lines are not a list', text: '✅ Booked the venue\n✅ Sent the invites\nNow the hard part: the speech.' },
    { name: 'plain numbers are not keycaps', text: 'Three tips:\n1. Sleep\n2. Water\n3. Walk' },
    { name: 'plain bullets', text: 'Packing list:\n- boots\n- a flask\n- sandwiches 🥪' },
    { name: 'lines that are only emoji are not bullets', text: '🎉\n🎉\n🎉' },
    { name: 'emoji at the end of each line', text: 'Free coffee ✅\nLive music ✅\nA raffle ✅' },
    ...articleCommentCases(),
  ],
  invalid: [
    {
      name: 'five of the same: the fix keeps one',
      text: 'We did it!!! 🔥🔥🔥🔥🔥',
      errors: [{ messageId: 'emojiRun', covers: '🔥🔥🔥🔥🔥', range: [13, 23], severity: 'info', suggestions: [{ messageId: 'keepOne', output: 'We did it!!! 🔥' }] }],
    },
    {
      name: 'spaced out, with skin tones and joined sequences, still the same emoji',
      text: 'Bravo 👏🏽 👏🏽 👏🏽 👏🏽 👏🏽 team',
      errors: [{ messageId: 'emojiRun', covers: '👏🏽 👏🏽 👏🏽 👏🏽 👏🏽', suggestions: [{ messageId: 'keepOne', output: 'Bravo 👏🏽 team' }] }],
    },
    {
      name: 'a mixed run gets advice, not a fix',
      text: 'Happy birthday to my little brother 🎉 🥳 🎂 🎈 🍾',
      errors: [{ messageId: 'emojiRun', covers: '🎉 🥳 🎂 🎈 🍾', suggestions: [{ messageId: 'fewerEmoji' }] }],
    },
    {
      name: 'flags count as emoji',
      text: 'Come on 🇬🇧🇬🇧🇬🇧🇬🇧🇬🇧',
      errors: [{ messageId: 'emojiRun', covers: '🇬🇧🇬🇧🇬🇧🇬🇧🇬🇧', suggestions: [{ messageId: 'keepOne', output: 'Come on 🇬🇧' }] }],
    },
    {
      name: 'emoji bullets: the block from the first bullet to the end of the last line',
      text: 'What you get this Saturday:\n✅ Free coffee\n✅ Live music\n\n✅ A raffle for the food bank\nSee you there',
      errors: [{ messageId: 'emojiBullets', covers: '✅ Free coffee\n✅ Live music\n\n✅ A raffle for the food bank', severity: 'info', suggestions: [{ messageId: 'plainBullets' }] }],
    },
    {
      name: 'different bullets, indented, with trailing spaces and Windows line ends',
      text: '  🚀 Launch\r\n  💡 Ideas\r\n  🛠️ Tools  \r\n',
      errors: [{ messageId: 'emojiBullets', covers: '🚀 Launch\r\n  💡 Ideas\r\n  🛠️ Tools', suggestions: [{ messageId: 'plainBullets' }] }],
    },
    {
      name: 'keycap numbers as bullets',
      text: 'Three tips:\n1️⃣ Sleep\n2️⃣ Water\n3️⃣ Walk',
      errors: [{ messageId: 'emojiBullets', covers: '1️⃣ Sleep\n2️⃣ Water\n3️⃣ Walk', suggestions: [{ messageId: 'plainBullets' }] }],
    },
    {
      name: 'a wall and bullets together, in text order',
      text: '🔥🔥🔥🔥🔥 Sale\n👉 Shoes\n👉 Bags',
      errors: [
        { messageId: 'emojiRun', covers: '🔥🔥🔥🔥🔥', suggestions: [{ messageId: 'keepOne', output: '🔥 Sale\n👉 Shoes\n👉 Bags' }] },
        { messageId: 'emojiBullets', covers: '🔥🔥🔥🔥🔥 Sale\n👉 Shoes\n👉 Bags' },
      ],
    },
    {
      name: 'options: shorter walls and two-line lists',
      text: 'Yes 🎉🎉🎉\n✅ one\n✅ two',
      options: { minRun: 3, minBulletLines: 2 },
      errors: [
        { messageId: 'emojiRun', covers: '🎉🎉🎉', suggestions: [{ messageId: 'keepOne', output: 'Yes 🎉\n✅ one\n✅ two' }] },
        { messageId: 'emojiBullets', covers: '✅ one\n✅ two' },
      ],
    },
  ],
  invalidOptions: [
    { options: { minRun: 1 }, error: 'rules.emoji-wall.options.minRun' },
    { options: { bullets: false }, error: 'rules.emoji-wall.options' },
  ],
});
