/**
 * What a first reading of new real documents (December 2026) showed the readers missed, on our
 * own small examples: named spans and written years in running text, a date-only line over a
 * paragraph that names its month, link marks glued to a date, a lone "Publicerad" label, moved
 * meetings, "utom" months, preliminary clauses, a body's meeting days in a sentence with the
 * time in the next, and a page's own date as the year when nothing else gives one.
 */
import { toIsoDate } from "../../dates/plainDate";
import { importTimeline } from "../importTimeline";
import { findDatePhrases } from "../datePhrases";
import { guessSeparator } from "../delimited";
import type { TimelineEntry } from "../../types";
import { dropMovedFrom, proseRows } from "./prose";
import { furnitureLabel, meetingsOf, meetingTime, withoutLinkMarks } from "./textLines";
import { namedYearHeading } from "../cells";
import { isOrganName } from "../../owners/organs";

const iso = toIsoDate;

function read(text: string, planYear?: number): TimelineEntry[] {
  const result = importTimeline({ text, ...(planYear !== undefined ? { planYear } : {}) });
  if (!result.ok) throw new Error(result.reason);
  return [...result.timeline.entries];
}

function dated(entries: readonly TimelineEntry[]): string[] {
  return entries.map((e) =>
    e.parsed.ok
      ? e.parsed.occurrences
          .map(
            (o) =>
              `${iso(o.start)}..${iso(o.end)}` +
              (o.startTime !== undefined
                ? ` ${String(o.startTime.hour).padStart(2, "0")}:${String(o.startTime.minute).padStart(2, "0")}`
                : ""),
          )
          .join(",") + (e.parsed.tentative ? " prel" : "")
      : "–",
  );
}

describe("named spans in running text", () => {
  it("finds 'i början av året' and 'mellandagarna' inside a sentence", () => {
    const found = findDatePhrases("Vi stänger böckerna i mellandagarna och börjar om i början av året.", {
      planYear: 2027,
    }).map((p) => p.text);
    expect(found).toEqual(["i mellandagarna", "i början av året."].map((t) => t.replace(/\.$/u, "")));
  });

  it("reads a paragraph dated 'i början av året' as January–March of the plan year", () => {
    const entries = read(
      "Så arbetar vi\n\nArbetet med nästa års plan sätter igång i början av året och pågår sedan till hösten.",
      2027,
    );
    expect(dated(entries)[0]).toBe("2027-01-01..2027-03-31");
  });

  it("reads 'i början av 2031' and 'inledningen av 2031' with their written year", () => {
    const entries = read(
      ["När händer vad", "", "Inledningen av 2031", "", "Den nya styrelsen samlas första gången."].join("\n"),
      2030,
    );
    expect(dated(entries)).toEqual(["2031-01-01..2031-03-31"]);
    expect(entries[0]?.event).toBe("Den nya styrelsen samlas första gången.");
  });
});

describe("a line that is only a date, and the paragraph under it", () => {
  it("keeps one entry when the paragraph names the same month in words of its own", () => {
    const entries = read(
      [
        "Viktiga datum",
        "",
        "14 mars",
        "",
        "Den andra fredagen i mars lämnar skolorna sina underlag till förvaltningen.",
      ].join("\n"),
      2031,
    );
    expect(dated(entries)).toEqual(["2031-03-14..2031-03-14"]);
    expect(entries[0]?.event).toMatch(/^Den andra fredagen i mars/u);
  });

  it("still makes two entries when the paragraph names another month", () => {
    const entries = read(
      [
        "Viktiga datum",
        "",
        "14 mars",
        "",
        "Underlagen lämnas in och sedan behandlar nämnden dem i maj vid sitt sammanträde.",
      ].join("\n"),
      2031,
    );
    expect(dated(entries)).toContain("2031-05-01..2031-05-31");
  });
});

describe("web page furniture", () => {
  it("drops a link's mark glued to a date", () => {
    expect(withoutLinkMarks("Nämndens heldag 3–4 maj 2029(Extern länk)")).toBe(
      "Nämndens heldag 3–4 maj 2029",
    );
    expect(withoutLinkMarks("Budgetunderlag (pdf, 245 kB)")).toBe("Budgetunderlag");
    expect(withoutLinkMarks("Beslut (enligt förslag)")).toBe("Beslut (enligt förslag)");
  });

  it("reads a dated line whose link mark was glued to its year", () => {
    const entries = read(
      ["Nyheter", "", "Nämndens heldag 3–4 maj 2029(Extern länk)", "", "Välkommen att lyssna."].join("\n"),
    );
    expect(dated(entries)).toEqual(["2029-05-03..2029-05-04"]);
  });

  it("takes 'Publicerad' on a line of its own as the label of the date under it", () => {
    expect(furnitureLabel("Publicerad")).toBe(true);
    expect(furnitureLabel("Publicerad 3 maj")).toBe(false);
    const alone = read(
      ["Nyheter", "", "Ett möte om parken hålls den 3 maj.", "", "Publicerad", "tisdag 4 december 2029"].join(
        "\n",
      ),
      2030,
    );
    expect(dated(alone)).toEqual(["2030-05-03..2030-05-03"]);
    const entries = read(
      [
        "Sammanträden",
        "",
        "Styrelsen sammanträder under våren den 12 februari och den 9 april, båda gångerna i stora salen.",
        "",
        "Publicerad",
        "tisdag 4 december 2029",
      ].join("\n"),
      2030,
    );
    expect(dated(entries)).toEqual(["2030-02-12..2030-02-12", "2030-04-09..2030-04-09"]);
  });
});

describe("prose: moved meetings, exceptions and preliminary dates", () => {
  it("reads a meeting on the day it moved to, not the day it left", () => {
    const text = "Mötet som skulle ha ägt rum den 5 mars flyttas till den 12 mars på grund av lovet.";
    expect(dropMovedFrom(text, findDatePhrases(text, { planYear: 2031 })).map((p) => p.text)).toEqual([
      "den 12 mars",
    ]);
    const entries = read(["Information", "", text].join("\n"), 2031);
    expect(dated(entries)).toEqual(["2031-03-12..2031-03-12"]);
  });

  it("makes no entry of the months after 'utom'", () => {
    const rows = proseRows(
      1,
      "Styrelsen har möte den första måndagen varje månad utom juli och augusti, alltid i stora salen på rådhuset.",
      { planYear: 2031 },
      /inför$/u,
    );
    expect(rows).toBeUndefined();
  });

  it("marks a date preliminary when its clause says 'eventuellt' or 'vid behov'", () => {
    const entries = read(
      [
        "Information",
        "",
        "Nämnden träffas den 3 juni. Den 10 juni hålls vid behov ett extra möte om budgeten inte blir klar.",
      ].join("\n"),
      2031,
    );
    expect(dated(entries)).toEqual(["2031-06-03..2031-06-03", "2031-06-10..2031-06-10 prel"]);
  });
});

