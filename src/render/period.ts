/** The period after a demand heading or legend, shared by the server (svg.ts, html.ts) and the page script. */

/** "{p}" of a period label ("（{p}）", " ({p})") filled in, or "" when there is no period (plain driver amounts only). */
export function periodText(label: string, period: string | null): string {
  // A replacer function: a period holding "$&" or "$1" is put in as written.
  return period === null ? "" : label.replace("{p}", () => period);
}
