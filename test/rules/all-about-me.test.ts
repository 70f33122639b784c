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
  ],
  invalidOptions: [{ options: { minSelfShare: 2 }, error: 'rules.all-about-me.options.minSelfShare' }],
});
