import { describe, it } from 'vitest';
import rule from '../../rules/template-greeting.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { articleCommentCases } from '../support/article-comments.js';

const dm = { platform: 'linkedin' as const, surface: 'message' as const };

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'posts are not judged', text: 'Hi [Name], Dear friend, this is a post to everyone.' },
    { name: 'the right name', text: 'Hi Sam, loved your talk on retros at the Leeds meetup. Could I ask you about the board you used?', ...dm, recipient: 'Sam Lee' },
    { name: 'a short form of the name', text: 'Hi Sam! Thanks for the intro yesterday.', ...dm, recipient: 'Samantha Jones' },
    { name: 'the surname with a title', text: 'Good morning Mr. Lee, thank you for taking the time to meet us on Friday.', ...dm, recipient: 'Sam Lee' },
    { name: 'a group greeting', text: 'Hi all, the slides from today are in the shared folder now, see you next week.', ...dm, recipient: 'Sam' },
    { name: 'a term of endearment', text: 'Hey babe, running late again, the train is stuck outside Leeds. Dinner at eight?', ...dm, recipient: 'Sam' },
    { name: 'a capitalised endearment is not a wrong name', text: 'Good morning Sunshine, how did the interview go yesterday? Tell me everything when you can.', ...dm, recipient: 'Sam' },
    { name: 'a title and surname', text: 'Hello Dr. Smith, thank you for seeing me on Friday, the results were a relief.', ...dm, recipient: 'Jane Smith' },
    { name: 'a short address closed by punctuation', text: 'Good afternoon, my love! How goes the new job? I think of you all day.', ...dm, recipient: 'Sam' },
    { name: 'short chat with no name', text: 'Hey, how are you?', ...dm, recipient: 'Sam' },
    { name: 'no greeting at all', text: 'Saw your post about the conference, it looked great. Are the talks online?', ...dm, recipient: 'Sam' },
    {
      name: 'a bare greeting in a short message to someone unknown',
      text: 'Hi, quick question: are you still selling the bike you posted last week?',
      ...dm,
    },
    { name: '"<3" and "[sic]" are not merge fields', text: 'Loved it <3 and the typo [sic] too, great work on this one.', surface: 'comment' },
    ...articleCommentCases(),
  ],
  invalid: [
    {
      name: 'an unfilled [Name], filled in by the fix',
      text: 'Hi [Name], I came across your profile and would love to connect.',
      ...dm,
      recipient: 'Sam Lee',
      errors: [{ messageId: 'mergeField', covers: '[Name]', severity: 'warning', suggestions: [{ messageId: 'fillName', output: 'Hi Sam, I came across your profile and would love to connect.' }] }],
    },
    {
      name: 'template syntax of several tools',
      text: 'Dear {{first_name}}, I help companies like {company} grow. Best, %SENDER% *|LNAME|*',
      ...dm,
      recipient: 'Sam Lee',
      errors: [
        { messageId: 'mergeField', covers: '{{first_name}}', suggestions: [{ messageId: 'fillName', output: 'Dear Sam, I help companies like {company} grow. Best, %SENDER% *|LNAME|*' }] },
        { messageId: 'mergeField', covers: '{company}', suggestions: [{ messageId: 'fillField' }] },
        { messageId: 'mergeField', covers: '%SENDER%', suggestions: [{ messageId: 'fillField' }] },
        { messageId: 'mergeField', covers: '*|LNAME|*', suggestions: [{ messageId: 'fillName', output: 'Dear {{first_name}}, I help companies like {company} grow. Best, %SENDER% Lee' }] },
      ],
    },
    {
      name: 'a merge field with no recipient known',
      text: 'Hello <first name>, congratulations on the new role!',
      surface: 'comment',
      errors: [{ messageId: 'mergeField', covers: '<first name>', suggestions: [{ messageId: 'useTheirName' }] }],
    },
    {
      name: '"Hi there" to a known recipient: a hint, as people open with it to neighbours and sellers too',
      text: 'Hi there, I came across your profile and think you would be a great fit for our programme.',
      ...dm,
      recipient: 'Sam Lee',
      errors: [
        {
          messageId: 'anyoneGreeting',
          covers: 'Hi there',
          severity: 'info',
          suggestions: [
            { messageId: 'fillName', output: 'Hi Sam, I came across your profile and think you would be a great fit for our programme.' },
            { messageId: 'mentionSpecific' },
          ],
        },
      ],
    },
    {
      name: '"Dear friend" in a comment',
      text: 'Dear friend, we have an exciting opportunity to share with you.',
      surface: 'comment',
      errors: [{ messageId: 'anyoneGreeting', covers: 'Dear friend', severity: 'warning', suggestions: [{ messageId: 'useTheirName' }] }],
    },
    {
      name: '"Hey there" to a seller: a hint',
      text: 'Hey there! Are you still selling the bike? I could pick it up on Saturday morning.',
      platform: 'facebook',
      surface: 'message',
      errors: [{ messageId: 'anyoneGreeting', covers: 'Hey there', severity: 'info', suggestions: [{ messageId: 'useTheirName' }] }],
    },
    {
      name: '"Dear Sir/Madam"',
      text: 'Dear Sir/Madam, We are writing to introduce our services.',
      ...dm,
      recipient: 'Dr. Priya Patel',
      errors: [{ messageId: 'anyoneGreeting', covers: 'Dear Sir/Madam', suggestions: [{ messageId: 'fillName', output: 'Dear Priya, We are writing to introduce our services.' }, { messageId: 'mentionSpecific' }] }],
    },
    {
      name: 'the wrong name',
      text: 'Hey John, great to connect here. Would you have ten minutes this week for a call?',
      ...dm,
      recipient: 'Sam Lee',
      errors: [
        {
          messageId: 'wrongName',
          covers: 'John',
          severity: 'warning',
          suggestions: [{ messageId: 'fillName', output: 'Hey Sam, great to connect here. Would you have ten minutes this week for a call?' }, { messageId: 'mentionSpecific' }],
        },
      ],
    },
    {
      name: 'a greeting with no name in a direct message, with the name put in by the fix',
      text: 'Hello, I noticed we are both in the product space and I would love to tell you about what we do.',
      ...dm,
      recipient: 'Sam Lee',
      errors: [
        {
          messageId: 'noName',
          covers: 'Hello',
          severity: 'info',
          suggestions: [{ messageId: 'fillName', output: 'Hello Sam, I noticed we are both in the product space and I would love to tell you about what we do.' }, { messageId: 'mentionSpecific' }],
        },
      ],
    },
    {
      name: 'a long message opening with a bare greeting, recipient unknown',
      text:
        'Hi, I hope this message finds you well. I am reaching out because our agency helps small businesses like yours grow their audience online, and we have helped more than two hundred companies double their reach this year. Would you be open to a short call?',
      ...dm,
      errors: [{ messageId: 'noName', covers: 'Hi', suggestions: [{ messageId: 'useTheirName' }] }],
    },
    {
      name: 'after an @mention in a comment',
      text: '@sam_lee Hi there, check out our new course!',
      surface: 'comment',
      recipient: 'Sam Lee',
      errors: [{ messageId: 'anyoneGreeting', covers: 'Hi there', suggestions: [{ messageId: 'fillName', output: '@sam_lee Hi Sam, check out our new course!' }, { messageId: 'mentionSpecific' }] }],
    },
  ],
  invalidOptions: [{ options: { minWords: 0 }, error: 'rules.template-greeting.options.minWords' }],
});
