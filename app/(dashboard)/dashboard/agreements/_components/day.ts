/**
 * How agreement dates are printed: calendar days stored at UTC midnight, so they are formatted in
 * UTC whatever the server's zone (otherwise a zone west of UTC would show the day before).
 */
export const DAY_FORMAT = { dateStyle: "medium", timeZone: "UTC" } as const;
