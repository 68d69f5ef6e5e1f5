/** A comma list attribute: `"de, AT"` gives `["de", "at"]` (upper case with `upper`); `all`, empty or missing give `[]`. */
export function parseList(value: string | null | undefined, upper = false): string[] {
  const items = (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => (upper ? v.toUpperCase() : v.toLowerCase()));
  return items.includes('all') || items.includes('ALL') ? [] : items;
}

/** A year attribute (`2004`, or a date from which the year is taken), or undefined when it is not one. */
export function parseYear(value: string | number | null | undefined): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  const year = /^\s*(\d{4})(-\d\d){0,2}\s*$/.exec(value ?? '')?.[1];
  return year ? Number(year) : undefined;
}
