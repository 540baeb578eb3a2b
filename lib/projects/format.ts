/**
 * Money for people: "€1,234.50", "1 234,50 ₼", in the reader's language. The amount stays a string
 * all the way (Intl formats decimal strings exactly), so no float ever touches it. Pure.
 */
export function formatMoney(amount: string, currency: string | null, locale: string): string {
  const options: Intl.NumberFormatOptions = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  try {
    const format = new Intl.NumberFormat(locale, currency ? { ...options, style: "currency", currency } : options);
    return format.format(amount as Intl.StringNumericLiteral);
  } catch {
    return currency ? `${amount} ${currency}` : amount;
  }
}

/** A percentage with one decimal in the reader's language ("42.5%"), or a dash for none. */
export function formatPercent(value: number | null, locale: string): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value / 100);
}
