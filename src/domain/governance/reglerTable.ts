/**
 * The Regler table: the municipality's own settings of the governance rules, one row per rule
 * (Regel, På/Av, Värde, Kommentar). "Skapa regeltabell" writes {@link reglerDefaultRows}; the
 * check and the CLI read it back with {@link readRegler}. Reading never throws: a cell that
 * cannot be read is a problem in the result, and the rule keeps its default.
 */
import { chainDefaultRows, isChainRule } from "../chains/chainRules";
import { monthFromWord } from "../dates/months";
import { isValidDate, parseIsoDate, toIsoDate } from "../dates/plainDate";
import type { Bilingual, Language } from "../types";
import type { Organisation } from "./bodies";
import { DEFAULT_GOVERNANCE, type DischargeOrder, type GovernanceSettings } from "./settings";

/** The table's (and the sheet's) name. */
export const REGLER_TABLE_NAME = "Regler";

/** The header row, by language; both are recognised on reading. */
export const REGLER_HEADERS: Readonly<Record<Language, readonly string[]>> = {
  sv: ["Regel", "På/Av", "Värde", "Kommentar"],
  en: ["Rule", "On/Off", "Value", "Comment"],
};

type Apply = (settings: Mutable, on: boolean, value: string) => Bilingual | undefined;
type Mutable = { -readonly [K in keyof GovernanceSettings]: GovernanceSettings[K] } & { off: Set<string> };

interface RuleRow {
  /** The Regel cell, as written by "Skapa regeltabell" (read case-insensitively). */
  readonly name: string;
  readonly on: boolean;
  readonly value: string;
  readonly comment: Bilingual;
  readonly apply: Apply;
}

const onOff =
  (code: string): Apply =>
  (s, on) => {
    if (!on) s.off.add(code);
    return undefined;
  };

