import { describe, expect, it } from 'vitest';
import rule, { pitchEvidence } from '../../rules/sales-pitch.js';
import { analyse } from '../../src/engine/analysis/analyse.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import type { Surface } from '../../src/engine/types.js';

new RuleTester({ describe, it }).run(rule, {
  valid: [
    // One innocent word is never a pitch.
    'I have some free time this weekend, anyone up for a hike?',
    'I bought a car last week and I love it.',
    'We see that there are lots of people (we call them consumers) online and try to seize the day by messaging them.',
    'Sorry, I will call you later tonight.',
    'Feel free to ping me if you want the notes from the talk.',
    'Congratulations to Sam on the new role, well deserved!',
    // Welcoming a colleague is no "please join".
    { text: "Please join me in welcoming Fatima to our audit team! She's already fixed our spreadsheet chaos.", platform: 'linkedin' },
    // Counts are not phone numbers.
    'Wow, 2,126,521,750 views and I still watch it every week.',
    // A number given to a friend is how friends talk (the verdict says 0.22, under the hint at 0.3).
    { text: 'Landed! Call me on 07700 900123 when you are free', platform: 'x', surface: 'message' },
    // Telling friends about a deal you got is not selling it (the learned verdict says 0.16).
    'The bakery on Main Street has a half price deal on bread this week, I got two loaves.',
  ],
  invalid: [
    {
      name: 'the product listing quoted in article 000',
      text: 'Womens Easy Spirit sz 9 Welinda Brown Slip-On Shoes: US $18.99 (0 Bid) End Date: Sunday Feb-13-2011 17:49:25 PST\u2026',
      errors: [{ messageId: 'listing', severity: 'warning', suggestions: [{ messageId: 'askInstead' }] }],
    },
    {
      name: 'the daily-deals tweet quoted in article 000 points at its call to action',
      text: 'Exclusive deals Local restaurants, spas etc. 50\u201390% off. Daily Deals! Sign up',
      errors: [{ messageId: 'pitch', covers: 'Sign up', severity: 'warning' }],
    },
    {
      name: 'the "Hi Mum" scam is named as such, with a way to show it is really you',
      text: "Mum it's me, I dropped my phone in the toilet lol this is my temporary number. Are you free? I need a favour",
      surface: 'message',
      errors: [{ messageId: 'impostor', severity: 'warning', suggestions: [{ messageId: 'sayWhoYouAre' }] }],
    },
    {
      name: "a stranger's lure under someone's post is named as such, with a way to show you know them",
      text: 'Hello dear, I sent you a friend request, please accept 😊',
      platform: 'facebook',
      surface: 'comment',
      errors: [{ messageId: 'lure', severity: 'warning', suggestions: [{ messageId: 'messageThem' }] }],
    },
    {
      name: 'a prize pitch covers the sentence with the call to action',
      text: 'URGENT! You have won a \u00a31000 cash prize. To claim call 09061701461 now. T&Cs apply',
      errors: [{ messageId: 'pitch', covers: 'To claim call 09061701461 now.' }],
    },
    {
      name: 'a short code',
      text: 'Free entry in our weekly comp to win cup final tickets. Text FA to 87121 to receive the entry question.',
      errors: [{ messageId: 'pitch', covers: 'Text FA to 87121 to receive the entry question.' }],
    },
    {
      name: 'self-promotion in a reply',
      text: 'Great video! Check out my channel and subscribe, I sub back!',
      platform: 'x',
      surface: 'reply',
      errors: [{ messageId: 'selfPromo', covers: 'Check out my channel and subscribe, I sub back!', suggestions: [{ messageId: 'talkFirst' }] }],
    },
    {
      name: 'a DM-me pitch',
      text: 'Want glowing skin by summer? DM me for prices, only 5 spots left!',
      errors: [{ messageId: 'pitch', covers: 'DM me for prices, only 5 spots left!' }],
    },
    {
      name: 'a sale with a call to action',
      text: 'Our summer sale starts today: 40% off every pair, free shipping on orders over $50. Shop now, link in bio!',
      errors: [{ messageId: 'pitch', covers: 'Our summer sale starts today: 40% off every pair, free shipping on orders over $50.' }],
    },
    {
      name: 'a short draft that is only the pitch',
      text: 'subscribe pls',
      errors: [{ messageId: 'selfPromo', range: [0, 13] }],
    },
  ],
  invalidOptions: [
    { options: { threshold: 3 }, error: 'rules.sales-pitch.options' },
    { options: { commerceCap: -1 }, error: 'rules.sales-pitch.options.commerceCap' },
    { options: { weights: { offer: -1 } }, error: 'rules.sales-pitch.options.weights.offer' },
    { options: { weights: { bogus: 1 } }, error: 'rules.sales-pitch.options.weights' },
  ],
});