describe("a body's meeting days in a sentence", () => {
  it("gives one meeting a date, the body as owner, at the time the next sentence gives", () => {
    expect(meetingTime("Nämndens sammanträden börjar 13:15.")).toBe("kl. 13:15");
    expect(meetingTime("Arbetet börjar 3 mars.")).toBeUndefined();
    const entries = read(
      [
        "Sammanträdesdagar",
        "",
        "Kommunstyrelsen sammanträder följande datum under 2031: 14 januari, 11 februari och 18 mars. Kommunstyrelsens sammanträden börjar 13:15.",
      ].join("\n"),
    );
    expect(dated(entries)).toEqual([
      "2031-01-14..2031-01-14 13:15",
      "2031-02-11..2031-02-11 13:15",
      "2031-03-18..2031-03-18 13:15",
    ]);
    expect(entries.map((e) => e.owner)).toEqual(["Kommunstyrelsen", "Kommunstyrelsen", "Kommunstyrelsen"]);
  });
});

describe("the year when nothing but the page's own date gives one", () => {
  it("reads the plan in the year the page was last updated", () => {
    const entries = read(
      [
        "Budget",
        "",
        "Nämnderna beslutar om sina internbudgetar senast i november, efter att fullmäktige fastställt ramarna.",
        "",
        "Senast uppdaterad 14 februari 2029",
      ].join("\n"),
    );
    expect(dated(entries)).toEqual(["2029-11-01..2029-11-30"]);
  });
});

describe("second batch: cancelled, planned and restated meetings", () => {
  it("reads 'i vanliga fall' as words, not as the English autumn", () => {
    expect(
      findDatePhrases("I vanliga fall möts nämnden på kvällen i stora salen.", { planYear: 2031 }),
    ).toEqual([]);
  });

  it("makes no entry of a meeting the clause says is cancelled", () => {
    const rows = proseRows(
      1,
      "Eftersom det finns för få ärenden till nämnden den 9 maj kommer detta sammanträde att ställas in av ordföranden.",
      { planYear: 2031 },
      /inför$/u,
    );
    expect(rows).toBeUndefined();
  });

  it("keeps a date whose clause only says what something is based on ('utgår från')", () => {
    const rows = proseRows(
      1,
      "Arbetet med nästa års budget utgår från de ramar som kommunstyrelsen fastställer den 9 maj i år.",
      { planYear: 2031 },
      /inför$/u,
    );
    expect(rows?.map((r) => r.when)).toEqual(["den 9 maj"]);
  });

  it("reads the day a meeting is planned to, at the body's usual time from elsewhere on the page", () => {
    const entries = read(
      [
        "Information",
        "",
        "Nästa KS är planerat till den 12 maj.",
        "",
        "Kommunstyrelsen sammanträder normalt andra tisdagen i månaden med start klockan 13.15 i rådhuset.",
      ].join("\n"),
      2031,
    );
    expect(dated(entries)).toEqual(["2031-05-12..2031-05-12 13:15"]);
    expect(entries[0]?.owner).toBe("Kommunstyrelsen");
  });

  it("keeps one entry when a text names the same meeting twice, with the time the second mention adds", () => {
    const entries = read(
      [
        "Nyheter",
        "",
        "Kommunstyrelsens sammanträde 4 juni, där bokslutet ska behandlas, hålls i år i biblioteket.",
        "Ordföranden säger att vi därför samlar styrelsens sammanträde den 4 juni klockan 9 i stora salen.",
      ].join("\n"),
      2031,
    );
    expect(dated(entries)).toEqual(["2031-06-04..2031-06-04 09:00"]);
  });
});

describe("a year taken from the page's own date says so", () => {
  it("notes the inferred year and offers the next", () => {
    const result = importTimeline({
      text: [
        "Budget",
        "",
        "Nämnderna beslutar om sina internbudgetar senast i november, efter att fullmäktige fastställt ramarna.",
        "",
        "Senast uppdaterad 14 februari 2029",
      ].join("\n"),
    });
    if (!result.ok) throw new Error(result.reason);
    const note = result.timeline.entries[0]?.readingNotes?.find((n) => n.code === "year-inferred");
    expect(note?.alternativeWhen).toBe("senast i november 2030");
  });
});

describe("third batch: a grid whose cells repeat their month, a page's usual time, budget years in passing", () => {
  const grid = [
    "Sammanträden 2031",
    "",
    "Nämndens möten börjar i regel klockan 13.00, utom:",
    "",
    "  • 9 april börjar sammanträdet klockan 9.00",
    "",
    "Sammanträdesdagar, januari-april",
    "",
    "Organ",
    "",
    "Januari",
    "",
    "Februari",
    "",
    "Mars",
    "",
    "April",
    "",
    "Kulturnämnden",
    "",
    "januari",
    "",
    "15",
    "",
    "inget i",
    "",
    "februari",
    "",
    "mars",
    "",
    "12, 26",
    "",
    "april",
    "",
    "9",
    "",
    "Valnämnden",
    "",
    "januari",
    "8",
    "",
    "februari",
    "",
    "5",
    "",
    "inget i",
    "",
    "mars",
    "",
    "inget i",
    "",
    "april",
    "",
  ].join("\n");

  it("reads each cell's days under its month and 'inget i' as no meeting", () => {
    const entries = read(grid);
    const days = (owner: string): string[] =>
      entries.filter((e) => e.owner === owner).map((e) => dated([e])[0]?.slice(0, 10) ?? "");
    expect(days("Kulturnämnden")).toEqual(["2031-01-15", "2031-03-12", "2031-03-26", "2031-04-09"]);
    expect(days("Valnämnden")).toEqual(["2031-01-08", "2031-02-05"]);
    expect(entries.some((e) => e.event === "Sammanträdesdagar")).toBe(false);
  });

  it("does not read 'på vår webbplats' as the spring", () => {
    expect(findDatePhrases("Mötena sänds på vår webbplats och i vår app.", { planYear: 2031 })).toEqual([]);
  });

  it("reads a year from a budget year the text names in passing, and says so", () => {
    const result = importTimeline({
      text: [
        "Nyheter",
        "",
        "Under dagens möte behandlades budget för 2032. Beslut om budget tas i fullmäktige den 14 juni.",
      ].join("\n"),
    });
    if (!result.ok) throw new Error(result.reason);
    const entry = result.timeline.entries[0];
    expect(dated(result.timeline.entries)[0]).toBe("2031-06-14..2031-06-14");
    expect(entry?.readingNotes?.find((n) => n.code === "year-inferred")?.alternativeWhen).toBe(
      "den 14 juni 2032",
    );
  });
});

