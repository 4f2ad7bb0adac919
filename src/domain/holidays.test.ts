import { swedishHolidayOn, swedishHolidaysInYear } from "./holidays";
import Holidays from "date-holidays";
import { swedishHolidaysFromLibrary } from "./holidayLibrarySE";
import { SWEDISH_HOLIDAY_DATA } from "./holidayRulesSE";
import { SWEDISH_HOLIDAY_FIRST_YEAR, SWEDISH_HOLIDAY_YEARS } from "./holidayTableSE";
import type { PlainDate } from "./types";

interface LibraryDay {
  readonly _name?: string;
}
interface LibraryData {
  readonly version: string;
  readonly license: string;
  readonly holidays: Record<string, { readonly days: Record<string, LibraryDay> } | undefined>;
  readonly names: Record<string, { readonly name: Record<string, string> } | undefined>;
}

const EVES = new Set([
  "trettondagsafton",
  "påskafton",
  "valborgsmässoafton",
  "midsommarafton",
  "julafton",
  "nyårsafton",
]);

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

describe("the Swedish extract of date-holidays' rules", () => {
  /** What holidayRulesSE.ts must hold, taken from the installed date-holidays. */
  function swedishExtract(): unknown {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package's data entry point has no types
    const data = (require("date-holidays/data") as { data: LibraryData }).data;
    const se = data.holidays.SE;
    const names: Record<string, unknown> = {};
    for (const day of Object.values(se?.days ?? {})) {
      const ref = day._name;
      const shared = ref === undefined ? undefined : data.names[ref];
      if (ref === undefined || shared === undefined) continue;
      names[ref] = { ...shared, name: { sv: shared.name.sv, en: shared.name.en } };
    }
    return { version: data.version, license: data.license, holidays: { SE: se }, names };
  }

  it("is the same as the installed date-holidays' Swedish rules", () => {
    expect(JSON.parse(JSON.stringify(SWEDISH_HOLIDAY_DATA))).toEqual(
      JSON.parse(JSON.stringify(swedishExtract())),
    );
  });

  it("gives the same holidays as the full date-holidays package, 1980-2040, in both languages", () => {
    const full = new Holidays("SE");
    for (let year = 1980; year <= 2040; year++) {
      const ours = swedishHolidaysInYear(year).map(
        (h) => `${isoOf(h.date)} ${h.kind} ${h.name.sv} / ${h.name.en}`,
      );
      const english = new Map(full.getHolidays(year, "en").map((h) => [`${h.date}|${h.rule}`, h.name]));
      const theirs = full
        .getHolidays(year, "sv")
        .filter((h) => h.type === "public" || EVES.has(h.name))
        .filter((h) => h.date.startsWith(`${year}-`))
        .map(
          (h) =>
            `${h.date.slice(0, 10)} ${h.type === "public" ? "public" : "eve"} ${h.name} / ${english.get(`${h.date}|${h.rule}`) ?? h.name}`,
        );
      expect(ours).toEqual(theirs);
    }
  });
});

describe("the written-out holiday table (holidayTableSE.ts)", () => {
  const lastYear = SWEDISH_HOLIDAY_FIRST_YEAR + SWEDISH_HOLIDAY_YEARS.length - 1;

  it("covers 1900–2200, a range no plan leaves", () => {
    expect(SWEDISH_HOLIDAY_FIRST_YEAR).toBeLessThanOrEqual(1900);
    expect(lastYear).toBeGreaterThanOrEqual(2200);
  });

  it("holds, for every year it covers, exactly what date-holidays computes", () => {
    SWEDISH_HOLIDAY_YEARS.forEach((_, index) => {
      const year = SWEDISH_HOLIDAY_FIRST_YEAR + index;
      expect(swedishHolidaysInYear(year)).toStrictEqual(swedishHolidaysFromLibrary(year));
    });
  });

  it("leaves years outside the table to the library in Node (the CLI)", () => {
    const before = SWEDISH_HOLIDAY_FIRST_YEAR - 5;
    const after = lastYear + 10;
    expect(swedishHolidayOn({ year: before, month: 12, day: 24 })?.name.sv).toBe("julafton");
    expect(swedishHolidayOn({ year: after, month: 12, day: 25 })?.name.en).toBe("Christmas Day");
    expect(swedishHolidaysInYear(after).length).toBe(swedishHolidaysFromLibrary(after).length);
  });
});

describe("the browser bundles' holidays (date-holidays swapped for holidayNoLibrarySE.ts)", () => {
  /** holidays.ts as webpack builds it for the pane and the ribbon commands. */
  function browserHolidays(): typeof import("./holidays") {
    let loaded: typeof import("./holidays") | undefined;
    jest.isolateModules(() => {
      jest.doMock("./holidayLibrarySE", () => jest.requireActual("./holidayNoLibrarySE"));
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- isolateModules needs require
      loaded = require("./holidays") as typeof import("./holidays");
    });
    jest.dontMock("./holidayLibrarySE");
    if (loaded === undefined) throw new Error("holidays.ts did not load");
    return loaded;
  }

  it("knows the same holidays as the library for years of the table", () => {
    const browser = browserHolidays();
    for (const year of [1900, 1990, 2026, 2100, 2200]) {
      expect(browser.swedishHolidaysInYear(year)).toStrictEqual(swedishHolidaysFromLibrary(year));
    }
    expect(browser.swedishHolidayOn(d(2150, 12 /* dec */, 24))?.name.sv).toBe("julafton");
  });

  it("knows no holiday in a year outside the table, rather than a wrong one", () => {
    const browser = browserHolidays();
    expect(browser.swedishHolidaysInYear(1899)).toEqual([]);
    expect(browser.swedishHolidaysInYear(2201)).toEqual([]);
    expect(browser.swedishHolidayOn(d(2201, 12 /* dec */, 25))).toBeUndefined();
  });
});