/** The evidence groups the rule, with its default options, finds in `text` read on `surface` (a post unless told). */
const groups = (text: string, surface: Surface = 'post') => pitchEvidence(analyse(text), rule.options.parse({}), surface).evidence.map((e) => e.group);

describe('sales-pitch evidence', () => {
  const options = rule.options.parse({});

  it('counts a group once however often it appears, plus a little for different hits', () => {
    const once = pitchEvidence(analyse('free'), options);
    const twice = pitchEvidence(analyse('free free free'), options);
    const different = pitchEvidence(analyse('free stuff, discount too'), options);
    expect(once.totals.get('offer')).toBe(1);
    expect(twice.totals.get('offer')).toBe(1);
    expect(different.totals.get('offer')).toBe(1.5);
  });

  it.each([['Need a website or logo? I do them for $50, check my Fiverr in bio'], ['my spicy content is in my bio, don\u2019t tell anyone']])(
    'reads sending people to what is in the writer\u2019s bio as self-promotion: %s',
    (text) => {
      expect(pitchEvidence(analyse(text), options).evidence.map((e) => e.group)).toContain('selfPromo');
    },
  );

  it('does not count words inside a link as the writer\u2019s', () => {
    const { evidence } = pitchEvidence(analyse('I wrote about it here https://example.com/free-deals-sale-prize and would love to hear what you think'), options);
    expect(evidence.map((e) => e.group)).toEqual(['link']);
  });

  it('sees a shop or referral link as stronger than a plain link', () => {
    const shop = pitchEvidence(analyse('https://www.ebay.com/itm/12345'), options);
    const referral = pitchEvidence(analyse('https://example.com/signup?ref=abc123'), options);
    expect(shop.evidence[0]!.group).toBe('shopLink');
    expect(referral.evidence[0]!.group).toBe('shopLink');
  });

  it('reads a look-alike address as its own evidence, and a plain shop or news address as not', () => {
    expect(groups('Your card has been suspended. Reactivate via anz-secure-login.net now')).toContain('lookalikeLink');
    expect(groups('Unpaid toll of $6.80, pay today: ezpass-tollpay.help')).toContain('lookalikeLink');
    expect(groups('Claim your tokens at https://moonvault-claim.xyz/airdrop')).toContain('lookalikeLink');
    expect(groups('Great read on the housing market https://www.bbc.co.uk/news/business-123')).not.toContain('lookalikeLink');
    expect(groups('Our trip photos are up at https://sam-and-jo.com/iceland')).not.toContain('lookalikeLink');
  });

  it('reads an @handle named like an investment or recovery account as its own evidence', () => {
    expect(groups('Thank you @fx_mentor_kelvin for the payout I just received!!')).toContain('scamHandle');
    expect(groups('DM @ig_restore_hub, they sorted it in a day')).toContain('scamHandle');
    expect(groups('Happy birthday @sarah_jones, see you Saturday!')).not.toContain('scamHandle');
  });

  it('reads thanks to an @handle for payouts as a testimonial, a page "with what you are looking for" as self-promotion and "ships tomorrow" as a listing', () => {
    expect(groups('Thank you @MarkAllen for the consistent payouts, everyone should try his program')).toContain('testimonial');
    expect(groups('Thanks for the consistent payouts Mark, the bonus scheme was great this year')).not.toContain('testimonial');
    expect(groups('Thanks @dave_k for the tips on returns, got it sorted')).not.toContain('testimonial');
    expect(groups('my page has what you\u2019re looking for')).toContain('selfPromo');
    expect(groups('Lonely tonight? My profile has the pics you want')).toContain('selfPromo');
    expect(groups('Our page has everything you need to know about the school trip')).not.toContain('selfPromo');
    expect(groups('Kettles in three colours, £24, ships tomorrow')).toContain('listing');
    expect(groups('Two navy ships leave the harbour tomorrow at dawn')).not.toContain('listing');
  });

  it('reads the quiet plug wordings of a long LinkedIn post: a launch, a place taken on, an episode, a copy passed along', () => {
    // Launches: "live for every", "rolled out to everyone", "released it publicly as".
    expect(groups("It's live in Countertop for every store as of Monday.")).toContain('selfPromoHint');
    expect(groups('Night mode rolled out to everyone this week.')).toContain('selfPromoHint');
    expect(groups("We've now released it publicly as Quotefinder.")).toContain('selfPromoHint');
    expect(groups('The band played live for everyone in the square.')).not.toContain('selfPromoHint');
    // Books and episodes: where to get them.
    expect(groups('It is available now wherever you buy books.')).toContain('selfPromoHint');
    expect(groups("She's this week's guest on Second Careers.")).toContain('selfPromoHint');
    expect(groups("I read it on a friend's Kindle.")).not.toContain('selfPromoHint');
    expect(groups('Full conversation is up on the Late Commit channel today.')).toContain('selfPromoHint');
    // Someone else's interview, pointed to.
    expect(groups('The full conversation is up on their site if you want the context.')).not.toContain('selfPromoHint');
    // Places taken on, courses run, people hired.
    expect(groups("I've got two openings starting in February.")).toContain('urgency');
    expect(groups('I am taking on one further advisory engagement from April.')).toContain('businessVoice');
    expect(groups('I run a half-day workshop on board reporting each quarter.')).toContain('businessVoice');
    expect(groups("We're actually hiring for a staff engineer.")).toContain('businessVoice');
    expect(groups('I run a book club on Thursdays.')).not.toContain('businessVoice');
    expect(groups('Are we now hiring people just to answer the phone? My bank is.')).not.toContain('businessVoice');
    // Where to get it.
    expect(groups("Link's in comments.")).toContain('callToAction');
    expect(groups('Happy to pass it along if it helps anyone here.')).toContain('callToAction');
    expect(groups('Roles are on our site, or ping me.')).toContain('callToAction');
    expect(groups('The next round opens for applications at the end of the month.')).toContain('callToAction');
    expect(groups('I loved the comments on your last post.')).not.toContain('callToAction');
  });

  it('reads a plug that asks or offers in passing: a role still open, room for one more, a free session, a sponsor page', () => {
    // Hiring, said in passing.
    expect(groups("(The role's still open, by the way. Leeds or remote.)")).toContain('businessVoice');
    expect(groups("We've actually got three nursing posts open on our unit.")).toContain('businessVoice');
    expect(groups('We have two kids and a very old dog.')).not.toContain('businessVoice');
    // Places held, and what the writer's business does.
    expect(groups("I've got room for one more client from June.")).toContain('urgency');
    expect(groups('Two slots opening up in March, for what it is worth.')).toContain('urgency');
    expect(groups("There's room for a few more people at the barbecue.")).not.toContain('urgency');
    expect(groups("That's more or less what our little agency does for clients.")).toContain('businessVoice');
    expect(groups('I still wonder what my cat does all day.')).not.toContain('businessVoice');
    expect(groups('I do a handful of these workshops a year for school leaders.')).toContain('businessVoice');
    expect(groups('The next intake starts in September.')).toContain('businessVoice');
    expect(groups("We're raising our seed round this spring.")).toContain('businessVoice');
    // Where to get it: a session of one's own, a page, a sponsor link, a beta.
    expect(groups("We're covering it in a free session on Thursday.")).toContain('selfPromoHint');
    expect(groups('The council is running a free online session next Tuesday.')).not.toContain('selfPromoHint');
    expect(groups("The full guide's up on our site.")).toContain('selfPromoHint');
    expect(groups('We do have an Open Collective, if your company uses it.')).toContain('selfPromoHint');
    expect(groups('Closed beta opens to ten firms in May.')).toContain('selfPromoHint');
    expect(groups('the little podcast I make about night workers')).toContain('businessVoice');
    // "Sign up on our site" stays a call to action; the new phrase does not swallow it.
    expect(groups('Sign up on our site.')).toContain('callToAction');
  });

  it('weighs "check out" more under someone else\'s post than in your own', () => {
    const text = 'Check out this sunset I caught on my walk tonight.';
    const own = pitchEvidence(analyse(text), options, 'post');
    const reply = pitchEvidence(analyse(text), options, 'reply');
    expect(reply.total).toBeGreaterThan(own.total);
    expect(reply.evidence.map((e) => e.group)).toEqual(own.evidence.map((e) => e.group));
  });

  it('treats "call" right before a number as a call to action, and "call me" as not', () => {
    const pitch = pitchEvidence(analyse('Call 0800 123 4567 today'), options);
    const friend = pitchEvidence(analyse('call me on 0800 123 4567'), options);
    expect(pitch.evidence.some((e) => e.group === 'callToAction')).toBe(true);
    expect(friend.evidence.some((e) => e.group === 'callToAction')).toBe(false);
  });
});