describe("a grid with no time column on a page that gives a body's usual time", () => {
  it("gives the body's days that time, and a day listed apart with its own time only that time", () => {
    const text = [
      "Sammanträden 2031",
      "",
      "Kommunfullmäktiges sammanträden startar klockan 18.30, men det finns undantag:",
      "",
      "  • 8 maj börjar sammanträdet klockan 10.00",
      "",
      "Organ",
      "",
      "Mars",
      "",
      "April",
      "",
      "Maj",
      "",
      "Juni",
      "",
      "Kommunfullmäktige",
      "",
      "13",
      "",
      "10",
      "",
      "8",
      "",
      "12",
      "",
      "Kommunstyrelsen",
      "",
      "2",
      "",
      "6",
      "",
      "4",
      "",
      "3",
      "",
    ].join("\n");
    const entries = read(text);
    const kf = entries.filter((e) => e.owner === "Kommunfullmäktige").flatMap((e) => dated([e]));
    expect(kf.sort()).toEqual([
      "2031-03-13..2031-03-13 18:30",
      "2031-04-10..2031-04-10 18:30",
      "2031-05-08..2031-05-08 10:00",
      "2031-06-12..2031-06-12 18:30",
    ]);
    expect(
      entries.filter((e) => e.owner === "Kommunstyrelsen").every((e) => !dated([e])[0]?.includes(":")),
    ).toBe(true);
  });
});

describe("fourth batch: a cell-per-line grid that lost its empty cells, glued footnotes, two halves", () => {
  // Made-up bodies in 2031 (January 2031 starts on a Wednesday). Empty cells are dropped in the
  // copy, footnote marks are flattened into the digits, and the two halves follow each other.
  const block = (cells: string[]): string => cells.join("\n\n");
  const text = [
    "Sammanträdeskalender 2031",
    "",
    block(["2031", "JAN", "FEB", "MAR", "APR", "MAJ", "JUNI", "Kl."]),
    "",
    // Mondays; March empty and dropped, so the row has five day cells for six months.
    block(["Fullmäktige", "27", "24", "285", "26 23", "18.00"]),
    "",
    // Wednesdays, with footnotes glued on: 216,7 = 21 (6, 7); 5-63,4 = 5–6 (3, 4); 82 = 8 (2).
    block(["Ledningsutskottet", "15", "121", "5-63,4", "9", "216,7", "11", "09.00"]),
    "",
    "Valberedningen 14 11 11 8 13 10 18.00",
    "",
    " ",
    "",
    block(["2031", "JULI", "AUG", "SEP", "OKT", "NOV", "DEC", "Kl."]),
    "",
    block(["Fullmäktige", "-", "25", "29", "27", "24", "15", "18.00"]),
    "",
    // Wednesdays: "18" in October is 1 October with footnote 8 (18 October is a Saturday);
    // "3,6,7" in December is 3 December with footnotes 6 and 7; "- - 297 - - -" is its second row.
    block(["Styrelsen", "-", "20", "17", "18", "12", "3,6,7", "09.00"]),
    "",
    block(["-", "-", "-", "297", "-", "-", " "]),
    "",
    block(["Tekniska nämnden", "-", "19", "16", "147,A", "11", "9", "13.00"]),
    "",
    "1. Bokslut  2. Budget  3. Beredning  4. Direktiv  5. Årsredovisning  6. Delår  7. Uppföljning  A. Stipendier",
    "",
  ].join("\n");

  it("places a row's days by weekday when its empty cells were lost, and says so", () => {
    const entries = read(text);
    const kf = entries.filter((e) => e.owner === "Fullmäktige" && e.parsed.ok);
    expect(dated(kf).slice(0, 5)).toEqual([
      "2031-01-27..2031-01-27 18:00",
      "2031-02-24..2031-02-24 18:00",
      "2031-04-28..2031-04-28 18:00",
      "2031-05-26..2031-05-26 18:00",
      "2031-06-23..2031-06-23 18:00",
    ]);
    expect(kf[2]?.readingNotes?.some((n) => n.code === "footnote-digit")).toBe(true);
  });

  it("reads glued footnote digits and letters as marks of the day before them", () => {
    const au = read(text).filter((e) => e.owner === "Ledningsutskottet");
    expect(dated(au)).toEqual([
      "2031-01-15..2031-01-15 09:00",
      "2031-02-12..2031-02-12 09:00",
      "2031-03-05..2031-03-06 09:00",
      "2031-04-09..2031-04-09 09:00",
      "2031-05-21..2031-05-21 09:00",
      "2031-06-11..2031-06-11 09:00",
    ]);
    const tn = read(text).filter((e) => e.owner === "Tekniska nämnden");
    expect(dated(tn)).toContain("2031-10-14..2031-10-14 13:00");
    expect(tn).toHaveLength(5);
  });

  it("reads a day off the row's weekday as a day with glued footnote digits, and a nameless row as the body's second", () => {
    const styrelsen = read(text).filter((e) => e.owner === "Styrelsen");
    expect(dated(styrelsen)).toEqual([
      "2031-08-20..2031-08-20 09:00",
      "2031-09-17..2031-09-17 09:00",
      "2031-10-01..2031-10-01 09:00",
      "2031-10-29..2031-10-29 09:00",
      "2031-11-12..2031-11-12 09:00",
      "2031-12-03..2031-12-03 09:00",
    ]);
    expect(styrelsen[2]?.readingNotes?.map((n) => n.code)).toContain("footnote-digit");
  });

  it("reads a row written on one line and the second half after it, not as December text", () => {
    const entries = read(text);
    expect(dated(entries.filter((e) => e.owner === "Valberedningen"))).toEqual([
      "2031-01-14..2031-01-14 18:00",
      "2031-02-11..2031-02-11 18:00",
      "2031-03-11..2031-03-11 18:00",
      "2031-04-08..2031-04-08 18:00",
      "2031-05-13..2031-05-13 18:00",
      "2031-06-10..2031-06-10 18:00",
    ]);
    const autumn = entries.filter((e) => e.owner === "Fullmäktige" && e.parsed.ok).slice(5);
    expect(dated(autumn)).toEqual([
      "2031-08-25..2031-08-25 18:00",
      "2031-09-29..2031-09-29 18:00",
      "2031-10-27..2031-10-27 18:00",
      "2031-11-24..2031-11-24 18:00",
      "2031-12-15..2031-12-15 18:00",
    ]);
    expect(entries.some((e) => /^\d/u.test(e.event))).toBe(false);
  });
});

