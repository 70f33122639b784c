import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/analysis/analyse.js';
import { isCommunityNotice } from '../../rules/support/community-notices.js';

describe('isCommunityNotice', () => {
  it.each([
    ['Litter pick on the green this Sunday, volunteers needed, gloves provided.'],
    ['Free sewing repair café, run by local volunteers, every second Saturday.'],
    ['We need more volunteers for the Christmas lunch at St Anne’s.'],
    ['Please RSVP so we know numbers for the street party.'],
    ['Free blood pressure checks at the pharmacy, no appointment needed.'],
    ['Jumble sale in the scout hall on Saturday, 20p a go on the tombola.'],
    ['Dropping tins at the food bank tomorrow if anyone wants to add some.'],
  ])('reads a notice run by and for neighbours: %s', (text) => {
    expect(isCommunityNotice(analyse(text))).toBe(true);
  });

  it.each([
    ['Free consultation this week only! Book your slot now.'],
    ['Beginners yoga at the community centre, all abilities welcome, £8 drop-in, book on our site.'],
    ['I volunteered at a shelter once and it changed how I lead my team.'],
  ])('leaves classes sold and other mentions alone: %s', (text) => {
    expect(isCommunityNotice(analyse(text))).toBe(false);
  });
});