describe('sales-pitch evidence: quotations and testimonials', () => {
  const options = rule.options.parse({});

  it('does not count a pitch the writer quotes to warn others', () => {
    const warning = "Got this text today: 'URGENT! You have won a $1000 prize, claim now at prize-desk.xyz' Reporting it, don't click.";
    expect(groups(warning)).not.toContain('prize');
    expect(groups(warning)).not.toContain('urgency');
    // The same words as the writer's own are evidence.
    expect(groups('URGENT! You have won a $1000 prize, claim now at prize-desk.xyz')).toEqual(expect.arrayContaining(['prize', 'urgency']));
  });

  it('does not count a short phrase the writer quotes to mock it', () => {
    expect(groups("the sheer audacity of Currys emailing me 'SALE ENDS TONIGHT' about the fridge I bought yesterday")).not.toContain('urgency');
    expect(groups("Warning: a fake page is offering 'free solar panels' to residents, don't click it")).not.toContain('offer');
  });

  it('does not count an appeal for something lost or found as a pitch', () => {
    const appeal = 'LOST CAT - Biscuit, ginger tom, went missing Tuesday night. Please check sheds and garages, please share';
    expect(groups(appeal)).not.toContain('imperative');
    expect(groups(appeal)).not.toContain('selfPromoHint');
    // The same asks without the appeal are a plug.
    expect(groups('Please check sheds and garages, please share this post')).toEqual(expect.arrayContaining(['imperative', 'selfPromoHint']));
    // The reward and the number of a lost-property notice are not a prize and a sales line.
    const watch = "Lost my grandad's gold watch near the library on Tuesday. Reward offered. Please text 0917 555 0246";
    expect(groups(watch)).not.toContain('prize');
    expect(groups(watch)).not.toContain('phone');
  });

  it('does not count a notice run by and for neighbours as a pitch', () => {
    const notice = 'Free coffee morning in the village hall on Thursday, cakes from £1. Sign up here so we know numbers: forms.example.org/coffee';
    expect(groups(notice)).toEqual(expect.not.arrayContaining(['offer', 'money', 'callToAction', 'imperative']));
    // The same words from a business are a pitch.
    expect(groups('Free coffee on Thursday, cakes from £1. Sign up here: forms.example.org/coffee')).toEqual(expect.arrayContaining(['offer', 'money', 'callToAction']));
  });

  it('reads a bank account sent to split a bill as no phone number, and a number to call as one', () => {
    expect(groups('Paid the Airbnb, 160k each. Account is Olamide Adeyemi, GTBank 0123984756')).not.toContain('phone');
    expect(groups('Sort 12-34-56, acc 11223344, £40 each please')).not.toContain('phone');
    expect(groups('Dinner was £38 each, send it to 41822956 / 20-45-77 when you can')).not.toContain('phone');
    expect(groups('Account details for the deposit: Barclays, J Whitfield, 20-45-77, 30918274. £150 each')).not.toContain('phone');
    expect(groups('Bank details for the leaving gift: AIB, N Brennan, IBAN IE64 AIBK 9320 1147 2285 06')).not.toContain('phone');
    expect(groups('Call us today on 0161 555 0000 for a free quote')).toContain('phone');
  });

  it('reads a WhatsApp number given as a contact, and not the app named before a quoted message', () => {
    expect(groups('Dr Ose is real!! He brought back my wife. Whatsapp +1 (555) 309-7712')).toContain('testimonial');
    expect(groups("This is a scam. I got the exact same WhatsApp: 'Hi Mum, I've dropped my phone, this is my new number'")).not.toContain('testimonial');
  });

  it('reads "text WIN 2 80086" as a short code, and the 2 that begins a phone number as none', () => {
    expect(groups('Txt WIN 2 80086 now')).toContain('shortCode');
    expect(groups('£200 reward. Call or text Dan on 07843 216559 any time')).not.toContain('shortCode');
  });

  it('keeps evidence in a draft that is only a quotation, or in a short quoted name', () => {
    expect(groups('"You have won a $1000 prize, claim it now"')).toContain('prize');
    expect(groups('Best CBD gummies, free shipping. Search "CalmLeaf" on Google')).toEqual(expect.arrayContaining(['listing', 'testimonial']));
  });

  it.each([
    ['@Jennifer_Walsh_Invest is the real deal, thank me later'],
    ['Mrs. Lucy Hart changed my life. Look her up.'],
    ['Same happened to my uncle. His contact is on his profile, tell him you were referred.'],
    ['I found a powerful spell caster, he can help you too'],
    ['Withdrew my first payout yesterday. Look up Kelly Brown on IG'],
    ['Thank you Prophet Gideon for the powerful prayers, contact him he never fails'],
    ['I lost 2 BTC last year. @CipherRetrieve got back most of it.'],
    ['Everyone who needs help should message her, she is real'],
    ['@tradesbyamanda turned my 0.5 BTC into 1.8 BTC in under a month'],
    ['Dr Zuma cured my herpes completely, I tested negative after 2 weeks'],
    ['He manages my account now and I just withdraw profits every week'],
    ['I got my first Cash App grant through Mrs. Donna Keller, she only asks for a small processing fee'],
    ['Trading with Mr Wilson has been the best decision of my life'],
    ['who else is here after investing with Mr. James Hartley?? my wife and I just paid off our mortgage'],
    // The turnaround story, the starting stake and "the only genuine one" with no payout named.
    ["I've been scammed by 3 fake brokers before I met @alexgreen_trader. He's the only genuine one in these comments."],
    ['My husband and I were struggling until I found Mr Raymond Castillo. God bless you sir'],
    ['Who else is here because of Mrs Camille? Started with $200 last month'],
    // A handle written to hide it from search, a title of a healer.
    ['Big thanks to @ mr_robert_fx, I got my profits back. Finally someone honest on this app'],
    ["Priestess Amara's herbs worked for me and I'm now pregnant, reach out to her"],
  ])('reads a paid testimonial or recovery plug: %s', (text) => {
    expect(groups(text)).toContain('testimonial');
  });

  it('reads a fan cheering a channel\u2019s count as no self-promotion, and a writer chasing a small goal as a hint', () => {
    // Comments about someone else's subscribers ("14,000,000 subscribers", "+700.000.000")
    // were hints and phone numbers; asking for subscribers of one's own still is a hint.
    for (const text of ['14 mil subscribers', '15,000,000 subscribers? wow', 'now its 31million subscribers', 'i like this Video', 'I really like this post']) {
      expect(groups(text)).not.toContain('selfPromoHint');
    }
    expect(groups('+700.000.000')).not.toContain('phone');
    expect(groups('Call +44.207.946.0321 today')).toContain('phone');
    for (const text of ['Help me get to 100 subscribers', 'I have 1030 subscribers', 'please like this video', 'subscribe!', 'Like this video if you agree']) {
      expect(groups(text).filter((g) => g === 'selfPromo' || g === 'selfPromoHint')).not.toEqual([]);
    }
  });

  it('reads "thanks for the follow back" as thanks, and "follow back" as a plug', () => {
    expect(groups('thanks for the follow back! loved your thread on sourdough')).not.toContain('selfPromo');
    expect(groups('follow me and I follow back')).toContain('selfPromo');
  });

  it.each([['This pizza is the real deal, trust me.'], ['My grandma changed my life, I miss her.'], ['Call me later, I will look it up.'], ['You should text him, he misses you'], ['My accountant handles the paperwork every year'], ["I've been working with Dr Patel on my knee and it's finally better"]])(
    'leaves praise without a plug alone: %s',
    (text) => {
      expect(groups(text)).not.toContain('testimonial');
    },
  );
});

