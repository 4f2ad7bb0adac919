import { monthFromWord, monthName, weekdayFromWord, weekdayName } from "./months";

describe("month and weekday words", () => {
  it.each([
    ["januari", 1],
    ["jan", 1],
    ["feb", 2],
    ["mars", 3],
    ["mar", 3],
    ["March", 3],
    ["apr", 4],
    ["maj", 5],
    ["May", 5],
    ["jun", 6],
    ["juni", 6],
    ["june", 6],
    ["jul", 7],
    ["juli", 7],
    ["aug", 8],
    ["sep", 9],
    ["sept", 9],
    ["okt", 10],
    ["oct", 10],
    ["OKTOBER", 10],
    ["nov.", 11],
    ["dec", 12],
    ["Dec", 12],
  ])("reads %s as month %i", (word, month) => {
    expect(monthFromWord(word)).toBe(month);
  });

  it("does not take ordinary words for months", () => {
    expect(monthFromWord("den")).toBeUndefined();
    expect(monthFromWord("månad")).toBeUndefined();
  });

  it("reads weekdays in Swedish and English", () => {
    expect(weekdayFromWord("tisdag")).toBe(2);
    expect(weekdayFromWord("mån")).toBe(1);
    expect(weekdayFromWord("Sunday")).toBe(7);
    expect(weekdayFromWord("fre.")).toBe(5);
  });

  it("names months and weekdays in both languages", () => {
    expect(monthName(2, "sv")).toBe("februari");
    expect(monthName(2, "en")).toBe("February");
    expect(monthName(13, "sv")).toBe("");
    expect(weekdayName(2, "sv")).toBe("tisdag");
    expect(weekdayName(7, "en")).toBe("Sunday");
  });
});