describe("fourth batch: a list's year from its weekdays, reserve days, 'Eventuellt' under a month", () => {
  // 2031 and 2032: 14 January 2032 is a Wednesday; in 2031 the same days fall on other weekdays.
  const list = (intro: string): string =>
    [
      "Sammanträdesplan för kulturnämnden 2032",
      "",
      "Kulturnämnden sammanträder på onsdagar klockan 18.00.",
      intro,
      "",
      "- 14 januari",
      "",
      "- 11 februari",
      "",
      "- 17 mars",
      "",
      "- 21 april",
      "",
      "- 16 juni (reservdatum)",
      "",
    ].join("\n");

  it("reads a list whose days are all one weekday in the year the title names, and says which year the text wrote", () => {
    const entries = read(list("Förslag på sammanträdesdatum för kulturnämnden 2031:")).filter(
      (e) => e.parsed.ok,
    );
    expect(dated(entries)).toEqual([
      "2032-01-14..2032-01-14",
      "2032-02-11..2032-02-11",
      "2032-03-17..2032-03-17",
      "2032-04-21..2032-04-21",
      "2032-06-16..2032-06-16 prel",
    ]);
    const note = entries[0]?.readingNotes?.find((n) => n.code === "weekday-year");
    expect(note?.message.sv).toMatch(/onsdag 2032/u);
    expect(note?.alternativeWhen).toMatch(/2031$/u);
  });

  it("gives the plan the year its list was moved to, not the year of an agenda's date over it", () => {
    // An agenda page headed "Sammanträde 2031-10-22" over next year's meeting days: read as 2031
    // at first, the list was moved to 2032 by its weekdays, and the plan stayed in 2031, so every
    // meeting was "outside the plan year".
    const text = [
      "Sammanträde 2031-10-22",
      "",
      list("Förslag på sammanträdesdatum för kulturnämnden 2031:"),
    ].join("\n");
    const result = importTimeline({ text });
    expect(result.ok && result.timeline.plan.year).toBe(2032);
    expect(result.ok && dated(result.timeline.entries.filter((e) => e.parsed.ok))[0]).toBe(
      "2032-01-14..2032-01-14",
    );
  });

  it("leaves a list alone when its days already share a weekday in the year read", () => {
    const entries = read(list("Förslag på sammanträdesdatum för kulturnämnden 2032:")).filter(
      (e) => e.parsed.ok,
    );
    expect(dated(entries)[0]).toBe("2032-01-14..2032-01-14");
    expect(entries.some((e) => e.readingNotes?.some((n) => n.code === "weekday-year"))).toBe(false);
  });

  it("makes an item under a month heading that starts 'Eventuellt' preliminary", () => {
    const entries = read(
      [
        "Årshjul ekonomi",
        "",
        "November 2031",
        "",
        "Delårsrapport för koncernen",
        "",
        "Eventuellt kompletteringsbudget",
        "",
      ].join("\n"),
    );
    expect(dated(entries)).toEqual(["2031-11-01..2031-11-30", "2031-11-01..2031-11-30 prel"]);
  });
});

describe("fourth batch: a listed meeting cancelled or named again further down", () => {
  const text = [
    "Direktionen",
    "",
    "Direktionens sammanträdesdatum 2031",
    "",
    "10/2 17/3 14/4 19/5 16/6",
    "",
    "Direktionsmötet den 14 april 2031 är inställt.",
    "",
    "Nästa direktionsmöte blir den 19 maj 2031.",
    "",
  ].join("\n");

  it("makes no entry of a listed day a later sentence cancels, and says so", () => {
    const result = importTimeline({ text });
    if (!result.ok) throw new Error(result.reason);
    expect(dated(result.timeline.entries)).toEqual([
      "2031-02-10..2031-02-10",
      "2031-03-17..2031-03-17",
      "2031-05-19..2031-05-19",
      "2031-06-16..2031-06-16",
    ]);
    expect(result.timeline.skipped.filter((s) => s.reason === "cancelled").map((s) => s.line)).toEqual([
      5, 7,
    ]);
  });

  it("keeps a listed day when the cancelling sentence is about another body", () => {
    const other = text.replace("Direktionsmötet den 14 april", "Kommunfullmäktiges möte den 14 april");
    expect(dated(read(other))).toContain("2031-04-14..2031-04-14");
  });
});

describe("fourth batch: 'sammanträdet den' is the meeting's own day unless 'inför' or 'från' comes first", () => {
  it("reads the day of 'På sammanträdet den 16 december fastställs …' and 'vid sammanträdet den 15 november'", () => {
    const entries = read(
      [
        "Direktionen",
        "",
        "På sammanträdet den 16 december 2031 fastställs verksamhetsplan och budget för 2032, och den delen är offentlig.",
        "",
        "Eftersom regionplanen ska behandlas av regionstyrelsen vid sammanträdet den 15 november 2031 behöver styrelsen ta ställning före dess.",
        "",
      ].join("\n"),
    );
    expect(dated(entries).sort()).toEqual(["2031-11-15..2031-11-15", "2031-12-16..2031-12-16"]);
  });

  it("still reads 'inför sammanträdet den 27 januari' as a reference, not an item", () => {
    const entries = read(
      [
        "Kommunfullmäktige 27 januari ställs in",
        "",
        "Presidiet gör bedömningen att det inför sammanträdet den 27 januari 2031 inte finns något ärende som är brådskande.",
        "Nästa fullmäktigesammanträde är planerat till den 24 februari 2031 och genomförs enligt plan.",
        "",
      ].join("\n"),
    );
    expect(dated(entries)).toEqual(["2031-02-24..2031-02-24"]);
  });
});

describe("fourth batch: 'före oktober månads utgång' in running text", () => {
  it("finds the whole phrase, the last day of the month, not the month", () => {
    expect(
      findDatePhrases(
        "Förslag till budget ska upprättas av styrelsen före oktober månads utgång. Om det finns skäl",
        {
          planYear: 2031,
        },
      ).map((p) => p.text),
    ).toEqual(["före oktober månads utgång"]);
  });
});

