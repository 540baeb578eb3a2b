/**
 * Language levels of the CEFR (Common European Framework of Reference for Languages, Council of
 * Europe), lowest first, as agreements, calls and applications record them.
 */
export const CEFR_CODES = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
