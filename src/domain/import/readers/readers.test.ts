/**
 * The readers of issue 12 on our own small examples: raw lines, bullets, prose, meeting grids,
 * per-organ lists, years across the document, columns. Real documents are scored in test/real.
 */
import { toIsoDate } from "../../dates/plainDate";
import { importTimeline } from "../importTimeline";
import type { TimelineEntry } from "../../types";

const iso = toIsoDate;

function read(text: string, planYear?: number): TimelineEntry[] {
  const result = importTimeline({ text, ...(planYear !== undefined ? { planYear } : {}) });
  if (!result.ok) throw new Error(result.reason);
  return [...result.timeline.entries];
}

function dates(entries: readonly TimelineEntry[]): string[] {
  return entries.map((e) =>
    e.parsed.ok ? e.parsed.occurrences.map((o) => `${iso(o.start)}..${iso(o.end)}`).join(",") : "–",
  );
}

describe("raw text without tabs", () => {
  it("reads a date before or after the event, a weekday and week before it, and 'Period: text'; a later March is next year", () => {
    const entries = read(
      [
        "Tidplan",
        "12 mars Budgetdialog med nämnderna",
        "Vecka 48, måndag 28 november 2022 Budgetberedning",
        "September–oktober: Nämnderna tar fram budgetförslag",
        "Budgetdialog 12 mars",
      ].join("\n"),
      2022,
    );
    expect(entries.map((e) => e.event)).toEqual([
      "Budgetdialog med nämnderna",
      "Budgetberedning",
      "Nämnderna tar fram budgetförslag",
      "Budgetdialog",
    ]);
    expect(dates(entries)).toEqual([
      "2022-03-12..2022-03-12",
      "2022-11-28..2022-11-28",
      "2022-09-01..2022-10-31",
      // After November 2022 and October, March has crossed New Year.
      "2023-03-12..2023-03-12",
    ]);
  });

  it("never splits a line at its commas unless the file really is CSV", () => {
    const entries = read(
      "Vecka 48, måndag 28 november 2022 Budgetberedning\nVecka 50, onsdag 14 december 2022 Ram klar\n",
    );
    expect(entries.map((e) => e.event)).toEqual(["Budgetberedning", "Ram klar"]);
  });

  it("reads bullets under a month heading as entries of that month, and a lower-case line as the one before going on", () => {
    const entries = read(
      "Budget\n\nApril\n• Nämnderna lämnar sina\nbudgetskrivelser.\n- MBL-förhandling\n1. Budgetdialog\n",
      2026,
    );
    expect(entries.map((e) => e.event)).toEqual([
      "Nämnderna lämnar sina budgetskrivelser.",
      "MBL-förhandling",
      "Budgetdialog",
    ]);
    expect(new Set(dates(entries))).toEqual(new Set(["2026-04-01..2026-04-30"]));
  });

  it("reads a line with a day of its own under a heading dated to other days as an item of its own", () => {
    const entries = read(
      "Ny tidplan\n\nBudgetberedning 5-7 oktober\n\nStyrelsens arbetsutskott 8 oktober\n",
      2026,
    );
    expect(dates(entries)).toEqual(["2026-10-05..2026-10-07", "2026-10-08..2026-10-08"]);
  });

  it("keeps a numbered step's caption with the dated line under it, and skips a caption with none", () => {
    const result = importTimeline({
      text: "Årshjul\n\n1. Styrelsen beslutar om ramar\n\nMars: Beslut om ramarna.\n\n2. Uppföljning\n\nSe rapporterna.\n",
      planYear: 2026,
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.timeline.entries.map((e) => [e.event, e.notes])).toEqual([
      ["Beslut om ramarna.", "Styrelsen beslutar om ramar"],
    ]);
    expect(result.timeline.skipped.find((s) => s.text === "Uppföljning")?.reason).toBe("no-date");
  });

  it("reads a long date with a place as the heading of the bullets under it, not as prose", () => {
    const entries = read(
      "Tidplan\n\nVecka 11, tisdag 10 mars 2026 kl. 13.00 – 16.00 i Stora salen, stadshuset\n\n • Beredningen tar fram sitt förslag till ramar.\n",
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toBe("Beredningen tar fram sitt förslag till ramar.");
    expect(entries[0]?.parsed.ok && entries[0].parsed.occurrences[0]?.startTime).toEqual({
      hour: 13,
      minute: 0,
    });
  });

  it("reads a period a line is for ('… för januari-augusti') as a reference: the line is its month heading's", () => {
    const entries = read("Budget\n\nSeptember\n\nDelårsrapporten skrivs för januari-augusti.\n", 2026);
    expect(dates(entries)).toEqual(["2026-09-01..2026-09-30"]);
  });

  it("keeps a short dated line under a short dated heading an item of its own, and a paragraph's narrower date dates its heading", () => {
    const entries = read(
      [
        "Budgetåret",
        "",
        "12 januari Budgetstart",
        "",
        "Analysdagar mars/april",
        "",
        "Förvaltningarna visar sina behov inför nästa års budget.",
        "",
        "Politisk behandling i april/maj",
        "",
        "Budgetupptakt i februari",
        "",
        "I mitten av februari hålls budgetupptakten med alla presidier och ledningar för en genomgång av läget.",
      ].join("\n"),
      2026,
    );
    expect(entries.map((e) => `${e.event} ${dates([e])[0] ?? ""}`)).toEqual([
      "Budgetstart 2026-01-12..2026-01-12",
      "Analysdagar 2026-03-01..2026-04-30",
      "Politisk behandling 2026-04-01..2026-05-31",
      "Budgetupptakt 2026-02-11..2026-02-20",
    ]);
  });

  it("reads a date a PDF broke over two lines ('… och den 26' / 'november 2026 …') as one", () => {
    const entries = read(
      "Tidplan\n\nStyrelsen bereder sedan förslaget till budget den 29 oktober och den 26\nnovember 2026 fattar fullmäktige sitt beslut om budgeten.\n",
    );
    expect(dates(entries)).toEqual(["2026-10-29..2026-10-29,2026-11-26..2026-11-26"]);
  });

  it("under a heading that is only a period, reads a sentence with a finer date of its own as an item too", () => {
    const entries = read(
      [
        "Budget",
        "",
        "Januari–maj",
        "",
        "Arbetet börjar med en genomgång av läget. Styrelsen ger nämnderna sina ramar i månadsskiftet maj - juni.",
        "",
        "Juni–september",
        "",
        "Nämnderna skriver sina förslag. De lämnar förslagen till styrelsen i september.",
      ].join("\n"),
      2026,
    );
    expect(dates(entries)).toEqual([
      "2026-01-01..2026-05-31",
      "2026-05-21..2026-06-10",
      "2026-06-01..2026-09-30",
    ]);
    expect(entries[1]?.event).toContain("ramar i månadsskiftet");
  });

  it("skips web page furniture and says why", () => {
    const result = importTimeline({
      text: "Budget\n\n12 mars Budgetdialog\nSidan uppdaterad 2019-03-20\n",
      planYear: 2026,
    });
    expect(result.ok && result.timeline.entries).toHaveLength(1);
    expect(result.ok && result.timeline.skipped.map((s) => s.reason)).toContain("page-furniture");
  });
});

describe("prose", () => {
  it("gives one entry per dated clause, marked as read from prose", () => {
    const entries = read(
      "Budgetprocessen\n\nI slutet av mars fattar styrelsen beslut om budgetramarna och i början av maj skickas anvisningarna ut till nämnderna.\n",
      2026,
    );
    expect(entries.map((e) => e.when)).toEqual(["I slutet av mars", "i början av maj"]);
    expect(dates(entries)).toEqual(["2026-03-21..2026-03-31", "2026-05-01..2026-05-10"]);
    expect(entries.every((e) => e.fromProse === true)).toBe(true);
  });

  it("cuts a sentence where the second dated clause begins, so each entry keeps its own subject", () => {
    const entries = read(
      "Budget\n\nPlanen med budget för nästa år behandlas av styrelsen i oktober och fastställs sedan av fullmäktige i november.\n",
      2026,
    );
    expect(entries.map((e) => e.event)).toEqual([
      "Planen med budget för nästa år behandlas av styrelsen i oktober",
      "fastställs sedan av fullmäktige i november.",
    ]);
    expect(dates(entries)).toEqual(["2026-10-01..2026-10-31", "2026-11-01..2026-11-30"]);
  });

  it("ends a date at the end of its sentence ('… i juni. I oktober …' is two dates)", () => {
    const entries = read(
      "Budget\n\nFullmäktige tar det sista beslutet om ramarna för nämnderna i juni. I oktober stämmer styrelsen av hur arbetet går inför beslutet.\n",
      2026,
    );
    expect(dates(entries)).toEqual(["2026-06-01..2026-06-30", "2026-10-01..2026-10-31"]);
  });

  it("gives no entry for a clause that says no meeting takes place then", () => {
    const entries = read(
      "Mötesplan\n\nI mars håller styrelsen sin budgetdialog med alla nämnder och bolag. I juli sker inga politiska sammanträden alls i kommunen.\n",
      2026,
    );
    expect(dates(entries)).toEqual(["2026-03-01..2026-03-31"]);
  });

  it("dates a clause by a date restated in parentheses, and says so when the two disagree", () => {
    const entries = read(
      "Budget\n\nKontoret skickar sitt förslag till direktiv till alla nämnder och bolag i början av mars (16 mars 2026). Nämnderna svarar i april (14 april 2026) med sina synpunkter.\n",
    );
    expect(entries.map((e) => e.when)).toEqual(["16 mars 2026", "14 april 2026"]);
    expect(dates(entries)).toEqual(["2026-03-16..2026-03-16", "2026-04-14..2026-04-14"]);
    expect(entries[0]?.readingNotes?.find((n) => n.code === "restated-date")?.alternativeWhen).toBe(
      "i början av mars",
    );
    // 14 April is in April: nothing to say.
    expect(entries[1]?.readingNotes?.some((n) => n.code === "restated-date") ?? false).toBe(false);
  });

  it("lets two dates with nothing between them that begins a clause share the clause", () => {
    const entries = read(
      "Budget\n\nEfter samråd under perioden mars till maj lägger styrelsen fram sitt förslag på ett extra möte i början av juni.\n",
      2026,
    );
    expect(entries).toHaveLength(2);
    expect(entries[0]?.event).toBe(entries[1]?.event);
    expect(entries[1]?.event).toContain("Efter samråd");
  });

  it("reads a dated paragraph above a body of prose as part of it, not as an intro", () => {
    const entries = read(
      [
        "Så tas budgeten fram",
        "",
        "Arbetet med nästa års budget börjar i februari när styrelsen ger nämnderna sina direktiv för året.",
        "",
        "I mitten av juni samlas fullmäktige för att debattera budgetförslagen och besluta om budgeten.",
      ].join("\n"),
      2026,
    );
    expect(dates(entries)).toEqual(["2026-02-01..2026-02-28", "2026-06-11..2026-06-20"]);
  });

  it("keeps a summary paragraph above month headings as the intro it is", () => {
    const entries = read(
      [
        "Budget",
        "",
        "Arbetet med budgeten pågår från november fram till fullmäktiges beslut i juni varje år i kommunen.",
        "",
        "November",
        "• Förutsättningarna uppdateras.",
        "Juni",
        "• Fullmäktige beslutar.",
      ].join("\n"),
      2026,
    );
    expect(entries.map((e) => e.event)).toEqual(["Förutsättningarna uppdateras.", "Fullmäktige beslutar."]);
  });

  it("skips the date under a footer label ('Senast uppdaterad:') and does not start the body there", () => {
    const result = importTimeline({
      text: "Så planerar vi\n\nStyrelsen fastställer planeringsdirektivet i oktober och därefter fattar fullmäktige beslut i november.\n\nSenast uppdaterad:\n16 maj 2025\n",
      planYear: 2025,
    });
    expect(result.ok && dates(result.timeline.entries)).toEqual([
      "2025-10-01..2025-10-31",
      "2025-11-01..2025-11-30",
    ]);
    expect(result.ok && result.timeline.skipped.find((s) => s.text === "16 maj 2025")?.reason).toBe(
      "page-furniture",
    );
  });
});

describe("meeting calendars", () => {
  it("reads the organ × month grid with a time column and a footnote legend", () => {
    const entries = read(
      [
        "Sammanträdestider 2022",
        "Organ\tTid\tJan\tFeb\tMars\tApr",
        "Kommunfullmäktige\t13.00\t10*\t7\t-\t4",
        "Kommunstyrelsen\t13.30\t19\t16\t16\t13",
        "Sociala utskottet\t8.00\t13,27\t10,24\t10,24\t7,21",
        "*Extra sammanträdestid vid behov.",
      ].join("\n"),
    );
    expect(entries).toHaveLength(15);
    const kf = entries.filter((e) => e.event === "Kommunfullmäktige");
    expect(dates(kf)).toEqual(["2022-01-10..2022-01-10", "2022-02-07..2022-02-07", "2022-04-04..2022-04-04"]);
    expect(kf[0]?.parsed.ok && kf[0].parsed.tentative).toBe(true);
    expect(kf[1]?.parsed.ok && kf[1].parsed.tentative).toBe(false);
    expect(kf[0]?.parsed.ok && kf[0].parsed.occurrences[0]?.startTime).toEqual({ hour: 13, minute: 0 });
  });

  it("says the legend under a grid was read as its legend", () => {
    const result = importTimeline({
      text: "Organ\tJan\tFeb\tMars\tApr\nKS\t19*\t16\t16\t13\n*Extra vid behov\n",
      planYear: 2022,
    });
    expect(result.ok && result.timeline.skipped.find((s) => s.text.startsWith("*"))?.reason).toBe(
      "grid-legend",
    );
  });

  it("gives a cell's own time to its day only ('5, 19 (08.00)')", () => {
    const entries = read("Organ\tTid\tJan\tFeb\tMars\tJuni\nKS\t13:00\t16\t13\t13\t5, 19(08.00)\n", 2023);
    const june = entries.filter((e) => e.parsed.ok && e.parsed.occurrences[0]?.start.month === 6);
    expect(june.map((e) => (e.parsed.ok ? e.parsed.occurrences[0]?.startTime : undefined))).toEqual([
      { hour: 13, minute: 0 },
      { hour: 8, minute: 0 },
    ]);
  });

  it("gives the row's time to a cell that is a date of its own ('4/1-23' in December)", () => {
    const entries = read("Organ\tSep\tOkt\tNov\tDec\tTid\nKS\t5\t3\t7\t4/1-23\t9.00\n", 2022);
    const last = entries[entries.length - 1];
    expect(dates(entries).pop()).toBe("2023-01-04..2023-01-04");
    expect(last?.parsed.ok && last.parsed.occurrences[0]?.startTime).toEqual({ hour: 9, minute: 0 });
  });

  it("reads a grid copied one cell per line in step after a row that lost cells, and says which row it left out", () => {
    const cell = (values: string[]): string => values.join("\n\n");
    const text = [
      "Mötestider 2024",
      "",
      cell(["Organ", "Jan", "Feb", "Mar", "Apr", "Klockan"]),
      "",
      cell(["Kommunstyrelsen", "9", "6", "5", "2", "13.00"]),
      "",
      // Meets when needed: the copy gave one cell for its four months.
      "Valnämnden\n(vid behov)",
      "",
      cell(["1417", "10:00"]),
      "",
      cell(["Byggnadsnämnden", "16", "13", "12", "9", "18.00"]),
      "",
    ].join("\n");
    const result = importTimeline({ text });
    if (!result.ok) throw new Error(result.reason);
    const bygg = result.timeline.entries.filter(
      (e) => e.owner === "Byggnadsnämnden" || e.event === "Byggnadsnämnden",
    );
    expect(dates(bygg)).toEqual([
      "2024-01-16..2024-01-16",
      "2024-02-13..2024-02-13",
      "2024-03-12..2024-03-12",
      "2024-04-09..2024-04-09",
    ]);
    expect(result.timeline.entries.some((e) => /Valnämnden/u.test(`${e.event} ${e.owner}`))).toBe(false);
    expect(result.timeline.skipped.find((s) => s.reason === "grid-row-unaligned")?.text).toMatch(
      /^Valnämnden/u,
    );
  });

  it("gives a marked day the time its legend names, also when the grid was copied one cell per line", () => {
    const cell = (values: string[]): string => values.join("\n\n");
    const text = [
      "Mötestider 2024",
      "",
      cell(["Organ", "Jan", "Feb", "Mar", "Apr", "Klockan"]),
      "",
      cell(["Kommunstyrelsen", "9", "6*", "5", "2", "13.00"]),
      "",
      cell(["Byggnadsnämnden", "16", "13", "12", "9", "18.00"]),
      "",
      "* Mötet 6 februari börjar kl. 9.15",
    ].join("\n");
    const result = importTimeline({ text });
    if (!result.ok) throw new Error(result.reason);
    const feb = result.timeline.entries.find(
      (e) => e.event === "Kommunstyrelsen" && dates([e])[0] === "2024-02-06..2024-02-06",
    );
    expect(feb?.parsed.ok && feb.parsed.occurrences[0]?.startTime).toEqual({ hour: 9, minute: 15 });
    expect(feb?.parsed.ok && feb.parsed.tentative).toBe(false);
    const jan = result.timeline.entries.find((e) => e.event === "Kommunstyrelsen");
    expect(jan?.parsed.ok && jan.parsed.occurrences[0]?.startTime).toEqual({ hour: 13, minute: 0 });
    expect(result.timeline.skipped.find((s) => s.text.startsWith("*"))?.reason).toBe("grid-legend");
    expect(result.timeline.entries).toHaveLength(8);
  });

  it("reads the transposed grid (months as rows)", () => {
    const entries = read(
      "2025\tKF\tKS\nTid\tKl. 18\tKl. 13\nJanuari\t\t21\nFebruari\t11\t19\nMars\t\t18\nApril\t1\t29\n",
    );
    expect(entries.map((e) => `${e.event} ${dates([e])[0] ?? ""}`)).toEqual([
      "KS 2025-01-21..2025-01-21",
      "KF 2025-02-11..2025-02-11",
      "KS 2025-02-19..2025-02-19",
      "KS 2025-03-18..2025-03-18",
      "KF 2025-04-01..2025-04-01",
      "KS 2025-04-29..2025-04-29",
    ]);
  });

  it("reads per-organ lists under organ headings with years, one entry per meeting, the body as owner", () => {
    const entries = read(
      "Sammanträden\n\nKommunstyrelsen 2025\n\n25 januari, 22 februari och 15 mars\n\nKommunfullmäktige\n\n• 3 februari\n• 7 april (inställt)\n",
    );
    expect(entries.map((e) => [e.event, e.owner, dates([e])[0]])).toEqual([
      ["Kommunstyrelsen", "Kommunstyrelsen", "2025-01-25..2025-01-25"],
      ["Kommunstyrelsen", "Kommunstyrelsen", "2025-02-22..2025-02-22"],
      ["Kommunstyrelsen", "Kommunstyrelsen", "2025-03-15..2025-03-15"],
      ["Kommunfullmäktige", "Kommunfullmäktige", "2025-02-03..2025-02-03"],
    ]);
  });

  it("flags a footnote digit glued to a day instead of reading another day", () => {
    const entries = read("Organ\tJan\tFeb\tMars\tApr\nKS\t19\t16\t295\t13\n", 2022);
    const march = entries.find((e) => e.parsed.ok && e.parsed.occurrences[0]?.start.month === 3);
    expect(march && dates([march])).toEqual(["2022-03-29..2022-03-29"]);
    expect(march?.readingNotes?.[0]?.code).toBe("footnote-digit");
  });
});

describe("years across the document", () => {
  it("lets a row with a written year set the year of the undated rows after it", () => {
    const entries = read("Tidplan budget 2024\n\n28 november 2022 Direktiv\nMars till april Förslag\n");
    expect(dates(entries)).toEqual(["2022-11-28..2022-11-28", "2023-03-01..2023-04-30"]);
  });

  it("reads a budget title's year as the year after the process", () => {
    const entries = read("Tidplan budget 2024\n\nMars: Direktiv\nOktober: Beslut i KF\n");
    expect(dates(entries)).toEqual(["2023-03-01..2023-03-31", "2023-10-01..2023-10-31"]);
    // Inferred, with the budget year as the other reading.
    expect(entries[0]?.readingNotes?.[0]?.alternativeWhen).toBe("Mars 2024");
    expect(entries[0]?.readingNotes?.[0]?.message.sv).toContain("budgetåret 2024");
  });

  it("crosses New Year once, and not again for a wheel that goes back a second time", () => {
    const entries = read(
      "Årshjul\n\nSeptember: Start\nDecember: Utkast\nFebruari: Ramar\nNovember: Beslut\nMars: Bokslut\n",
      2025,
    );
    expect(entries.map((e) => (e.parsed.ok ? e.parsed.occurrences[0]?.start.year : 0))).toEqual([
      2024, 2024, 2025, 2025, 2025,
    ]);
    expect(entries[4]?.readingNotes?.[0]?.code).toBe("year-inferred");
  });

  it("reads a row that crosses New Year in the year it starts in, when the rows before it move back a year", () => {
    const entries = read(
      "Årshjul\n\nSeptember-oktober: Start\nDecember-januari: Underlag\nFebruari: Ramar\nMars: Beslut\nMaj: Nämnder\n",
      2025,
    );
    expect(dates(entries).slice(0, 3)).toEqual([
      "2024-09-01..2024-10-31",
      "2024-12-01..2025-01-31",
      "2025-02-01..2025-02-28",
    ]);
    // Not silent: the year of the crossing row is inferred.
    expect(entries[1]?.readingNotes?.map((n) => n.code)).toContain("year-inferred");
  });

  it("does not cross New Year when prose goes back in the months, and says which year it took", () => {
    const entries = read(
      [
        "Nyheter",
        "",
        "Fullmäktige fattar beslut om nämndernas ramar i juni, och i november fattar fullmäktige sitt budgetbeslut för nästa år.",
        "",
        "Styrelsen beslutar om sitt förslag till budget på sitt ordinarie sammanträde den 26 maj inför fullmäktiges beslut.",
      ].join("\n"),
      2026,
    );
    expect(dates(entries)).toEqual([
      "2026-06-01..2026-06-30,2026-11-01..2026-11-30",
      "2026-05-26..2026-05-26",
    ]);
    expect(entries[1]?.readingNotes?.find((n) => n.code === "year-inferred")?.alternativeWhen).toBe(
      "den 26 maj 2027",
    );
  });

  it("does not cross New Year for a period that spans the month the plan has reached", () => {
    // Found by the bench's date-ordered plan: "våren" (January–June) among June's rows was read
    // as going back to January, so it and every row after it landed in the next year.
    const entries = read(
      "Tidplan 2027\n\n3 juni: MBL\nVåren: Uppföljning\n12 juni: Beslut\nJanuari–juni: Rapport\nSeptember: Start\n",
    );
    expect(dates(entries)).toEqual([
      "2027-06-03..2027-06-03",
      "2027-01-01..2027-06-30",
      "2027-06-12..2027-06-12",
      "2027-01-01..2027-06-30",
      "2027-09-01..2027-09-30",
    ]);
    // Not silent: each such period says it was read in the same year and offers the next.
    expect(
      entries.map((e) => e.readingNotes?.find((n) => n.code === "year-inferred")?.alternativeWhen),
    ).toEqual([undefined, "Våren 2028", undefined, "Januari–juni 2028", undefined]);
    // A period that does not hold it still goes back: after November, "januari–mars" is next year.
    const later = read("Tidplan 2027\n\n5 november: Budget\nJanuari–mars: Uppföljning\n");
    expect(dates(later)[1]).toBe("2028-01-01..2028-03-31");
  });

  it("applies year headings of every shape", () => {
    const entries = read("Sammanträdestider 2025\n\nKommunfullmäktige 2026\n\n3 februari\n");
    expect(dates(entries)).toEqual(["2026-02-03..2026-02-03"]);
  });
});

describe("cells and columns", () => {
  it("keeps a column with an unknown header, and text in angle brackets that is no tag", () => {
    const result = importTimeline({
      text: "När\tHändelse\tAnsvar\tPlats\n5 mars\t<preliminär> Budgetdialog\tKS\tStadshuset\n6 mars\t-\tx\t\n",
      planYear: 2026,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.timeline.extraColumns).toEqual(["Plats"]);
    expect(result.timeline.entries[0]?.event).toBe("<preliminär> Budgetdialog");
    expect(result.timeline.entries[0]?.extra).toEqual([{ header: "Plats", value: "Stadshuset" }]);
    expect(result.timeline.entries[1]?.event).toBe("");
    expect(result.timeline.entries[1]?.owner).toBe("");
  });
});

describe("bug: a 1 MB line of letters froze the pane (a body-name pattern backtracked over it)", () => {
  it("answers at once that a megabyte of one word, or of a body's name, is no timeline", () => {
    for (const text of ["x".repeat(1_048_576), "Kommunstyrelsen ".repeat(20_000)]) {
      const result = importTimeline({ text });
      // Not-a-timeline, and quickly enough that jest's 5 s test timeout never comes near.
      expect(result.ok).toBe(false);
    }
  });
});

describe("bug: a flattened grid row with more cells than months put the extra days in the last month without a word", () => {
  it("says the columns could not be read for certain", () => {
    const entries = read("Nämnd Tid Jan Feb Mars April\nKS 13:00 19 16 16 13 27\n", 2022);
    const april = entries.filter((e) => e.parsed.ok && e.parsed.occurrences[0]?.start.month === 4);
    expect(april.length).toBe(2);
    expect(april.every((e) => e.readingNotes?.some((n) => n.code === "grid-columns"))).toBe(true);
  });
});
