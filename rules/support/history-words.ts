import type { Range } from '../../src/engine/types.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'} ago`;
}

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", "3 days ago": how long ago something was sent. */
export function describeAgo(ms: number): string {
  if (ms < MINUTE) return 'just now';
  if (ms < HOUR) return plural(Math.floor(ms / MINUTE), 'minute');
  if (ms < DAY) return plural(Math.floor(ms / HOUR), 'hour');
  const days = Math.floor(ms / DAY);
  return days === 1 ? 'yesterday' : plural(days, 'day');
}

/** The draft without leading and trailing white space: what a draft-level finding covers. */
export function trimmedRange(text: string): Range {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? [start, end] : [0, text.length];
}
