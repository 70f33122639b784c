import { describe, it } from 'vitest';
import rule from '../../rules/bare-link.js';
import { RuleTester } from '../../src/engine/rule-tester.js';

new RuleTester({ describe, it }).run(rule, {
  valid: [
    'I finally understood quality score after reading this, and it changed how we write our ads: https://example.com/qs',
    'No links here at all, just me saying hello.',
    { text: 'Short https://example.com', options: { minOwnWords: 1 } },
    { name: 'two sentences glued at a full stop are not a link', text: 'Wife.how she knew the time of murder exactly' },
    { name: 'nor is an unusual "TLD" without a scheme', text: 'Ryder unsold.now gibbs.' },
    'Ten words of my own make this a recommendation: read it, friends https://example.com/a',
  ],
  invalid: [
    {
      name: 'the quality-score headline from article 000',
      text: '(Un)Frequently asked questions about quality score: https://example.com/qs-faq',
      errors: [{ messageId: 'linkOnly', covers: 'https://example.com/qs-faq', suggestions: [{ messageId: 'addWhy' }] }],
    },
    {
      name: 'hashtags and mentions are not words of your own',
      text: 'Read this @bob https://example.com #seo #marketing #growth',
      errors: [{ messageId: 'linkOnly', covers: 'https://example.com' }],
    },
    {
      name: 'a link without a protocol counts',
      text: 'check out kidsmediausa.com',
      errors: [{ messageId: 'linkOnly', covers: 'kidsmediausa.com' }],
    },
    {
      name: 'nine words are not quite enough',
      text: 'Discover a beautiful song by a young Moroccan singer https://example.com/song',
      errors: [{ messageId: 'linkOnly', covers: 'https://example.com/song' }],
    },
    {
      name: 'the same headline and link under someone else\'s post is a bare link, not a broadcast of one\'s own',
      text: '(Un)Frequently asked questions about quality score: https://example.com/qs-faq',
      surface: 'comment',
      errors: [{ messageId: 'bareLink', covers: 'https://example.com/qs-faq' }],
    },
    {
      name: 'a question to the reader around a link is not a broadcast',
      text: 'Anyone else tried this? https://example.com/tool',
      errors: [{ messageId: 'bareLink', covers: 'https://example.com/tool' }],
    },
    {
      name: 'a common TLD without a scheme is a link',
      text: 'new post on my blog: example.co.uk/posts/1',
      errors: [{ messageId: 'bareLink', covers: 'example.co.uk/posts/1' }],
    },
    {
      name: 'a share button\'s "Artist - Title: link" is only a hint',
      text: 'Katy Perry - Roar (Official): http://youtu.be/CevxZvSJLk8',
      errors: [{ messageId: 'titleOnly', severity: 'info', covers: 'http://youtu.be/CevxZvSJLk8', suggestions: [{ messageId: 'addWhy' }] }],
    },
    {
      name: 'a title before a shop link is still a bare link',
      text: 'Brown Slip-On Shoes - size 9: https://example.com/shop/123',
      errors: [{ messageId: 'linkOnly', severity: 'warning' }],
    },
    {
      name: 'a list of links',
      text: 'Today: https://a.example.com/1 https://b.example.com/2 https://c.example.com/3 enjoy',
      errors: [{ messageId: 'linkDump', range: [7, 78] }],
    },
  ],
  invalidOptions: [{ options: { minOwnWords: -1 }, error: 'rules.bare-link.options.minOwnWords' }],
});
