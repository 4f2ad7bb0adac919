import { fromExcelSerial, toExcelSerial } from "./excelSerial";
import { addDays, plainDate } from "./plainDate";

describe("Excel serial numbers, 1900 system", () => {
  it("converts the plan dates a user types into Excel", () => {
    expect(fromExcelSerial(39118)).toEqual(plainDate(2007, 2 /* feb */, 5));
    expect(toExcelSerial(plainDate(2007, 2 /* feb */, 5))).toBe(39118);
    expect(toExcelSerial(plainDate(2026, 1 /* jan */, 1))).toBe(46023);
  });

  it("starts at serial 1 = 1 January 1900", () => {
    expect(fromExcelSerial(1)).toEqual(plainDate(1900, 1 /* jan */, 1));
    expect(toExcelSerial(plainDate(1900, 1 /* jan */, 1))).toBe(1);
    expect(fromExcelSerial(59)).toEqual(plainDate(1900, 2 /* feb */, 28));
  });

  it("handles the 1900 leap-year bug: 60 is the phantom 29 February, 61 is 1 March", () => {
    expect(fromExcelSerial(60)).toBeUndefined();
    expect(fromExcelSerial(61)).toEqual(plainDate(1900, 3 /* mar */, 1));
    expect(toExcelSerial(plainDate(1900, 3 /* mar */, 1))).toBe(61);
    expect(toExcelSerial(plainDate(1900, 2 /* feb */, 28))).toBe(59);
  });

  it("drops the time of day of a fractional serial", () => {
    expect(fromExcelSerial(39118.75)).toEqual(plainDate(2007, 2 /* feb */, 5));
    expect(fromExcelSerial(39118.999)).toEqual(plainDate(2007, 2 /* feb */, 5));
  });

  it("has no date for serials outside Excel's range", () => {
    expect(fromExcelSerial(0)).toBeUndefined();
    expect(fromExcelSerial(-1)).toBeUndefined();
    expect(fromExcelSerial(Number.NaN)).toBeUndefined();
    expect(fromExcelSerial(2958465)).toEqual(plainDate(9999, 12 /* dec */, 31));
    expect(fromExcelSerial(2958466)).toBeUndefined();
  });

  it("round-trips every day from 1900 to 2100 in steps", () => {
    for (let serial = 1; serial < 73051; serial += 37) {
      if (serial === 60) continue;
      const date = fromExcelSerial(serial);
      expect(date).toBeDefined();
      if (date) expect(toExcelSerial(date)).toBe(serial);
    }
    // Consecutive days have consecutive serials after the phantom day.
    const d = plainDate(2026, 12 /* dec */, 31);
    expect(toExcelSerial(addDays(d, 1)) - toExcelSerial(d)).toBe(1);
  });
});

describe("Excel serial numbers, 1904 system", () => {
  it("starts at serial 0 = 1 January 1904, without the leap-year bug", () => {
    expect(fromExcelSerial(0, "1904")).toEqual(plainDate(1904, 1 /* jan */, 1));
    expect(toExcelSerial(plainDate(2007, 2 /* feb */, 5), "1904")).toBe(37656);
    expect(fromExcelSerial(37656, "1904")).toEqual(plainDate(2007, 2 /* feb */, 5));
    // The two systems differ by 1462 days for modern dates.
    expect(
      toExcelSerial(plainDate(2026, 6 /* jun */, 1)) - toExcelSerial(plainDate(2026, 6 /* jun */, 1), "1904"),
    ).toBe(1462);
  });
});
