// How figures and times read on the page. Percentages are taken as the API states them, never recomputed here.

const INSTANT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "45.0%" from a proportion whose display is "9/20 (45.0%)"; "n/a" when its denominator is empty. */
export function percentOf(proportion) {
  if (proportion.percent === null || proportion.percent === undefined) {
    return 'n/a';
  }
  const stated = /\(([^()]*%)\)$/.exec(proportion.display);
  return stated ? stated[1] : `${proportion.percent}%`;
}

export function formatInstant(iso) {
  return INSTANT.format(new Date(iso));
}

/** An ISO date (yyyy-mm-dd) of a local calendar day. */
export function isoDate(date) {
  const pad = n => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Monday eleven weeks before this week's Monday, to today: the last twelve induction weeks. */
export function lastTwelveWeeks(today = new Date()) {
  const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7));
  const from = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() - 11 * 7);
  return { from: isoDate(from), to: isoDate(today) };
}