describe('sales-pitch evidence: the "Hi Mum" scam', () => {
  it.each([
    ['Hi Mum, this is my new number, my phone broke. Can you text me on WhatsApp? x'],
    ["Mum it's me, I dropped my phone in the toilet lol this is my temporary number. I need a favour"],
    ["Dad it's me, using a friend's phone. Can you text me back here?"],
    // The writer names themselves as family rather than calling the reader Mum.
    ["Hi it's your son, my phone got stolen so this is my new number. Can you WhatsApp me?"],
    ["Hey Dad it's me, phone's broken so I'm using a mate's. Can you message me?"],
    ["Hi Grandma, it's your grandson. Please don't tell Mum but I need your help. Call me on this number?"],
    // The ask in place of the phone: money to an account, to be explained later. A bank
    // account number is not a phone number the writer gives.
    ["Ma it's me Jay. Lost my phone at the club, this is a temp number. Can u send R2500 to my friend's acc, I'll explain later"],
    ["Hi love, it's Mum. Lost my purse, can you send £60 to this account? Sort 12-34-56 acc 11223344. Will explain later xx"],
  ])('reads a stranger posing as family from a new number: %s', (text) => {
    expect(groups(text, 'message')).toContain('impostor');
  });

  it.each([
    // A child who really changed number gives it.
    ['Mum, my new number is 07700 900123, my phone broke'],
    // A warning about the scam does not open by calling the reader Mum.
    ["Beware of the 'Hi Mum, my phone broke, this is my new number' texts, my aunt nearly paid"],
    // Calling Mum without a word about the phone.
    ['Hi Mum, can you text me when you land?'],
    ["Hey it's Dad, your new number is in my phone now, call me when you're home"],
  ])('leaves family news and warnings alone: %s', (text) => {
    expect(groups(text, 'message')).not.toContain('impostor');
  });
});