describe("fourth batch: a list's year from the weekday the text gives", () => {
  it("moves a list that is all Tuesdays in the year read to the named year where it is all the stated Wednesdays", () => {
    const text = [
      "Sammanträdesplan för kulturnämnden 2030",
      "",
      "Kulturnämnden sammanträder på onsdagar.",
      "Förslag på datum 2029:",
      "",
      "- 16 januari",
      "- 13 februari",
      "- 13 mars",
      "- 10 april",
      "- 15 maj",
      "",
    ].join("\n");
    const entries = read(text).filter((e) => e.parsed.ok);
    expect(dated(entries)).toEqual([
      "2030-01-16..2030-01-16",
      "2030-02-13..2030-02-13",
      "2030-03-13..2030-03-13",
      "2030-04-10..2030-04-10",
      "2030-05-15..2030-05-15",
    ]);
    expect(entries[0]?.readingNotes?.find((n) => n.code === "weekday-year")?.message.sv).toMatch(/onsdagar/u);
  });

  it("leaves the list in the year read when the text gives no weekday and its days share one", () => {
    const text = [
      "Sammanträdesplan 2030",
      "",
      "Kulturnämnden, förslag 2029:",
      "",
      "- 16 januari",
      "- 13 februari",
      "- 13 mars",
      "- 10 april",
      "",
    ].join("\n");
    expect(dated(read(text).filter((e) => e.parsed.ok))[0]).toBe("2029-01-16..2029-01-16");
  });
});

describe("batch-3 leftovers: a body named a sentence before, how often, one meeting told twice", () => {
  it("gives a meeting that names no body the body of the paragraph's sentence before it", () => {
    const entries = read(
      [
        "Sammanträdestider för 2031",
        "",
        "Stadsdelsnämnden Norr sammanträder på måndagar en gång i månaden, med undantag för juli. Starttid blir 14.00. Första sammanträdet under 2031 är den 13 januari klockan 10.",
        "",
        "De två individutskotten ska fortsatt sammanträda varannan vecka på onsdagar. Första sammanträdet under 2031 blir den 15 januari.",
      ].join("\n"),
    );
    const byDay = new Map(entries.map((e) => [dated([e])[0], e.owner]));
    expect(byDay.get("2031-01-13..2031-01-13 10:00")).toBe("Stadsdelsnämnden Norr");
    expect(byDay.get("2031-01-15..2031-01-15")).toBe("Individutskotten");
  });

  it("leaves the owner empty when no sentence before names a body", () => {
    const entries = read(
      "Sammanträdestider för 2031\n\nPlanen för året är klar och har publicerats på webbplatsen idag. Första sammanträdet under 2031 är den 13 januari.",
    );
    expect(entries.map((e) => e.owner)).toEqual([""]);
  });

  it("reads no date from how often a body meets ('två gånger på hösten och tre gånger under våren')", () => {
    const entries = read(
      "Sammanträdestider för 2031\n\nRådet träffas två gånger på hösten och tre gånger under våren. Första sammanträdet under 2031 blir den 11 februari.",
    );
    expect(entries.flatMap((e) => dated([e]))).toEqual(["2031-02-11..2031-02-11"]);
    expect(entries[0]?.owner).toBe("Rådet");
  });

  it("keeps one entry when a short line restates the day a paragraph gave, with its body as owner", () => {
    const entries = read(
      [
        "Kommunstyrelsen lade inget nytt budgetförslag",
        "",
        "Kommunstyrelsen motiverade sitt beslut med att det inte finns tid att utföra uppdraget som kommunfullmäktige gav innan budgeten ska beslutas den 27 juli.",
        "",
        "Beslut om budget tas i kommunfullmäktige den 27 juli.",
      ].join("\n"),
      2031,
    );
    expect(entries.flatMap((e) => dated([e]))).toEqual(["2031-07-27..2031-07-27"]);
    expect(entries[0]?.owner).toBe("Kommunfullmäktige");
    expect(entries[0]?.notes).toContain("Beslut om budget tas i kommunfullmäktige");
  });

  it("keeps both when the short line's body is not the one the paragraph names", () => {
    const entries = read(
      [
        "Nyheter",
        "",
        "Kommunstyrelsen motiverade sitt beslut med att det inte finns tid att utföra uppdraget innan budgeten ska beslutas den 27 juli.",
        "",
        "Beslut om taxor tas i kommunfullmäktige den 27 juli.",
      ].join("\n"),
      2031,
    );
    expect(entries).toHaveLength(2);
  });
});

describe("batch-2 leftover: a cancelled meeting named only in the title, a sentence broken over lines", () => {
  const page = (title: string): string =>
    [
      "Lyssna på sidan Lyssna",
      "",
      title,
      "",
      "Kommunfullmäktiges presidium har gjort bedömningen att ärenden som kommunstyrelsen har aviserats till kommunfullmäktiges sammanträde",
      "i oktober 2031 inte är av brådskande karaktär.",
      "",
      "Delårsrapport och helårsprognos 2031, samt Budget 2032-2034 kommer att behandlas på",
      "kommunfullmäktige den 30/11.",
    ].join("\n");

  it("reads a sentence a web page broke over two lines as one, and leaves out the meeting the title cancels", () => {
    const result = importTimeline({ text: page("Kommunfullmäktiges möte inställt") });
    if (!result.ok) throw new Error(result.reason);
    const entries = result.timeline.entries;
    expect(entries.flatMap((e) => dated([e]))).toEqual(["2031-11-30..2031-11-30"]);
    expect(entries[0]?.event).toBe(
      "Delårsrapport och helårsprognos 2031, samt Budget 2032-2034 kommer att behandlas på kommunfullmäktige den 30/11.",
    );
    expect(result.timeline.skipped.some((s) => s.reason === "cancelled" && s.line === 5)).toBe(true);
  });

  it("keeps the meeting when the title cancels nothing", () => {
    const entries = read(page("Kommunfullmäktiges möte i oktober"));
    expect(entries.flatMap((e) => dated([e]))).toEqual(["2031-10-01..2031-10-31", "2031-11-30..2031-11-30"]);
  });
});

