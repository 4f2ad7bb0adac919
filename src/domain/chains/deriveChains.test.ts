import { plainDate } from "../dates/plainDate";
import { importRows } from "../import/importRows";
import type { RawRow, Timeline } from "../types";
import { entrySpan } from "../validate/entryDates";
import { validateTimeline } from "../validate/validateTimeline";
import { applyDerived } from "./applyDerived";
import { defaultChainTemplates, readChainRules } from "./chainRules";
import { deriveChains } from "./deriveChains";
import { readMark } from "./marker";
import { markedMeetings } from "./meetings";

const PLAN = { title: "Sammanträdesplan", year: 2027 };
const KS_CHAIN = [
  ["Regel", "På/Av", "Värde", "Kommentar"],
  [
    "Kedja: Kommunstyrelsen",
    "På",
    "ärendestopp 10 arbetsdagar före (påminnelse); presidium 7 dagar före; kallelse 5 dagar före; justering senast 14 dagar efter; anslag senast 2 dagar efter justering",
    "",
  ],
];
const templates = readChainRules(KS_CHAIN).templates;

function tableOf(rows: readonly Omit<RawRow, "line">[]): Timeline {
  return importRows(
    rows.map((row, i) => ({ ...row, line: i + 5 })),
    PLAN,
  );
}

const dateOf = (timeline: Timeline, id: string) => {
  const entry = timeline.entries.find((e) => e.id === id);
  return entry === undefined ? undefined : entrySpan(entry)?.start;
};