function wholeNumber(value: string, min: number, max: number): number | undefined {
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

const notNumber = (value: string, min: number, max: number): Bilingual => ({
  sv: `"${value}" är inte ett heltal mellan ${min} och ${max}.`,
  en: `"${value}" is not a whole number from ${min} to ${max}.`,
});

/** A rule on/off plus a whole-number setting. */
const numberRule =
  (code: string, key: NumberKey, min: number, max: number): Apply =>
  (s, on, value) => {
    if (!on) s.off.add(code);
    if (value.trim() === "") return undefined;
    const n = wholeNumber(value, min, max);
    if (n === undefined) return notNumber(value, min, max);
    s[key] = n;
    return undefined;
  };

type NumberKey = "announcementDays" | "minutesCheckedDays" | "interimReportMonths" | "electionWindowDays";

/** The rows "Skapa regeltabell" writes, in order, with the law's defaults. */
const ROWS: readonly RuleRow[] = [
  {
    name: "Organisation",
    on: true,
    value: "kommun",
    comment: {
      sv: "kommun (kommunfullmäktige, kommunstyrelsen) eller region (regionfullmäktige, regionstyrelsen)",
      en: "kommun (municipal council and board) or region (regional council and board)",
    },
    apply: (s, _on, value) => {
      const v = value.trim().toLowerCase();
      if (v === "" || v === "kommun" || v === "municipality") s.organisation = "kommun";
      else if (v === "region" || v === "landsting") s.organisation = "region";
      else return { sv: `"${value}": skriv kommun eller region.`, en: `"${value}": write kommun or region.` };
      return undefined;
    },
  },
  {
    name: "Budgetförslag före oktober månads utgång",
    on: true,
    value: "",
    comment: { sv: "KL 11 kap. 8 §", en: "KL 11 kap. 8 §" },
    apply: onOff("budget-proposal"),
  },
  {
    name: "Budgetbeslut före november månads utgång",
    on: true,
    value: "",
    comment: {
      sv: "KL 11 kap. 10–11 §§; valår: nyvalda fullmäktige från 15 oktober (KL 5 kap. 9 §)",
      en: "KL 11 kap. 10–11 §§; election year: the new council from 15 October (KL 5 kap. 9 §)",
    },
    apply: onOff("budget-decision"),
  },
  {
    name: "Delårsrapport till fullmäktige, månader efter perioden",
    on: true,
    value: "2",
    comment: {
      sv: "KL 11 kap. 16 §; perioden minst hälften, högst två tredjedelar av året (LKBR 13 kap. 1 §)",
      en: "KL 11 kap. 16 §; the period at least half, at most two thirds of the year (LKBR 13 kap. 1 §)",
    },
    apply: numberRule("interim-report", "interimReportMonths", 1, 12),
  },
  {
    name: "Årsredovisning till fullmäktige senast",
    on: true,
    value: "30 april",
    comment: {
      sv: "Dag året efter. Sekundär källa: ”senast i april” (lagtexten ej verifierad)",
      en: "Day of the following year. Secondary source: “by the end of April” (law text not verified)",
    },
    apply: (s, on, value) => {
      if (!on) s.off.add("annual-report");
      const v = value.trim();
      if (v === "") return undefined;
      const m = /^(\d{1,2})\s+(\p{L}+\.?)$/u.exec(v);
      const month = m === null ? undefined : monthFromWord(m[2] ?? "");
      const day = m === null ? NaN : Number(m[1]);
      if (month === undefined || !isValidDate(2001, month, day)) {
        return {
          sv: `"${value}": skriv en dag som "30 april".`,
          en: `"${value}": write a day such as "30 april".`,
        };
      }
      s.annualReportBy = { month, day };
      return undefined;
    },
  },
  {
    name: "Ansvarsfrihet före årsredovisningen",
    on: true,
    value: "valfri",
    comment: {
      sv: "före, efter eller valfri: ordningen i fullmäktige varierar (KL 5 kap. 24–25 §§)",
      en: "före (before), efter (after) or valfri (either): the order in the council varies (KL 5 kap. 24–25 §§)",
    },
    apply: (s, on, value) => {
      const v = value.trim().toLowerCase();
      const orders: Record<string, DischargeOrder> = {
        "": "valfri",
        före: "före",
        before: "före",
        efter: "efter",
        after: "efter",
        valfri: "valfri",
        either: "valfri",
      };
      const order = orders[v];
      if (order === undefined)
        return {
          sv: `"${value}": skriv före, efter eller valfri.`,
          en: `"${value}": write före, efter or valfri.`,
        };
      s.dischargeOrder = on ? order : "valfri";
      return undefined;
    },
  },
  {
    name: "Kungörelse av fullmäktige, dagar före",
    on: true,
    value: "7",
    comment: { sv: "KL 5 kap. 53 § (minst en vecka)", en: "KL 5 kap. 53 § (at least a week)" },
    apply: numberRule("announcement", "announcementDays", 1, 60),
  },
  {
    name: "Protokoll justerat, dagar efter sammanträdet",
    on: true,
    value: "14",
    comment: { sv: "KL 8 kap. 12 §", en: "KL 8 kap. 12 §" },
    apply: numberRule("after-meeting/justering", "minutesCheckedDays", 0, 60),
  },
  {
    name: "Anslag, dagar efter justeringen",
    on: true,
    value: "2",
    comment: { sv: "senast andra dagen efter justeringen", en: "by the second day after the checking" },
    apply: (s, on, value) => {
      if (!on) s.off.add("after-meeting/anslag");
      if (value.trim() === "") return undefined;
      const n = wholeNumber(value, 0, 30);
      if (n === undefined) return notNumber(value, 0, 30);
      s.minutesPostedDays = n;
      return undefined;
    },
  },
  {
    name: "Överklagandetid, dagar efter anslaget",
    on: true,
    value: "21",
    comment: { sv: "tre veckor (KL 13 kap. 5 §)", en: "three weeks (KL 13 kap. 5 §)" },
    apply: (s, on, value) => {
      if (!on) s.off.add("after-meeting/laga-kraft");
      if (value.trim() === "") return undefined;
      const n = wholeNumber(value, 1, 90);
      if (n === undefined) return notNumber(value, 1, 90);
      s.appealDays = n;
      return undefined;
    },
  },
  {
    name: "Söndagsregeln",
    on: true,
    value: "",
    comment: { sv: "lag (1930:173) 2 §", en: "lag (1930:173) 2 §" },
    apply: onOff("sunday-rule"),
  },
  {
    name: "MBL före beslut om viktigare förändring",
    on: true,
    value: "",
    comment: { sv: "MBL 11 §", en: "MBL 11 §" },
    apply: onOff("mbl-before-decision"),
  },
  {
    name: "Ordning mellan organ",
    on: true,
    value: "",
    comment: {
      sv: "nämnd → arbetsutskott → styrelse → fullmäktige",
      en: "board → working committee → executive board → council",
    },
    apply: onOff("body-order"),
  },
  {
    name: "Möten kring valdagen, dagar",
    on: true,
    value: "7",
    comment: {
      sv: "valdag andra söndagen i september (vallagen 1 kap. 3 §)",
      en: "election day the second Sunday of September (vallagen 1 kap. 3 §)",
    },
    apply: numberRule("election-period", "electionWindowDays", 0, 60),
  },
  {
    name: "Klämdagar",
    on: false,
    value: "",
    comment: {
      sv: "lediga dagar utöver lagens, t.ex. 2027-05-07, 2027-06-25 (räknas inte som arbetsdagar)",
      en: "days off besides the law's, e.g. 2027-05-07, 2027-06-25 (not counted as working days)",
    },
    apply: (s, on, value) => {
      const days = new Set<string>();
      const bad: string[] = [];
      for (const part of value.split(/[,;\s]+/u).filter((p) => p !== "")) {
        const date = parseIsoDate(part);
        if (date === undefined) bad.push(part);
        else days.add(toIsoDate(date));
      }
      if (on) s.extraDaysOff = days;
      return bad.length === 0
        ? undefined
        : {
            sv: `Inte ett datum (ÅÅÅÅ-MM-DD): ${bad.join(", ")}.`,
            en: `Not a date (YYYY-MM-DD): ${bad.join(", ")}.`,
          };
    },
  },
  {
    name: "Handlingar tillhanda, arbetsdagar före beslut",
    on: false,
    value: "5",
    comment: {
      sv: "arbetsdagar från utkast till beslut (kontrollen lead-time)",
      en: "working days from draft to decision (the lead-time check)",
    },
    apply: (s, on, value) => {
      if (!on) return undefined;
      const n = wholeNumber(value, 1, 60);
      if (n === undefined) return notNumber(value, 1, 60);
      s.minLeadWorkingDays = n;
      return undefined;
    },
  },
];

const ON_WORDS = new Set(["på", "pa", "ja", "on", "yes", "x", "true", "sant", "1"]);
const OFF_WORDS = new Set(["av", "nej", "off", "no", "false", "falskt", "0", "-"]);

/** A cell as text: Excel gives strings, numbers and booleans. */
function cellText(cell: unknown): string {
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  return "";
}

/** The table's rows with the law's defaults, header first, comments in `lang`. */
export function reglerDefaultRows(lang: Language): string[][] {
  return [
    [...REGLER_HEADERS[lang]],
    ...ROWS.map((row) => [
      row.name,
      row.on ? (lang === "sv" ? "På" : "On") : lang === "sv" ? "Av" : "Off",
      row.value,
      row.comment[lang],
    ]),
    // Meeting chains (Härled datum): "Kedja: <organ>" rows, read by ../chains/chainRules.
    ...chainDefaultRows(lang),
  ];
}

/** What {@link readRegler} read. */
export interface ReglerRead {
  readonly settings: GovernanceSettings;
  /** Cells that could not be read, each with its row (1 = the header row). */
  readonly problems: readonly { readonly row: number; readonly message: Bilingual }[];
}

/**
 * The settings a Regler table holds (header row first; cells as Excel gives them). Rows not
 * written keep the law's defaults; an unknown Regel or an unreadable cell is a problem, never a
 * throw.
 *
 * @example
 * readRegler([["Regel", "På/Av", "Värde", "Kommentar"], ["Organisation", "På", "region", ""]]).settings.organisation;
 * // "region"
 */
export function readRegler(values: readonly (readonly unknown[])[]): ReglerRead {
  const settings: Mutable = {
    ...DEFAULT_GOVERNANCE,
    off: new Set<string>(),
    extraDaysOff: new Set<string>(),
  };
  const problems: { row: number; message: Bilingual }[] = [];
  const byName = new Map(ROWS.map((row) => [row.name.toLowerCase(), row]));
  const seen = new Set<RuleRow>();
  values.forEach((cells, index) => {
    const name = cellText(cells[0]);
    if (index === 0 && (REGLER_HEADERS.sv[0] === name || REGLER_HEADERS.en[0] === name)) return;
    if (name === "" || isChainRule(name)) return;
    const row = byName.get(name.toLowerCase());
    if (row === undefined) {
      problems.push({
        row: index + 1,
        message: {
          sv: `Regeln "${name}" är okänd och kontrolleras inte; stavningen ska vara som när tabellen skapades.`,
          en: `The rule "${name}" is unknown and not checked; spell it as when the table was created.`,
        },
      });
      return;
    }
    seen.add(row);
    const flag = cellText(cells[1]).toLowerCase();
    let on = row.on;
    if (ON_WORDS.has(flag)) on = true;
    else if (OFF_WORDS.has(flag)) on = false;
    else if (flag !== "")
      problems.push({
        row: index + 1,
        message: {
          sv: `"${cellText(cells[1])}": skriv På eller Av.`,
          en: `"${cellText(cells[1])}": write På (on) or Av (off).`,
        },
      });
    const problem = row.apply(settings, on, cellText(cells[2]));
    if (problem !== undefined) problems.push({ row: index + 1, message: problem });
  });
  // A row deleted from the table keeps its default, including a default of off.
  for (const row of ROWS) if (!seen.has(row)) row.apply(settings, row.on, row.value);
  return { settings, problems };
}

/**
 * The Regler table from tab-separated text (`tidsplan … --rules regler.tsv`).
 *
 * @example
 * readReglerTsv("Regel\tPå/Av\tVärde\tKommentar\nSöndagsregeln\tAv\t\t\n").settings.off.has("sunday-rule"); // true
 */
export function readReglerTsv(text: string): ReglerRead {
  const rows = text
    .replace(/^\uFEFF/u, "")
    .split(/\r?\n/u)
    .filter((line) => line.trim() !== "")
    .map((line) => line.split("\t"));
  return readRegler(rows);
}

/** The default table as tab-separated text (what `tidsplan regler` prints). */
export function reglerDefaultTsv(lang: Language): string {
  return `${reglerDefaultRows(lang)
    .map((row) => row.join("\t"))
    .join("\n")}\n`;
}

export type { Organisation };