describe("fifth batch: a meeting grid whose cells are separated by '|'", () => {
  const grid = [
    "Organ | Tid | Jan | Feb | Mars | Apr |",
    "---|---|---|---|---|---|",
    "Kommunfullmäktige | 13.00 | 10* | 7 | - | 4 |",
    "Kommunstyrelsen | 13.30 | 19 | 16 | 16 | 13 |",
    "*Extra sammanträdestid vid behov.",
  ].join("\n");

  it("reads the grid as one with tabs, the rule line no row, '*' preliminary", () => {
    const entries = read(grid, 2030).filter((e) => e.parsed.ok);
    expect(entries.map((e) => e.owner)).toEqual([
      "Kommunfullmäktige",
      "Kommunstyrelsen",
      "Kommunfullmäktige",
      "Kommunstyrelsen",
      "Kommunstyrelsen",
      "Kommunfullmäktige",
      "Kommunstyrelsen",
    ]);
    expect(dated(entries)).toEqual([
      "2030-01-10..2030-01-10 13:00 prel",
      "2030-01-19..2030-01-19 13:30",
      "2030-02-07..2030-02-07 13:00",
      "2030-02-16..2030-02-16 13:30",
      "2030-03-16..2030-03-16 13:30",
      "2030-04-04..2030-04-04 13:00",
      "2030-04-13..2030-04-13 13:30",
    ]);
  });

  it("takes '|' for a separator only in a table, not for a breadcrumb line", () => {
    expect(guessSeparator(grid)).toBe("|");
    expect(guessSeparator("Hem | Kommun | Politik\nKommunfullmäktige sammanträder 10 januari.\n")).toBe("\t");
  });
});

describe("fifth batch: a period's name in parentheses after a month", () => {
  it("reads 'i april (tertial 1) och augusti (delårsrapport)' as April and August, not tertial 1", () => {
    const text = [
      "Resultat och uppföljning",
      "",
      "Mer omfattande rapporter upprättas i april (tertial 1) och augusti (delårsrapport) och innehåller en ekonomisk uppföljning och en måluppföljning.",
      "",
    ].join("\n");
    const entries = read(text, 2030).filter((e) => e.parsed.ok);
    expect(dated(entries)).toEqual(["2030-04-01..2030-04-30,2030-08-01..2030-08-31"]);
  });

  it("still reads a date restated in parentheses, and a tertial that stands alone", () => {
    expect(
      findDatePhrases("Rapporten för tertial 1 lämnas i maj", { planYear: 2030 }).map((p) => p.text),
    ).toEqual(["tertial 1", "i maj"]);
    expect(
      findDatePhrases("Beslut i början av december (20 december 2030) i fullmäktige", { planYear: 2030 }).map(
        (p) => p.text,
      ),
    ).toEqual(["i början av december 20 december 2030"]);
  });
});

describe("fifth batch: a short bullet with a date inside it", () => {
  it("dates the bullet by the date in its middle, and leaves a bullet with only a year", () => {
    const text = [
      "Årshjul 2030",
      "",
      "Så här kan arbetet beskrivas:",
      "",
      "  • Underlag samlas ihop under hösten och blir underlag",
      "  • Kommunfullmäktige beslutar om plan och budget 2031",
      "",
    ].join("\n");
    const entries = read(text).filter((e) => e.parsed.ok);
    expect(entries.map((e) => e.event)).toEqual(["Underlag samlas ihop under hösten och blir underlag"]);
    expect(dated(entries)).toEqual(["2030-08-01..2030-12-31"]);
  });
});

describe("fifth batch, held out: 'Artikel skapad' and its byline", () => {
  it("reads 'Artikel skapad 2013-10-08' as the page's date, and its byline goes on with no entry", () => {
    const text = [
      "Budgetberedningens förslag",
      "",
      "Budgeten klubbas slutgiltigt av kommunfullmäktige den 28 november 2030 efter en lång debatt i salen.",
      "",
      "Artikel skapad 2030-10-08",
      "av Christer Ekstrand",
      "",
    ].join("\n");
    const result = importTimeline({ text });
    if (!result.ok) throw new Error(result.reason);
    const entries = result.timeline.entries.filter((e) => e.parsed.ok);
    expect(dated(entries)).toEqual(["2030-11-28..2030-11-28"]);
    expect(entries[0]?.event).not.toMatch(/Ekstrand/u);
    expect(result.timeline.skipped.find((s) => s.line === 5)?.reason).toBe("page-furniture");
  });
});

describe("fifth batch: a rule for every year and, a few lines on, this year's day (its year at the start of the sentence)", () => {
  const text = [
    "Förbundsmötet",
    "",
    "Förbundsmötet är förbundets högsta beslutande organ. Förbundsmötet sammanträder senast i april varje år för att få information om verksamheten och besluta om verksamhetens styrande dokument.",
    "",
    "2030 genomförs förbundsmötet den 25 april.",
    "",
  ].join("\n");

  it("reads one meeting on the day, the rule in its notes", () => {
    const entries = read(text).filter((e) => e.parsed.ok);
    expect(dated(entries)).toEqual(["2030-04-25..2030-04-25"]);
    expect(entries[0]?.notes).toMatch(/varje år/u);
  });

  it("keeps the rule as an entry when no day of that year follows", () => {
    const rule = text.replace("2030 genomförs förbundsmötet den 25 april.", "Sidan uppdaterad 2030-01-10");
    expect(dated(read(rule).filter((e) => e.parsed.ok))).toEqual(["2030-04-01..2030-04-30"]);
  });
});

describe("fifth batch: a text with no year anywhere", () => {
  it("reads it in the current year and says so on every entry, offering the next", () => {
    const text = [
      "Uppföljning och rapporter",
      "",
      "Delårsrapport",
      "Delårsrapport upprättas per den 31 juli. Delårsrapporten har samma utformning som årsredovisningen, men är något förenklad.",
      "",
    ].join("\n");
    const year = new Date().getUTCFullYear();
    const entries = read(text).filter((e) => e.parsed.ok);
    expect(dated(entries)).toEqual([`${year}-07-31..${year}-07-31`]);
    const note = entries[0]?.readingNotes?.find((n) => n.code === "year-inferred");
    expect(note?.message.en).toMatch(/no year is written/u);
    expect(note?.alternativeWhen).toMatch(new RegExp(`${year + 1}$`, "u"));
  });

  it("adds no such note when a row writes its year, and the plan takes that year", () => {
    // Not "no year anywhere": the year the rows write dates them (and the plan), and a note
    // saying the clock's year was taken would be wrong.
    const result = importTimeline({
      text: "Rapporter\n\n16 april 2031 Beslut om delårsrapport\n12 maj Uppföljning\n",
    });
    expect(result.ok && result.timeline.plan.year).toBe(2031);
    const entries = result.ok ? result.timeline.entries : [];
    expect(dated(entries)).toEqual(["2031-04-16..2031-04-16", "2031-05-12..2031-05-12"]);
    expect(entries.flatMap((e) => e.readingNotes ?? []).filter((n) => n.code === "year-inferred")).toEqual(
      [],
    );
  });

  it("adds no such note when the user gives the year", () => {
    const entries = read(
      "Rapporter\n\nDelårsrapport upprättas per den 31 juli och lämnas till fullmäktige i september samma år.\n",
      2030,
    );
    expect(entries.flatMap((e) => e.readingNotes ?? []).filter((n) => n.code === "year-inferred")).toEqual(
      [],
    );
  });
});