describe("sales-pitch evidence: a stranger's lure", () => {
  it.each([
    ['Hi dear, I sent you a friend request please accept'],
    ['Hello dear how are you doing? I would like to know you better'],
    ['Great insight. I have sent you a connection request, please accept so we can talk privately.'],
    ["I'm a widower and a father of one, looking for a serious relationship"],
    // A pointer to an inbox beside a stranger's flattery or persona.
    ['Hello handsome, check your inbox I sent you a message'],
    ["Hi, it's nice to see a woman of God like you. Kindly hit me up in my inbox"],
    ["I'm an engineer on an oil rig. Would you mind if I message you?"],
    // An opening only a stranger uses, or a persona, beside a move to another app or inbox.
    ["Hey gorgeous, you're so sweet, I rarely check fb, add me on telegram"],
    ['I lost my husband two years ago and life is lonely. Can I message you?'],
    ['What a lovely smile. Check your spam folder, I wrote you'],
    ['Hello, you seem friendly. Please accept my connection'],
  ])('reads a stranger drawing someone into private messages: %s', (text) => {
    expect(groups(text, 'comment')).toContain('lure');
  });

  it.each([
    // Someone the reader knows, back on a new account, or making up.
    ['Hi Jan, I sent you a friend request from my new account, the old one is gone'],
    ['Can we be friends again? I miss our chats'],
    // A friend pointing at their inbox, with no flattery of a stranger.
    ["check your dm i sent you the notes from yesterday's lecture"],
    // Flattery and a question for a friend, not an invitation.
    ['omg you look so pretty!! dm me where you got that dress'],
    ["You look good! DM me, let's get coffee"],
    // Another app named by a friend, with nothing a stranger says.
    ['text me on whatsapp when you land, my phone is dead on messenger'],
    ['I wrote you about the rota yesterday, did you get it?'],
    // A friend's one-word praise and a pointer to the inbox, which is how friends talk too.
    ['Stunning!! check your messages, I sent the photos from the wedding'],
  ])('leaves friends in a thread alone: %s', (text) => {
    expect(groups(text, 'comment')).not.toContain('lure');
  });

  it('reads the lure words in a first message, and the pointer only under a post', () => {
    expect(groups('Hello dear, I am a widow in Florida. Can we be friends?', 'message')).toContain('lure');
    expect(groups('Hello handsome, check your inbox', 'message')).not.toContain('lure');
    expect(groups('Hi dear, I sent you a friend request please accept', 'post')).not.toContain('lure');
  });

  it("reads a first message that opens like a stranger and moves to another app, not a friend's", () => {
    expect(groups("Good evening. I don't normally do this, but I was drawn by your profile picture. Can we talk on WhatsApp?", 'message')).toContain('lure');
    expect(groups('Hi! I noticed we have some mutual friends. I am hardly on here, chat via Signal?', 'message')).toContain('lure');
    expect(groups("I'm rarely on fb these days, text me on whatsapp", 'message')).not.toContain('lure');
    expect(groups('Are you on Telegram? The group chat moved there', 'message')).not.toContain('lure');
  });
});

