/**
 * Wall-clock time in a named time zone (the institution's, e.g. "Asia/Baku") without a date
 * library: the runtime's IANA data answers "what does the clock show there at this instant", and
 * the reverse is found from that. Pure functions, safe in the browser and in tests.
 *
 * A deadline given as a day means the END of that day in the institution's zone: 23:59:59 there.
 */

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    wallClockFormats.set(timeZone, format);
  }
  return format;
}

/** Whether the runtime knows this IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    wallClockFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** What a clock in `timeZone` shows at `date`. */
function wallClockOf(date: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    wallClockFormat(timeZone)
      .formatToParts(date)
      .filter((part) => part.type !== "literal")
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

function asUtcMillis(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

/** Minutes the zone is ahead of UTC at `date` (Asia/Baku: 240). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const wholeSeconds = new Date(Math.floor(date.getTime() / 1000) * 1000);
  return Math.round((asUtcMillis(wallClockOf(wholeSeconds, timeZone)) - wholeSeconds.getTime()) / 60_000);
}

/**
 * The instant at which a clock in `timeZone` shows `clock`. Two passes settle the offset across a
 * daylight-saving change; a wall time skipped by the change lands just after it.
 */
function instantOf(clock: WallClock, timeZone: string): Date {
  const wall = asUtcMillis(clock);
  let guess = wall - zoneOffsetMinutes(new Date(wall), timeZone) * 60_000;
  guess = wall - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_AND_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function parseDay(day: string): Pick<WallClock, "year" | "month" | "day"> | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, date));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === date ? { year, month, day: date } : null;
}

/** The calendar day ("2026-11-14") that `date` falls on in `timeZone`. */
export function dayIn(date: Date, timeZone: string): string {
  const clock = wallClockOf(date, timeZone);
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** 00:00:00 of `day` in `timeZone`. */
export function startOfDayIn(day: string, timeZone: string): Date {
  const parsed = parseDay(day);
  if (!parsed) throw new RangeError(`not a day: ${day}`);
  return instantOf({ ...parsed, hour: 0, minute: 0, second: 0 }, timeZone);
}

/** 23:59:59 of `day` in `timeZone`: a deadline given as a day ends then. */
export function endOfDayIn(day: string, timeZone: string): Date {
  const parsed = parseDay(day);
  if (!parsed) throw new RangeError(`not a day: ${day}`);
  return instantOf({ ...parsed, hour: 23, minute: 59, second: 59 }, timeZone);
}

/**
 * A form's date ("2026-11-14") or datetime-local ("2026-11-14T17:00") value, read in the
 * institution's zone rather than the server's or the browser's. A bare day is the start or the end
 * of that day (`dayMeans`); for a deadline, the end. Null when the text is not a valid date.
 */
export function localInputToDate(value: string, timeZone: string, dayMeans: "start" | "end" = "end"): Date | null {
  const text = value.trim();
  if (parseDay(text)) return dayMeans === "end" ? endOfDayIn(text, timeZone) : startOfDayIn(text, timeZone);
  const match = DAY_AND_TIME.exec(text);
  if (!match) return null;
  const day = parseDay(`${match[1]}-${match[2]}-${match[3]}`);
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
  if (!day || hour > 23 || minute > 59 || second > 59) return null;
  return instantOf({ ...day, hour, minute, second }, timeZone);
}

/** `date` as a datetime-local field shows it in `timeZone` ("2026-11-14T23:59"). */
export function toLocalInput(date: Date, timeZone: string): string {
  const clock = wallClockOf(date, timeZone);
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** Calendar days from `now`'s day to `date`'s day in `timeZone` (a deadline later today is 0). */
export function calendarDaysUntil(date: Date, now: Date, timeZone: string): number {
  const toUtcMidnight = (day: string) => Date.parse(`${day}T00:00:00Z`);
  return Math.round((toUtcMidnight(dayIn(date, timeZone)) - toUtcMidnight(dayIn(now, timeZone))) / 86_400_000);
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/**
 * A form's or API caller's moment as an instant: a value with its own offset ("…Z", "…+04:00") is
 * taken as it is; a wall-clock value or a bare day is read in `timeZone` (a bare day: its end).
 */
export function instantIn(value: string, timeZone: string): Date {
  if (/(Z|[+-]\d{2}:\d{2})$/.test(value)) return new Date(value);
  const instant = localInputToDate(value, timeZone, "end");
  if (!instant) throw new RangeError(`not a date: ${value}`);
  return instant;
}