describe("batch 6 (session 7): week and day, bullets under a date, covered periods, drafts, doubled labels", () => {
  it("reads the day a row's text names inside its week, says so and offers the week", () => {
    const result = importTimeline({ text: "Tidplan\n\n2018\n\nV 7\tBudgetperioden stängs 16 februari\n" });
    const entries = result.ok ? result.timeline.entries : [];
    expect(dated(entries)).toEqual(["2018-02-16..2018-02-16"]);
    expect(entries[0]?.when).toBe("V 7, 16 februari");
    const note = entries[0]?.readingNotes?.find((n) => n.code === "day-in-text");
    expect(note?.alternativeWhen).toBe("V 7");
    expect(note?.message.sv).toMatch(/16 februari/u);
  });

  it("keeps the week when the text names a day outside it, or two days", () => {
    expect(dated(read("Tidplan\n\nV 7\tUnderlag till styrelsen 2 mars\n", 2018))).toEqual([
      "2018-02-12..2018-02-16",
    ]);
    expect(dated(read("Tidplan\n\nMars\tKF 12 mars och 26 mars\n", 2018))).toEqual([
      "2018-03-01..2018-03-31",
    ]);
  });

  it("reads a month row whose text names one of its days as that day", () => {
    expect(dated(read("När\tHändelse\nMars\tBeslut i kommunfullmäktige 24 mars\n", 2018))).toEqual([
      "2018-03-24..2018-03-24",
    ]);
  });

  it("gives a sentence with a week and a day inside it one entry, on the day", () => {
    const entries = read(
      "Tidplan\n\nV 45 ->  Produktionsstart 9 november. Utbildningspaket fortsätter löpande under november och december\n",
      2017,
    );
    expect(dated(entries)).toEqual(["2017-11-09..2017-11-09", "2017-11-01..2017-12-31"]);
  });

  it("makes each bullet under a dated heading an entry of its own, on that date", () => {
    const entries = read(
      [
        "Tidplan",
        "",
        "Vecka 38",
        "",
        "  • prognosticerade avskrivningar",
        "  • augustis kontering",
        "",
        "Mitten av november",
        "",
        "Inläsning av:",
        "",
        "  • statsanslag",
        "  • gemensamma kostnader",
      ].join("\n"),
      2018,
    );
    expect(entries.map((e) => e.event)).toEqual([
      "prognosticerade avskrivningar",
      "augustis kontering",
      "Inläsning av: statsanslag",
      "Inläsning av: gemensamma kostnader",
    ]);
    expect(dated(entries)).toEqual([
      "2018-09-17..2018-09-21",
      "2018-09-17..2018-09-21",
      "2018-11-11..2018-11-20",
      "2018-11-11..2018-11-20",
    ]);
  });

  it("keeps a bullet that says who takes part with the item above it", () => {
    const entries = read(
      [
        "Tidplan",
        "",
        "Vecka 6, måndag 6 februari 2023 kl. 18.30",
        "",
        " • Ramberäkning för budget 2024 presenteras.",
        " • Kommunfullmäktige och controllers medverkar.",
      ].join("\n"),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatch(/presenteras\. Kommunfullmäktige och controllers medverkar\.$/u);
  });

  it("reads no entry from the period a report covers or from how often it is made", () => {
    const covered = read(
      "Delårsrapport\n\nVarje höst gör kommunen en delårsrapport. Delårsrapporten omfattar perioden 1 januari till och med 31 augusti och är en uppföljning av ekonomin.\n",
      2022,
    );
    expect(dated(covered)).toEqual(["2022-08-01..2022-12-31"]);
    const often = read(
      "Delårsrapport\n\nEn beskrivning av hur kommunen klarar målen görs i delårsrapporter två gånger per år, 1:a januari till och med 31:a mars och 1:a januari till och med 31:a augusti.\n\nDelårsrapporterna behandlas i kommunstyrelsen i april och september.\n",
      2026,
    );
    expect(dated(often)).toEqual(["2026-04-01..2026-04-30", "2026-09-01..2026-09-30"]);
  });

  it("does not call a date preliminary because the document made then is a draft", () => {
    const draft = read(
      "Bokslut\n\nI februari görs en preliminär bokslutsrapport för att de preliminära siffrorna ska kunna användas.\n",
      2026,
    );
    expect(dated(draft)).toEqual(["2026-02-01..2026-02-28"]);
    const date = read(
      "Möten\n\nNämnden sammanträder nästa gång preliminärt den 24 november, om underlaget hinner bli klart till dess.\n",
      2026,
    );
    expect(dated(date)).toEqual(["2026-11-24..2026-11-24 prel"]);
  });

  it("takes no doubled page label for the title", () => {
    const result = importTimeline({
      text: "Här-är-du Här-är-du\n\nTextPortlet TextPortlet\n\nTidplan - budgetering\n\n2017\n\nV 37\tTestpersoner utbildas\n",
    });
    expect(result.ok && result.timeline.plan.title).toBe("Tidplan - budgetering");
  });
});

describe("batch 6b (session 7): bodies named for what they do, news listings, a year heading 'under 2024'", () => {
  it("takes 'Utskott för …', 'Arbetsgruppen för …' and 'Arbetsgrupp Kultur' for bodies", () => {
    for (const name of [
      "Utskott för Infrastruktur och kollektivtrafik",
      "Utskottet för regional utveckling",
      "Arbetsgruppen för regional utveckling",
      "Arbetsgrupp Kultur",
      "Samordningsgruppen",
    ])
      expect([name, isOrganName(name)]).toEqual([name, true]);
    expect(isOrganName("Möte för alla chefer om budgeten och målen")).toBe(false);
    expect(isOrganName("arbetsgruppen för regional utveckling")).toBe(false);
  });

  it("gives each body's list its own owner and its own year sequence", () => {
    const entries = read(
      [
        "Mötesdagar 2021",
        "",
        "Styrelsen",
        "",
        "15 februari kl 13-13.30",
        "2 december kl 10-12",
        "",
        "Utskottet för regional utveckling",
        "",
        "1 februari kl 10-12",
        "30 april kl 10-12",
        "",
        "Arbetsgrupp Kultur",
        "",
        "10 februari kl 12-15",
      ].join("\n"),
    );
    expect(entries.map((e) => `${e.owner} ${dated([e])[0] ?? ""}`)).toEqual([
      "Styrelsen 2021-02-15..2021-02-15 13:00",
      "Styrelsen 2021-12-02..2021-12-02 10:00",
      "Utskottet för regional utveckling 2021-02-01..2021-02-01 10:00",
      "Utskottet för regional utveckling 2021-04-30..2021-04-30 10:00",
      "Arbetsgrupp Kultur 2021-02-10..2021-02-10 12:00",
    ]);
  });

  it("reads 'Korta avstämningar under 2024' as a year heading and a body after 'till'", () => {
    expect(namedYearHeading("Korta avstämningar under 2024")).toBe(2024);
    expect(meetingsOf("Sammankallande till Samordningsgruppens möten är processledare och ordförande.")).toBe(
      "Samordningsgruppen",
    );
  });

  it("skips the publication dates of a news listing and takes a headline's time from the text under it", () => {
    const entries = read(
      [
        "Fler nyheter",
        "",
        "18 maj 2021",
        "",
        "Regionstyrelsen sammanträder den 19 maj",
        "",
        "Den 19 maj klockan 9 sammanträder regionstyrelsen. Samtliga ledamöter uppmanas att delta digitalt.",
        "",
        "Relaterade nyheter",
        "",
        "Regionfullmäktige sammanträder den 8 september",
        "",
        "6 september 2021",
        "",
        "På onsdag sammanträder regionfullmäktige. Mötet direktsänds som vanligt på vår webbplats.",
      ].join("\n"),
    );
    expect(dated(entries)).toEqual(["2021-05-19..2021-05-19 09:00", "2021-09-08..2021-09-08"]);
  });

  it("reads a year's remaining meetings in parentheses after 'för året'", () => {
    const entries = read(
      "Inställt\n\nNästa möte hålls måndagen den 29 oktober kl. 18.00 för första gången. Resterande sammanträden för året (5 nov, 26 nov och 10 dec) kvarstår.\n",
      2018,
    );
    expect(dated(entries)).toEqual([
      "2018-10-29..2018-10-29 18:00",
      "2018-11-05..2018-11-05,2018-11-26..2018-11-26,2018-12-10..2018-12-10",
    ]);
  });
});

describe("batch 6b (session 7): a list's footnotes and a time broken onto the next line", () => {
  it("makes no entry of a footnote that names the list's days again, and says why", () => {
    const result = importTimeline({
      text: [
        "Mötesdagar 2021",
        "",
        "Ledningsgruppen",
        "",
        "28 januari kl 13.30-14.30 via Teams *",
        "16 september kl 13.30-14.30 via Teams *",
        "",
        "* sammankallande i arbetsgrupperna bjuds in till ledningsgruppens möte den 28/1 samt den 16/9.",
      ].join("\n"),
    });
    const entries = result.ok ? result.timeline.entries : [];
    expect(dated(entries)).toEqual(["2021-01-28..2021-01-28 13:30", "2021-09-16..2021-09-16 13:30"]);
    expect(result.ok && result.timeline.skipped.some((s) => s.reason === "footnote-restated")).toBe(true);
  });

  it("keeps a footnote's day that the list does not give", () => {
    const entries = read(
      [
        "Mötesdagar 2021",
        "",
        "Styrelsen",
        "",
        "7 oktober kl 10-12",
        "",
        "* extra möte den 9/11 vid behov",
      ].join("\n"),
    );
    expect(dated(entries).some((d) => d.startsWith("2021-11-09"))).toBe(true);
  });

  it("gives a date the time written at the start of the line under it", () => {
    const entries = read(
      [
        "Mötestider 2024",
        "",
        "Fredag 25 oktober klockan 9.00–16.00, Planeringsdag",
        "Fredag 29 november",
        "klockan 9.00–16.00, Heldag konferens Tema Barn och unga",
      ].join("\n"),
    );
    expect(dated(entries)).toEqual(["2024-10-25..2024-10-25 09:00", "2024-11-29..2024-11-29 09:00"]);
    expect(entries[1]?.event).toMatch(/^Heldag konferens/u);
  });
});

describe("a sentence that cancels a meeting and says what comes instead (session 7)", () => {
  it("reads the new meeting's day and not the cancelled one", () => {
    const entries = read(
      "Ny kallelse\n\nDärför har presidiet beslutat att ställa in dagens fullmäktige för att istället hålla ett extra fullmäktige som planeras att hållas den 22 december 2021 kl.17. Mer information samt kallelse kommer att skickas under morgondagen, onsdag 15 december.\n",
    );
    expect(dated(entries)).toEqual(["2021-12-22..2021-12-22 17:00", "2021-12-15..2021-12-15"]);
  });

  it("still drops a day the sentence cancels", () => {
    const entries = read(
      "Information\n\nPå grund av få ärenden kommer sammanträdet den 23 mars att ställas in. Nästa sammanträde hålls den 20 april.\n",
      2021,
    );
    expect(dated(entries)).toEqual(["2021-04-20..2021-04-20"]);
  });
});

describe("a year heading that names a body's other meetings (session 7)", () => {
  it("calls the days under 'Korta avstämningar under 2024' so, with the body as owner", () => {
    const entries = read(
      [
        "Samordningsgruppen",
        "",
        "Samordningsgruppen har möten tre gånger per termin.",
        "",
        "Mötestider 2024",
        "",
        "Fredag 22 november klockan 8.30–12.00",
        "",
        "Korta avstämningar under 2024",
        "23 februari 8.00–08.30",
        "5 april 8.00–08.30",
      ].join("\n"),
    );
    expect(entries.map((e) => `${e.event} | ${e.owner} | ${dated([e])[0] ?? ""}`)).toEqual([
      "Samordningsgruppen | Samordningsgruppen | 2024-11-22..2024-11-22 08:30",
      "Korta avstämningar | Samordningsgruppen | 2024-02-23..2024-02-23 08:00",
      "Korta avstämningar | Samordningsgruppen | 2024-04-05..2024-04-05 08:00",
    ]);
  });
});

describe("a report named by the months it follows (session 7, batch 7)", () => {
  it("reads 'Delårsrapporten efter april och augusti' as no date, and the meeting that handles it as one", () => {
    const entries = read(
      "Uppföljning\n\nDelårsrapporten efter april och augusti innehåller även helårsprognoser, och delårsrapporten efter augusti behandlas av fullmäktige i november.\n",
      2026,
    );
    expect(dated(entries)).toEqual(["2026-11-01..2026-11-30"]);
  });
});