describe("deriveChains", () => {
  const plan = tableOf([
    { id: "ks1", when: "2027-04-01", event: "Kommunstyrelsen", owner: "Kommunstyrelsen", notes: "" },
    { id: "b1", when: "12 april", event: "Budgetdialog med nämnderna", owner: "Ekonomi", notes: "" },
  ]);

  it("adds one row per step, linked to the meeting, counted in working days across Easter", () => {
    const result = deriveChains(plan, templates);
    expect(result.meetings).toBe(1);
    expect(result.adds.map((a) => a.step)).toEqual([
      "ärendestopp",
      "presidium",
      "kallelse",
      "justering",
      "anslag",
    ]);
    const stop = result.adds[0];
    expect(stop?.when).toBe("senast 16 mars");
    expect(stop?.event).toBe("Ärendestopp – Kommunstyrelsen 1 april");
    expect(stop?.id).toBe("ks1-arendestopp");
    expect(readMark(stop?.notes ?? "")?.meetingId).toBe("ks1");
    // Kallelse 5 days before lands on påskafton: moved back to skärtorsdagen.
    expect(result.adds[2]?.date).toEqual(plainDate(2027, 3 /* mar */, 25));
    expect(result.adds[2]?.movedFrom?.date).toEqual(plainDate(2027, 3 /* mar */, 27));
    expect(result.findings).toEqual([]);
  });

  it("derives nothing new the second time", () => {
    const once = applyDerived(plan, deriveChains(plan, templates));
    const again = deriveChains(once, templates);
    expect(again.adds).toEqual([]);
    expect(again.updates).toEqual([]);
    expect(again.unchanged).toBe(5);
  });

  it("re-derives after the meeting moves, changing only the derived rows and leaving a hand-edited one", () => {
    const derived = applyDerived(plan, deriveChains(plan, templates));
    // The user edits the presidium by hand, then moves the meeting a week on.
    const rows: Omit<RawRow, "line">[] = derived.entries.map((e) => ({
      id: e.id,
      when: e.id === "ks1" ? "2027-04-08" : e.id === "ks1-presidium" ? "24 mars" : e.when,
      event: e.event,
      owner: e.owner,
      notes: e.notes,
    }));
    const moved = tableOf(rows);
    const result = deriveChains(moved, templates);
    expect(result.adds).toEqual([]);
    expect(result.updates.map((u) => u.id).sort()).toEqual([
      "ks1-anslag",
      "ks1-arendestopp",
      "ks1-justering",
      "ks1-kallelse",
    ]);
    expect(result.handEdited).toEqual(["ks1-presidium"]);
    const finding = result.findings.find((f) => f.code === "chain-hand-edited");
    expect(finding?.entryId).toBe("ks1-presidium");
    expect(finding?.severity).toBe("warning");
    expect(finding?.message.sv).toContain("ändrad för hand");
    expect(finding?.message.en).toContain("edited by hand");

    const after = applyDerived(moved, result);
    // Only derived rows changed: the meeting and the budget row are as the user left them.
    for (const id of ["ks1", "b1"])
      expect(after.entries.find((e) => e.id === id)).toEqual(moved.entries.find((e) => e.id === id));
    expect(dateOf(after, "ks1-presidium")).toEqual(plainDate(2027, 3 /* mar */, 24));
    // Ärendestopp 10 working days before Thursday 8 April: 7, 6, 5, 2, 1 April, 31, 30, 25, 24, 23 March.
    expect(dateOf(after, "ks1-arendestopp")).toEqual(plainDate(2027, 3 /* mar */, 23));
    expect(after.entries.find((e) => e.id === "ks1-kallelse")?.event).toBe(
      "Kallelse – Kommunstyrelsen 8 april",
    );
    // The next derive finds the updated rows untouched.
    const third = deriveChains(after, templates);
    expect(third.updates).toEqual([]);
    expect(third.handEdited).toEqual(["ks1-presidium"]);
  });

  it("reports a derived row whose meeting is gone and leaves it", () => {
    const derived = applyDerived(plan, deriveChains(plan, templates));
    const withoutMeeting: Timeline = { ...derived, entries: derived.entries.filter((e) => e.id !== "ks1") };
    const result = deriveChains(withoutMeeting, templates);
    expect(result.updates).toEqual([]);
    expect(result.findings.filter((f) => f.code === "chain-orphan")).toHaveLength(5);
  });

  it("reports a chain that does not fit after the organ's previous meeting", () => {
    const tight = tableOf([
      { id: "ks1", when: "2027-09-14", event: "Kommunstyrelsen", owner: "Kommunstyrelsen", notes: "" },
      { id: "ks2", when: "2027-09-21", event: "Kommunstyrelsen", owner: "Kommunstyrelsen", notes: "" },
      { id: "ks3", when: "2027-09-22", event: "Kommunstyrelsen", owner: "Kommunstyrelsen", notes: "" },
    ]);
    const notFit = deriveChains(tight, templates).findings.filter((f) => f.code === "chain-does-not-fit");
    // ks2 (Tue 21 Sep): ärendestopp 7 Sep is before ks1 (14 Sep); presidium on its day is not.
    // ks3 (Wed 22 Sep): ärendestopp 8 Sep, presidium 15 Sep and kallelse 17 Sep are all before ks2.
    expect(notFit.map((f) => `${f.entryId}→${f.relatedEntryIds?.join()}: ${f.short?.sv}`)).toEqual([
      "ks2→ks1: ärendestopp före förra sammanträdet",
      "ks3→ks2: ärendestopp före förra sammanträdet",
      "ks3→ks2: presidium före förra sammanträdet",
      "ks3→ks2: kallelse före förra sammanträdet",
    ]);
    expect(notFit.every((f) => f.severity === "warning" && f.message.en.includes("does not fit"))).toBe(true);
  });

  it("reports two chains needing the same presidium", () => {
    const rules = readChainRules([["Kedja: Socialnämnden", "På", "presidium 2 dagar före", ""]]).templates;
    const t = tableOf([
      { id: "sn1", when: "2027-05-09", event: "Socialnämnden", owner: "Socialnämnden", notes: "" },
      { id: "sn2", when: "2027-05-10", event: "Socialnämnden", owner: "Socialnämnden", notes: "" },
    ]);
    const result = deriveChains(t, rules);
    // 9 May − 2 = Friday 7 May; 10 May − 2 = Saturday 8 May, moved back to Friday 7 May.
    expect(result.adds.map((a) => a.date)).toEqual([
      plainDate(2027, 5 /* may */, 7),
      plainDate(2027, 5 /* may */, 7),
    ]);
    const shared = result.findings.filter((f) => f.code === "chain-shared-step");
    expect(shared).toHaveLength(1);
    expect(shared[0]?.entryId).toBe("sn2");
    expect(shared[0]?.relatedEntryIds).toEqual(["sn1"]);
    expect(shared[0]?.message.sv).toContain("samma presidium");
    expect(shared[0]?.message.en).toContain("same presidium");
  });

  it("gives a fortnightly organ chains the check accepts (after-meeting looks in the row's own chain)", () => {
    const fortnightly = tableOf(
      ["2027-02-04", "2027-02-18", "2027-03-04", "2027-03-18"].map((when, i) => ({
        id: `ks${i + 1}`,
        when,
        event: "Kommunstyrelsen",
        owner: "Kommunstyrelsen",
        notes: "",
      })),
    );
    const all = readChainRules([["Regel"]]).templates;
    const derived = applyDerived(fortnightly, deriveChains(fortnightly, all));
    expect(derived.entries.filter((e) => /^Laga kraft/u.test(e.event))).toHaveLength(4);
    // Before the fix, ks1's laga kraft was measured from ks2's anslag (a later chain) and was an error.
    expect(validateTimeline(derived).filter((f) => f.code === "after-meeting")).toEqual([]);
  });

  it("leaves the law to the check: a chain with the kungörelse less than a week before gives announcement errors", () => {
    const short = readChainRules([["Kedja: fullmäktige", "På", "kungörelse 5 dagar före", ""]]).templates;
    const council = tableOf([
      { id: "kf1", when: "2027-06-14", event: "Kommunfullmäktige", owner: "Kommunfullmäktige", notes: "" },
    ]);
    const derived = applyDerived(council, deriveChains(council, short));
    const announcement = validateTimeline(derived).filter((f) => f.code === "announcement");
    expect(announcement.map((f) => [f.entryId, f.severity])).toEqual([["kf1-kungorelse", "error"]]);
    // The default chain (7 dagar före) keeps the law.
    const lawful = applyDerived(council, deriveChains(council, readChainRules([]).templates));
    expect(validateTimeline(lawful).filter((f) => f.code === "announcement")).toEqual([]);
  });

  it("takes only meetings: not a dialogue with a board, nor a meeting of no organ; a meeting on several days is named", () => {
    const all = readChainRules([]).templates;
    const t = tableOf([
      {
        id: "d1",
        when: "12 mars",
        event: "Dialog med stadsdelsnämnden",
        owner: "Förvaltningsgruppen",
        notes: "",
      },
      {
        id: "c1",
        when: "15 mars",
        event: "Chefsmöte med alla enhetschefer",
        owner: "Förvaltningschef",
        notes: "",
      },
      {
        id: "s1",
        when: "4, 11 och 18 maj",
        event: "Socialnämnden sammanträder",
        owner: "Socialnämnden",
        notes: "",
      },
      { id: "b1", when: "20 maj", event: "Barn- och utbildningsnämnden", owner: "", notes: "" },
    ]);
    const result = deriveChains(t, all);
    expect(result.meetings).toBe(1);
    expect(new Set(result.adds.map((a) => a.meetingId))).toEqual(new Set(["b1"]));
    expect(result.findings.map((f) => [f.code, f.entryId])).toEqual([["chain-meeting-dates", "s1"]]);
  });

  it("takes a row the user marked as a meeting in Kategori (Möte)", () => {
    const rows: RawRow[] = [
      {
        line: 5,
        id: "ks1",
        when: "1 april",
        event: "Kommunstyrelsen beslutar om budget 2028",
        owner: "KS",
        notes: "",
        category: "Möte",
      },
      {
        line: 6,
        id: "ks2",
        when: "8 april",
        event: "Kommunstyrelsen beslutar om taxor",
        owner: "KS",
        notes: "",
        category: "Beslut",
      },
    ];
    const t = importRows(rows, PLAN);
    expect(deriveChains(t, templates).meetings).toBe(0);
    const marked = deriveChains(t, readChainRules([]).templates, { markedMeetings: markedMeetings(rows) });
    expect(marked.meetings).toBe(1);
    expect(new Set(marked.adds.map((a) => a.meetingId))).toEqual(new Set(["ks1"]));
  });

  it("uses the generic chain of the organ's level when it has none of its own", () => {
    const defaults = readChainRules([["Regel", "På/Av", "Värde", "Kommentar"]]).templates;
    const t = tableOf([
      { id: "kf1", when: "2027-06-14", event: "Kommunfullmäktige", owner: "KF", notes: "" },
      { id: "bun1", when: "2027-06-15", event: "Barn- och utbildningsnämnden", owner: "BUN", notes: "" },
    ]);
    const result = deriveChains(t, defaults);
    expect(result.meetings).toBe(2);
    const kungörelse = result.adds.find((a) => a.meetingId === "kf1" && a.step === "kungörelse");
    // At least a week before Monday 14 June: Monday 7 June.
    expect(kungörelse?.date).toEqual(plainDate(2027, 6 /* jun */, 7));
    expect(result.adds.some((a) => a.meetingId === "bun1" && a.step === "presidium")).toBe(true);
  });
});

describe("a committee's meetings", () => {
  it("do not take their styrelse's chain: Kommunstyrelsens arbetsutskott gets none from the defaults, its own with Kedja: utskott", () => {
    const plan = tableOf([
      { id: "au1", when: "2027-04-13", event: "Kommunstyrelsens arbetsutskott", owner: "", notes: "" },
      { id: "ks1", when: "2027-04-27", event: "Kommunstyrelsen", owner: "", notes: "" },
    ]);
    const defaults = defaultChainTemplates();
    const withDefaults = deriveChains(plan, defaults);
    expect(new Set(withDefaults.adds.map((a) => a.meetingId))).toEqual(new Set(["ks1"]));
    const own = readChainRules([
      ["Regel", "På/Av", "Värde", "Kommentar"],
      ["Kedja: utskott", "På", "kallelse 3 dagar före; justering senast 7 dagar efter", ""],
    ]).templates;
    const withOwn = deriveChains(plan, [...defaults, ...own]);
    expect(withOwn.adds.filter((a) => a.meetingId === "au1").map((a) => a.step)).toEqual([
      "kallelse",
      "justering",
    ]);
  });
});
