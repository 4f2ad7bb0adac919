import { plainDate } from "../dates/plainDate";
import { stepDate } from "./chainDays";
import { parseChainSteps, type ChainStep } from "./template";

/** The last step of a template cell (earlier steps only name what it counts from). */
function step(text: string): ChainStep {
  const read = parseChainSteps(text);
  expect(read.problems).toEqual([]);
  const last = read.steps[read.steps.length - 1];
  if (last === undefined) throw new Error(`no step in ${text}`);
  return last;
}

describe("chain dates across Easter 2027 (långfredag 26 March, annandag påsk 29 March)", () => {
  const meeting = plainDate(2027, 4 /* apr */, 1);

  it("counts ärendestopp in working days, skipping långfredag and annandag påsk", () => {
    // Back from Thursday 1 April: 31, 30 March, (29, 28, 27, 26 March not), 25, 24, 23, 22, 19, 18, 17, 16 March.
    expect(stepDate(meeting, step("ärendestopp 10 arbetsdagar före")).date).toEqual(
      plainDate(2027, 3 /* mar */, 16),
    );
  });

  it("moves a due date that lands on påskafton back past långfredag to skärtorsdagen", () => {
    const result = stepDate(meeting, step("kallelse 5 dagar före"));
    expect(result.date).toEqual(plainDate(2027, 3 /* mar */, 25));
    expect(result.movedFrom?.date).toEqual(plainDate(2027, 3 /* mar */, 27));
    expect(result.movedFrom?.reason).toEqual({
      sv: "lördag; 26 mars långfredagen",
      en: "Saturday; 26 March Good Friday",
    });
  });

  it("moves a follow-up that lands on långfredag forward past annandag påsk", () => {
    const result = stepDate(plainDate(2027, 3 /* mar */, 18), step("expediering 8 dagar efter"));
    expect(result.date).toEqual(plainDate(2027, 3 /* mar */, 30));
    expect(result.movedFrom?.reason.sv).toBe("långfredagen; 29 mars annandag påsk");
  });

  it("lets the appeal period that ends on långfredag run to the next working day; laga kraft the day after", () => {
    // Anslag Friday 5 March + 21 days = långfredag → the period runs to Tuesday 30 March.
    expect(
      stepDate(
        plainDate(2027, 3 /* mar */, 5),
        step("anslag senast 2 dagar efter; laga kraft tidigast 21 dagar efter anslag"),
      ).date,
    ).toEqual(plainDate(2027, 3 /* mar */, 31));
  });
});

describe("chain dates around Kristi himmelsfärds dag (Thursday 6 May 2027)", () => {
  const meeting = plainDate(2027, 5 /* may */, 10);

  it("skips Ascension Day when counting working days (valborgsmässoafton is a working day)", () => {
    expect(stepDate(meeting, step("ärendestopp 5 arbetsdagar före")).date).toEqual(
      plainDate(2027, 4 /* apr */, 30),
    );
  });

  it("skips a klämdag the kommun added", () => {
    const options = { extraDaysOff: new Set(["2027-05-07"]) };
    expect(stepDate(meeting, step("ärendestopp 5 arbetsdagar före"), options).date).toEqual(
      plainDate(2027, 4 /* apr */, 29),
    );
  });

  it("moves a due date on Ascension Day to the day before", () => {
    const result = stepDate(meeting, step("kallelse 4 dagar före"));
    expect(result.date).toEqual(plainDate(2027, 5 /* may */, 5));
    expect(result.movedFrom?.date).toEqual(plainDate(2027, 5 /* may */, 6));
  });
});

describe("chain dates around midsommar (midsommarafton Friday 25 June 2027)", () => {
  it("does not count midsommarafton as a working day", () => {
    expect(stepDate(plainDate(2027, 6 /* jun */, 29), step("ärendestopp 3 arbetsdagar före")).date).toEqual(
      plainDate(2027, 6 /* jun */, 23),
    );
  });

  it("moves a justering due on midsommarafton to the day before", () => {
    const result = stepDate(plainDate(2027, 6 /* jun */, 11), step("justering senast 14 dagar efter"));
    expect(result.date).toEqual(plainDate(2027, 6 /* jun */, 24));
    expect(result.movedFrom?.reason.sv).toBe("midsommarafton");
  });
});

describe("chain dates around Christmas and New Year 2027/28", () => {
  it("counts working days back over nyårsafton, nyårsdagen and trettondedag jul", () => {
    // Back from Thursday 13 January 2028: 12, 11, 10, 7, (6 Jan not), 5, 4, 3, (31 Dec–1 Jan not), 30, 29, 28 December.
    expect(stepDate(plainDate(2028, 1 /* jan */, 13), step("ärendestopp 10 arbetsdagar före")).date).toEqual(
      plainDate(2027, 12 /* dec */, 28),
    );
  });

  it("never moves an anslag due on juldagen to before its justering", () => {
    // Justering Thursday 23 December; +2 = juldagen; julafton is no working day either → the 23rd.
    const result = stepDate(
      plainDate(2027, 12 /* dec */, 23),
      step("justering senast 14 dagar efter; anslag senast 2 dagar efter justering"),
    );
    expect(result.date).toEqual(plainDate(2027, 12 /* dec */, 23));
  });

  it("lets an appeal period ending on nyårsafton run past nyårsdagen and the weekend", () => {
    // Anslag Friday 10 December + 21 = nyårsafton → the period runs to Monday 3 January; laga kraft Tuesday 4 January.
    expect(
      stepDate(
        plainDate(2027, 12 /* dec */, 10),
        step("anslag senast 2 dagar efter; laga kraft tidigast 21 dagar efter anslag"),
      ).date,
    ).toEqual(plainDate(2028, 1 /* jan */, 4));
  });

  it("moves a follow-up on julafton past the Christmas weekend", () => {
    const result = stepDate(plainDate(2027, 12 /* dec */, 17), step("expediering 1 vecka efter"));
    expect(result.date).toEqual(plainDate(2027, 12 /* dec */, 27));
  });
});
