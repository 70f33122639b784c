import { describe, it } from 'vitest';
import rule from '../../rules/all-about-me.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { articleCommentCases } from '../support/article-comments.js';

const aboutUs =
  'We are proud to announce that our company has won another award. Our team has worked hard all year, and our product is now the leading tool in our market. We will keep improving our service and we plan to open two new offices.';

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'a short post', text: 'We won an award today and I am thrilled.' },
    { name: 'turns to the reader', text: `${aboutUs} If your team uses it, tell us what to build next.` },
    { name: 'asks a question', text: aboutUs.replace('two new offices.', 'two new offices. Where should the next one be?') },
    { name: 'credits someone else', text: aboutUs.replace('Our team has worked hard all year', 'Priya and Tom worked hard all year') },
    { name: 'mentions someone', text: `${aboutUs} Congrats @dana_builds.` },
    {
      name: 'a few first-person words in a long post',
      text: 'The award ceremony was held in Manchester this year, with twelve categories across design, engineering and research, and our small studio was shortlisted in the engineering category alongside much larger firms from London and Berlin.',
    },
    {
      name: 'a line addressed to the reader',
      text: 'Today marks ten years since I wrote my first line of code. I was terrified, I broke everything, and I thought I would never get it. My first pull request took me a week. Be that patient person for a beginner.',
    },
    ...articleCommentCases(),
  ],
  invalid: [
    {
      name: 'all we, our and us',
      text: aboutUs,
      errors: [{ messageId: 'allAboutMe', covers: aboutUs, severity: 'info', suggestions: [{ messageId: 'turnToReader' }] }],
    },
    {
      name: 'all I and my',
      text: ' I just finished my tenth marathon and my time was my best ever. I trained for six months and I changed my diet, my sleep and my shoes, and I think I can go faster next year. ',
      errors: [
        {
          messageId: 'allAboutMe',
          covers: 'I just finished my tenth marathon and my time was my best ever. I trained for six months and I changed my diet, my sleep and my shoes, and I think I can go faster next year.',
        },
      ],
    },
    {
      name: 'a promotion announced with nothing but the writer',
      text: 'I am thrilled to announce that I have been promoted to Director. I have worked hard for this and I am proud of my achievements. My journey has been long and I learned a lot, and I am ready for my next challenge.',
      platform: 'linkedin',
      errors: [{ messageId: 'allAboutMe', severity: 'info' }],
    },
  ],
  invalidOptions: [{ options: { minSelfShare: 2 }, error: 'rules.all-about-me.options.minSelfShare' }],
});
