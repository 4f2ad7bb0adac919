import { swedishHolidayOn, swedishHolidaysInYear } from "./holidays";
import type { PlainDate } from "./types";

const d = (year: number, month: number, day: number): PlainDate => ({ year, month, day });

function isoOf(date: PlainDate): string {
  return `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

describe("swedishHolidayOn", () => {
  it("finds midsommarafton 2026 on Friday 19 June with both names", () => {
    expect(swedishHolidayOn(d(2026, 6 /* jun */, 19))).toEqual({
      date: d(2026, 6, 19),
      name: { sv: "midsommarafton", en: "Midsummer Eve" },
      kind: "eve",
    });
  });

  it("finds julafton, juldagen and nyårsafton", () => {
    expect(swedishHolidayOn(d(2007, 12 /* dec */, 24))?.name.sv).toBe("julafton");
    expect(swedishHolidayOn(d(2007, 12 /* dec */, 25))).toMatchObject({ kind: "public" });
    expect(swedishHolidayOn(d(2007, 12 /* dec */, 31))?.name.sv).toBe("nyårsafton");
  });

  it("gives nothing on an ordinary working day or on observances like Lucia", () => {
    expect(swedishHolidayOn(d(2007, 12 /* dec */, 20))).toBeUndefined();
    expect(swedishHolidayOn(d(2026, 12 /* dec */, 13))).toBeUndefined();
  });
});

describe("swedishHolidaysInYear", () => {
  it("lists the 13 public holidays and 6 eves of 2026", () => {
    const names = swedishHolidaysInYear(2026).map((h) => `${isoOf(h.date)} ${h.kind} ${h.name.sv}`);
    expect(names).toEqual([
      "2026-01-01 public nyårsdagen",
      "2026-01-05 eve trettondagsafton",
      "2026-01-06 public trettondedag jul",
      "2026-04-03 public långfredagen",
      "2026-04-04 eve påskafton",
      "2026-04-05 public påskdagen",
      "2026-04-06 public annandag påsk",
      "2026-04-30 eve valborgsmässoafton",
      "2026-05-01 public första maj",
      "2026-05-14 public Kristi himmelsfärdsdag",
      "2026-05-24 public pingstdagen",
      "2026-06-06 public nationaldagen",
      "2026-06-19 eve midsommarafton",
      "2026-06-20 public midsommardagen",
      "2026-10-31 public alla helgons dag",
      "2026-12-24 eve julafton",
      "2026-12-25 public juldagen",
      "2026-12-26 public annandag jul",
      "2026-12-31 eve nyårsafton",
    ]);
  });

  it.each(["America/Los_Angeles", "Pacific/Auckland"])(
    "gives the same dates when the machine's time zone is %s",
    (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        jest.isolateModules(() => {
          // A fresh module instance, so nothing cached under the original zone is reused.
          // eslint-disable-next-line @typescript-eslint/no-require-imports -- isolateModules needs require
          const fresh = require("./holidays") as typeof import("./holidays");
          expect(fresh.swedishHolidayOn(d(2026, 6 /* jun */, 19))?.name.sv).toBe("midsommarafton");
          expect(fresh.swedishHolidayOn(d(2026, 12 /* dec */, 24))?.name.sv).toBe("julafton");
          expect(fresh.swedishHolidayOn(d(2026, 1 /* jan */, 1))?.name.sv).toBe("nyårsdagen");
          expect(fresh.swedishHolidayOn(d(2025, 12 /* dec */, 31))?.name.sv).toBe("nyårsafton");
        });
      } finally {
        process.env.TZ = saved;
      }
    },
  );
});
