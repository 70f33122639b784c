import { h } from '../shared/dom.js';
import type { WeekStatsWire } from '../shared/history-protocol.js';
import { request, type Send } from '../shared/messaging.js';

const SVG = 'http://www.w3.org/2000/svg';
const KINDS = [
  { key: 'posts', label: 'posts', one: 'post' },
  { key: 'replies', label: 'replies and comments', one: 'reply or comment' },
  { key: 'messages', label: 'messages', one: 'message' },
] as const;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children) el.append(child);
  return el;
}

function dayLabel(day: string): string {
  // YYYY-MM-DD is a calendar day already in the person's time zone; format it as such.
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The 14-day chart: one stacked bar a day (posts, replies, messages), plain SVG built node by node. */
export function renderChart(days: WeekStatsWire['days']): SVGSVGElement {
  const width = 330;
  const height = 64;
  const gap = 4;
  const bar = (width - gap * (days.length - 1)) / days.length;
  const max = Math.max(1, ...days.map((d) => d.posts + d.replies + d.messages));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height + 14}`, width, height: height + 14, role: 'img', class: 'week-chart' });
  const total = days.reduce((n, d) => n + d.posts + d.replies + d.messages, 0);
  chart.setAttribute('aria-label', `Sends over the last 14 days: ${total} in all`);
  days.forEach((d, i) => {
    const x = i * (bar + gap);
    let y = height;
    const group = svg('g', { 'data-day': d.day }, svg('title', {}, `${dayLabel(d.day)}: ${KINDS.map((k) => plural(d[k.key], k.one, k.label)).join(', ')}`));
    group.append(svg('rect', { x, y: height - 1, width: bar, height: 1, class: 'week-base' }));
    for (const kind of KINDS) {
      const h2 = (d[kind.key] / max) * (height - 4);
      if (h2 <= 0) continue;
      y -= h2;
      group.append(svg('rect', { x, y, width: bar, height: h2, rx: 2, class: `week-${kind.key}` }));
    }
    chart.append(group);
  });
  chart.append(svg('text', { x: 0, y: height + 12, class: 'week-axis' }, dayLabel(days[0]!.day)));
  chart.append(svg('text', { x: width, y: height + 12, 'text-anchor': 'end', class: 'week-axis' }, 'today'));
  return chart;
}

/** "Your week": counts of posts, replies and messages, the promotional share, repeats caught, and the chart. */
export function renderWeekPanel(week: WeekStatsWire, reviews?: { shown: number; edited: number; sent: number }): HTMLElement {
  const total = week.posts + week.replies + week.messages;
  const stat = (key: string, value: string | number, label: string) =>
    h('div', { class: 'week-stat', attrs: { 'data-stat': key } }, h('div', { class: 'week-value' }, String(value)), h('div', { class: 'muted' }, label));
  return h(
    'section',
    { class: 'week', attrs: { 'aria-labelledby': 'week-title' } },
    h('h2', { attrs: { id: 'week-title' } }, 'Your week'),
    total === 0
      ? h('p', { class: 'muted' }, 'Nothing sent through Sociable in the last 7 days.')
      : h(
          'div',
          { class: 'week-stats' },
          stat('posts', week.posts, 'posts'),
          stat('replies', week.replies, 'replies'),
          stat('messages', week.messages, 'messages'),
          stat('promotional', `${Math.round(week.promotionalShare * 100)} %`, 'promotional'),
          stat('repeats', week.repeats, week.repeats === 1 ? 'repeat caught' : 'repeats caught'),
        ),
    renderChart(week.days),
    // Issue 9: the reviews before sending, so a person sees the habit change.
    reviews && reviews.shown + reviews.edited + reviews.sent > 0
      ? h(
          'div',
          { class: 'week-stats week-reviews', attrs: { 'aria-label': 'Reviews before sending in the last 7 days' } },
          stat('reviews-shown', reviews.shown, reviews.shown === 1 ? 'review shown' : 'reviews shown'),
          stat('reviews-edited', reviews.edited, 'edited after a review'),
          stat('reviews-sent', reviews.sent, 'sent anyway'),
        )
      : null,
    h('p', { class: 'muted week-legend' }, h('span', { class: 'key week-posts' }), ' posts ', h('span', { class: 'key week-replies' }), ' replies ', h('span', { class: 'key week-messages' }), ' messages'),
  );
}

/** Asks the background for the week and renders it; a failure costs only this panel. */
export async function weekPanel(send: Send): Promise<HTMLElement> {
  try {
    const history = await request(send, { kind: 'get-history', utcOffsetMinutes: -new Date().getTimezoneOffset() });
    return renderWeekPanel(history.week, history.reviews);
  } catch (error) {
    return h('p', { class: 'muted week-error' }, `Your week is not available: ${error instanceof Error ? error.message : String(error)}`);
  }
}