describe('sales-pitch evidence: pages that sell exposure', () => {
  it.each([['Promote it on @viralpage_hub 🔥', 'selfPromo'], ['🔥🔥 Send to @streetwear.culture for a shoutout', 'selfPromo'], ['Tag us for a chance to be featured', 'selfPromo'], ['Nice shot, submit it to @lenscapes_daily for a chance to be reposted', 'selfPromo'], ['Submit your demo to @beatvault_hq for playlist placement', 'selfPromo'], ['Collab? dm @growth_collab_hub', 'scamHandle'], ['Paid partnership opportunity, DM us', 'businessVoice']])(
    'reads a promotion page\'s plug: %s',
    (text, group) => {
      expect(groups(text, 'comment')).toContain(group);
    },
  );

  it('leaves a friend tagging a friend alone', () => {
    expect(groups('send this to @mike_t he will lose it 😂', 'comment')).toEqual([]);
  });
});

describe('sales-pitch evidence: YouTube comments that plug their writer', () => {
  it.each([
    ['tap on my pfp if you are bored tonight', 'selfPromo'],
    ["Don't click my name!!", 'selfPromo'],
    ['search mila.k.22 on snapchat, I reply to everyone', 'selfPromo'],
    ['l4l anyone? s4s too', 'selfPromo'],
    ['follow train, like this and follow everyone below', 'selfPromo'],
    ['I just started a channel about restoring old bikes', 'selfPromo'],
    ["I'd be so grateful if anyone listened to my cover, took me weeks", 'selfPromo'],
    ["Y'all ever heard 'Neon Rivers' by me? It's on every app", 'selfPromo'],
    ['my daughter made her own channel where she bakes, she would love a visit', 'selfPromo'],
    ['my little gaming channel just uploaded a speedrun of this level', 'selfPromo'],
    ["Google 'robux4free' and click the first link", 'selfPromoHint'],
    ['would appreciate any views on my remix', 'selfPromoHint'],
    ["I'm streaming the whole trilogy on Twitch tonight", 'selfPromoHint'],
    ['we at PhoneGuard ship to every country', 'businessVoice'],
    ['amazing headphones, and 40% off with their deal this weekend', 'urgency'],
    ['I am a lawyer and your late relative named no next of kin', 'prize'],
    ['open my pinned post, there is a surprise for you', 'selfPromo'],
    ['add my snap if you want to talk: jess.k04', 'selfPromo'],
    ["Not to self promote but I did a full breakdown of this scene", 'selfPromo'],
    ["it's my latest upload if anyone wants to see me fail at this", 'selfPromo'],
    ['I only need 40 more subscribers to hit 1,000!!', 'selfPromo'],
    ['going live on Twitch rn with this game', 'selfPromoHint'],
    ['we recorded an acoustic version last night, tell me what you think', 'selfPromoHint'],
    ['I draw fan animations too, new speedpaint every Sunday', 'selfPromoHint'],
    ['go watch me fail this level lol', 'selfPromoHint'],
    ['it took me a month, one listen means everything', 'selfPromoHint'],
    ['my stream is small, would love it if you guys swung by', 'selfPromoHint'],
    ['my username is in my about, I reply to everyone', 'selfPromo'],
    ['whoever reads my name will have a lucky week', 'selfPromo'],
    ['that awkward moment when my pfp is funnier than this video', 'selfPromo'],
    ["sub to the person below you, I'll return the favour", 'selfPromo'],
    ['I design logos, check my portfolio', 'selfPromo'],
    ['our cafe in Leeds makes these every Saturday', 'businessVoice'],
    ['I went from 200 to 9k subscribers in a month with their tool', 'testimonial'],
    ['who is the broker you mentioned? I need help too', 'testimonial'],
  ])('reads a plug in a comment: %s', (text, group) => {
    expect(groups(text, 'comment')).toContain(group);
  });

  it("leaves a fan's words about the creator's own channel and everyday 'right now' alone", () => {
    expect(groups('this channel deserves ten times the subscribers', 'comment')).not.toContain('selfPromoHint');
    expect(groups('Your channel got me through my exams', 'comment')).toEqual([]);
    expect(groups("nothing is official as of right now", 'comment')).not.toContain('urgency');
    expect(groups('I just dropped my phone in the sink', 'comment')).toEqual([]);
    expect(groups("Check out Ed Sheeran's acoustic version too", 'comment')).not.toContain('pointer');
    expect(groups('Check out this acoustic version too', 'comment')).toContain('pointer');
    expect(groups('the real channel has a checkmark', 'comment')).toEqual([]);
    expect(groups('this song has been in my head all week, my favourite channel uploaded a reaction', 'comment')).not.toContain('selfPromo');
    expect(groups("Sarah's channel taught me to bake bread", 'comment')).toEqual([]);
    expect(groups("I'm thinking of starting my own channel, what mic do you use?", 'comment')).not.toContain('selfPromo');
    expect(groups('never heard of that band, gonna look it up', 'comment')).toEqual([]);
  });

  it('reads "won\'t" as no prize', () => {
    expect(groups("trust me, you won't regret watching the whole thing", 'comment')).toEqual([]);
    expect(groups("I won't lie, this made me cry", 'comment')).toEqual([]);
    expect(groups('you won a free phone, claim it now', 'comment')).toContain('prize');
  });
});

