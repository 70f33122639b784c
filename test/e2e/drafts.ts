/**
 * Drafts the end-to-end tests type. Written for these tests (not corpus rows): a plain
 * sales pitch, a personal post, and drafts that carry a finding with a one-click fix.
 */

/** An offer with a price cut, a code, urgency and a sign-up call. */
export const PITCH =
  'Huge sale this week only! Get 50% off every plan with code SAVE50 at checkout. Sign up now before the offer ends: https://example.com/deal';

/** Words that only a sales pitch would have underlined. */
export const PITCH_WORDS = ['50% off', 'SAVE50', 'Sign up', 'offer', 'sale', 'https://example.com/deal'];

/** First person, a small story, a feeling, and a question to the reader. */
export const PERSONAL =
  "Finally got my grandmother's sourdough recipe to work after three failed tries. I burned the first loaf and laughed about it with my sister all evening. What is the recipe you learned from your family?";

/** Another personal post, so a second send in one test is not a repeat of the first (a copy-paste finding is reviewed before sending). */
export const PERSONAL_2 =
  'My neighbour showed me how to fix a dripping tap this morning and I felt oddly proud when it finally stopped. I still have no idea what half the parts do. Who taught you the small repairs you know?';

/** Personal, but with a shouted "!!!" and too many hashtags: gimmicks, both with fixes. */
export const HASHTAG_STUFFED =
  'Spent Saturday fixing my old bike with my daughter and she did the brakes herself!!! So proud of her. #cycling #diy #family #weekend #bikes #parenting #proud';

/** The hashtags beyond the fifth, which the fix removes. */
export const EXTRA_HASHTAGS = ['#parenting', '#proud'];

/** A direct message with an unfilled merge field; the fix fills in the recipient's first name. */
export const TEMPLATE_MESSAGE = 'Hi [Name], great meeting you at the meetup on Thursday! I would love to hear how your robotics project turns out.';
