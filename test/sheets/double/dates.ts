/** Dates and time zones of the Sheets double: serial numbers, wall-clock times, Utilities.formatDate. */
import { dateFormatKind } from '../../../src/core/number';

// ---------------------------------------------------------------------------------------------
// Dates and time zones
// ---------------------------------------------------------------------------------------------

export const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
export const DAY_MS = 86400000;

/** A Date of any realm (the script's Dates are not this realm's). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export function dateMs(d: Date): number {
  return Date.prototype.getTime.call(d);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** 'GMT+7', 'GMT+07:00', 'UTC', 'GMT' as a fixed offset in minutes; undefined for IANA names. */
function fixedOffset(timeZone: string): number | undefined {
  if (/^(GMT|UTC|Etc\/UTC|Etc\/GMT)$/i.test(timeZone)) return 0;
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(timeZone);
  if (!m) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** The UTC milliseconds whose UTC fields read the wall-clock time `instant` shows in `timeZone`. */
function wallClock(instant: number, timeZone: string): number {
  const fixed = fixedOffset(timeZone);
  if (fixed !== undefined) return instant + fixed * 60000;
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(instant)) parts[p.type] = p.value;
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
  const ms = ((instant % 1000) + 1000) % 1000;
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  wall.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), ms);
  return wall.getTime();
}

/** The instant at which `timeZone`'s clocks show the wall-clock time `wall` (UTC fields). */
function instantOf(wall: number, timeZone: string): number {
  let guess = wall - (wallClock(wall, timeZone) - wall);
  guess = wall - (wallClock(guess, timeZone) - guess);
  return guess;
}

export function serialToInstant(serial: number, timeZone: string): number {
  return instantOf(SERIAL_EPOCH + Math.round(serial * DAY_MS), timeZone);
}

export function dateToSerial(instant: number, timeZone: string): number {
  return (wallClock(instant, timeZone) - SERIAL_EPOCH) / DAY_MS;
}

export function defaultDateFormat(serial: number): string {
  return Number.isInteger(serial) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
}

/** A number format that shows a date and/or a time (getValues gives such cells as Dates). */
export function isDateTimeFormat(fmt: string): boolean {
  if (dateFormatKind(fmt)) return true;
  if (/^general$/i.test(fmt) || fmt === '@') return false;
  const section = fmt
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[hs]/i.test(section) && !/[#?]/.test(section);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function formatDate(instant: number, timeZone: string, pattern: string, fail: (message: string) => never): string {
  const w = new Date(wallClock(instant, timeZone));
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const field = (letter: string, n: number): string => {
    switch (letter) {
      case 'y':
        return n === 2 ? pad(w.getUTCFullYear() % 100, 2) : pad(w.getUTCFullYear(), n);
      case 'M':
        return n >= 4 ? MONTHS[w.getUTCMonth()] : n === 3 ? MONTHS[w.getUTCMonth()].slice(0, 3) : pad(w.getUTCMonth() + 1, n);
      case 'd':
        return pad(w.getUTCDate(), n);
      case 'H':
        return pad(w.getUTCHours(), n);
      case 'h':
        return pad(w.getUTCHours() % 12 || 12, n);
      case 'm':
        return pad(w.getUTCMinutes(), n);
      case 's':
        return pad(w.getUTCSeconds(), n);
      case 'S':
        return pad(w.getUTCMilliseconds(), n);
      case 'E':
        return n >= 4 ? DAYS[w.getUTCDay()] : DAYS[w.getUTCDay()].slice(0, 3);
      case 'a':
        return w.getUTCHours() < 12 ? 'AM' : 'PM';
      case 'Z': {
        const offset = Math.round((w.getTime() - instant) / 60000);
        const abs = Math.abs(offset);
        return `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}`;
      }
      default:
        return fail(`Illegal pattern character '${letter}'`);
    }
  };
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j += 2;
        } else if (pattern[j] === "'") break;
        else out += pattern[j++];
      }
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out += field(ch, j - i);
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