describe('sales-pitch evidence: warnings about a scam', () => {
  it('does not count the words of the scam a comment warns about', () => {
    expect(groups("Careful: anyone offering you a prize from this channel on WhatsApp is not him. Block and report.", 'comment')).toEqual(
      expect.not.arrayContaining(['prize', 'testimonial', 'callToAction', 'imperative']),
    );
    expect(groups('We are not running any giveaway, accounts claiming to be us are fake', 'comment')).not.toContain('prize');
    expect(groups('the replies saying to google a site for free robux, ignore them, it is malware', 'comment')).toEqual(expect.not.arrayContaining(['prize', 'testimonial']));
    expect(groups('The "giveaway" replies pretending to be the creator are scams, he would never ask you to message him', 'comment')).toEqual(
      expect.not.arrayContaining(['prize', 'testimonial']),
    );
  });

  it('still counts a "warning" that sends people somewhere or praises someone, and "this is not a scam"', () => {
    expect(groups('Beware of fake accounts, my only account is @fx_real_mentor, message there to claim your payout', 'comment')).toContain('scamHandle');
    expect(groups('Beware of fake accounts, my only account is @fx_real_mentor, message there to claim your payout', 'comment')).toContain('callToAction');
    expect(groups('This is not a scam! You have won a free cruise, claim it now', 'comment')).toContain('prize');
    expect(groups('Not everyone online is a scammer. Mrs Alma Reyes helped me get back $8,000, message her on WhatsApp', 'comment')).toContain('testimonial');
  });
});

describe('sales-pitch on floods', () => {
  const options = rule.options.parse({});
  it('a flood of pitch words gives one finding and stays quick (safety bound, not a benchmark)', () => {
    const text = 'free offer, call now! '.repeat(5000);
    const started = Date.now();
    const { total } = pitchEvidence(analyse(text), options);
    expect(total).toBeGreaterThanOrEqual(4);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
