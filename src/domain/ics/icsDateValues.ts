/**
 * Plan dates handed to ical-generator as Temporal-like values. ical-generator formats a
 * Temporal.PlainDate from its year/month/day fields and a PlainDateTime (in a named zone) from its
 * wall-clock fields, so no JS Date and no machine time zone is ever involved: the all-day pitfall
 * of ical-generator issues #38 and #580 (dates shifting by a day east or west of UTC) cannot occur.
 */
import type {
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
  ICalTemporalInstantStub,
} from "ical-generator";
import type { PlainDate, PlainTime } from "../types";

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function isoDate(d: PlainDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/**
 * A date-only value ical-generator writes as DTSTART;VALUE=DATE.
 *
 * @example
 * icsDate({ year: 2007, month: 3, day: 1 }); // formatted by ical-generator as 20070301
 */
export function icsDate(date: PlainDate): ICalTemporalPlainDateStub {
  const text = isoDate(date);
  // ical-generator recognises a PlainDate by a toPlainDateTime method (not in its stub type).
  const value: ICalTemporalPlainDateStub & { toPlainDateTime(): ICalTemporalPlainDateTimeStub } = {
    year: date.year,
    month: date.month,
    day: date.day,
    toJSON: () => text,
    toString: () => text,
    toPlainDateTime: () => icsDateTime(date, { hour: 0, minute: 0 }),
  };
  return value;
}

/**
 * A wall-clock date-time that ical-generator writes as DTSTART;TZID=Europe/Stockholm:…T093000.
 *
 * @example
 * icsDateTime({ year: 2007, month: 3, day: 1 }, { hour: 9, minute: 30 }); // 20070301T093000
 */
export function icsDateTime(date: PlainDate, time: PlainTime): ICalTemporalPlainDateTimeStub {
  const text = `${isoDate(date)}T${pad(time.hour)}:${pad(time.minute)}:00`;
  const fields = {
    year: date.year,
    month: date.month,
    day: date.day,
    hour: time.hour,
    minute: time.minute,
    second: 0,
  };
  const plain: ICalTemporalPlainDateTimeStub = {
    ...fields,
    toJSON: () => text,
    toString: () => text,
    toPlainDate: () => icsDate(date),
    toZonedDateTime: (timeZone) => zoned(timeZone),
  };
  // The zoned form only carries the zone name: ical-generator writes its wall-clock fields after
  // TZID=, and the VTIMEZONE tells the reader the offset.
  const zoned = (timeZoneId: string): ICalTemporalZonedDateTimeStub => {
    const self: ICalTemporalZonedDateTimeStub = {
      ...fields,
      timeZoneId,
      toJSON: () => text,
      toString: () => text,
      toPlainDateTime: () => plain,
      withTimeZone: () => self,
      toInstant: (): ICalTemporalInstantStub => {
        throw new Error("icsDateTime: instants are never needed for plan dates");
      },
    };
    return self;
  };
  return plain;
}
