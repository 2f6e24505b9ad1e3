/**
 * Dates are carried as "epoch days": whole days since 1970-01-01, by UTC
 * arithmetic only, so no local time zone can shift a date by one.
 */

/** Days between Excel's 1900 epoch (serial 0 = 1899-12-30 after the leap-year bug) and 1970-01-01. */
const EPOCH_1900 = 25569;
/** Days between the 1904 system's serial 0 (1904-01-01) and 1970-01-01. */
const EPOCH_1904 = 24107;

/** Excel serial (either date system) → epoch day; the time of day is dropped. */
export function serialToEpochDay(serial: number, date1904: boolean): number {
  const whole = Math.floor(serial + 1e-9);
  if (date1904) return whole - EPOCH_1904;
  // Serials 1–59 come before Excel's fictitious 29 Feb 1900 (serial 60), so they are one day later than the formula says.
  if (whole < 61) return whole - EPOCH_1900 + 1;
  return whole - EPOCH_1900;
}

/** Epoch day → Excel serial in the 1900 date system. */
export function epochDayToSerial(day: number): number {
  const s = day + EPOCH_1900;
  return s < 61 ? s - 1 : s;
}

/** Builds an epoch day from a civil date; undefined when the date does not exist (31/02/2022). */
export function epochDay(year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return Math.round(ms / 86_400_000);
}

/** Epoch day → { year, month, day }. */
export function civilDate(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Epoch day → "2021-06-30". */
export function isoDate(day: number): string {
  const c = civilDate(day);
  return `${c.year}-${String(c.month).padStart(2, "0")}-${String(c.day).padStart(2, "0")}`;
}

/** Epoch day → "30/06/2021" (Vietnamese order, zero-padded). */
export function vnDate(day: number): string {
  const c = civilDate(day);
  return `${String(c.day).padStart(2, "0")}/${String(c.month).padStart(2, "0")}/${c.year}`;
}
