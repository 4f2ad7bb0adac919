/**
 * The chain templates of the Regler table: one row per organ, Regel "Kedja: <organ>", På/Av, Värde
 * the steps ("kallelse 5 dagar före; justering senast 14 dagar efter; …"), Kommentar free. The
 * organ is a body's name ("Kommunstyrelsen", "Socialnämnden", "KS") or one of the generic
 * "fullmäktige", "styrelsen", "nämnd" and "utskott", which apply to every organ of that level
 * that has no chain of its own. Reading never throws: problems come back with their row.
 */
import type { Bilingual, Language } from "../types";
import { parseChainSteps, type ChainStep } from "./template";

/** The Regel cell of a chain row starts with this (read case-insensitively; "Chain:" too). */
export const CHAIN_PREFIX = "Kedja:";
const PREFIX = /^(?:kedja|chain)\s*:\s*/iu;

/** The level of a generic chain: every organ of that level without a chain of its own. */
export type ChainLevel = "assembly" | "executive" | "board" | "committee";

const LEVEL_WORDS: Readonly<Record<string, ChainLevel>> = {
  fullmäktige: "assembly",
  kommunfullmäktige: "assembly",
  regionfullmäktige: "assembly",
  council: "assembly",
  styrelse: "executive",
  styrelsen: "executive",
  board: "executive",
  nämnd: "board",
  nämnder: "board",
  nämnderna: "board",
  committee: "board",
  utskott: "committee",
  arbetsutskott: "committee",
};

/** One organ's chain: the steps every meeting of that organ (or level) needs. */
export interface ChainTemplate {
  /** The organ as written after "Kedja:". */
  readonly organ: string;
  /** Set for a generic chain ("Kedja: nämnd"). */
  readonly level: ChainLevel | undefined;
  readonly steps: readonly ChainStep[];
  /** 1-based row of the Regler table (1 = header). */
  readonly row: number;
}

/** What {@link readChainRules} read: the templates, and the rows it could not read. */
export interface ChainRulesRead {
  readonly templates: readonly ChainTemplate[];
  readonly problems: readonly { readonly row: number; readonly message: Bilingual }[];
}

/**
 * True when a Regler cell names a chain row.
 *
 * @example
 * isChainRule("Kedja: Socialnämnden"); // true
 * isChainRule("Söndagsregeln");        // false
 */
export function isChainRule(name: string): boolean {
  return PREFIX.test(name.trim());
}

function cellText(cell: unknown): string {
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  return "";
}

const OFF = new Set(["av", "nej", "off", "no", "false", "falskt", "0", "-"]);

/**
 * The chain templates of a Regler table (header row first, cells as Excel gives them). Rows
 * turned off (Av) are left out; a table without chain rows gives the default chains.
 *
 * @example
 * readChainRules([["Regel", "På/Av", "Värde", "Kommentar"], ["Kedja: KS", "På", "kallelse 5 dagar före", ""]])
 *   .templates[0].steps[0].offset; // -5
 */
export function readChainRules(values: readonly (readonly unknown[])[]): ChainRulesRead {
  const templates: ChainTemplate[] = [];
  const problems: { row: number; message: Bilingual }[] = [];
  let anyChainRow = false;
  values.forEach((cells, index) => {
    const name = cellText(cells[0]);
    if (!isChainRule(name)) return;
    anyChainRow = true;
    const organ = name.replace(PREFIX, "").trim();
    const row = index + 1;
    if (organ === "") {
      problems.push({
        row,
        message: {
          sv: `"${name}": skriv organets namn efter "Kedja:", t.ex. "Kedja: Kommunstyrelsen".`,
          en: `"${name}": write the organ's name after "Kedja:", e.g. "Kedja: Kommunstyrelsen".`,
        },
      });
      return;
    }
    if (OFF.has(cellText(cells[1]).toLowerCase())) return;
    const read = parseChainSteps(cellText(cells[2]));
    for (const message of read.problems) problems.push({ row, message });
    if (read.steps.length === 0) {
      if (read.problems.length === 0)
        problems.push({
          row,
          message: {
            sv: `${name}: inga steg (Värde är tomt).`,
            en: `${name}: no steps (the value is empty).`,
          },
        });
      return;
    }
    if (templates.some((t) => t.organ.toLowerCase() === organ.toLowerCase())) {
      problems.push({
        row,
        message: {
          sv: `${name} står två gånger; den första raden gäller.`,
          en: `${name} is there twice; the first row applies.`,
        },
      });
      return;
    }
    templates.push({ organ, level: LEVEL_WORDS[organ.toLowerCase()], steps: read.steps, row });
  });
  if (!anyChainRow) return { templates: defaultChainTemplates(), problems };
  return { templates, problems };
}

/** The default chains, as rows of the Regler table (Regel, På/Av, Värde, Kommentar). */
const DEFAULT_ROWS: readonly { organ: string; value: string; comment: Bilingual }[] = [
  {
    organ: "fullmäktige",
    value:
      "ärendestopp 15 arbetsdagar före (påminnelse); kungörelse 7 dagar före (påminnelse); justering senast 14 dagar efter (påminnelse); anslag senast 2 dagar efter justering; laga kraft tidigast 21 dagar efter anslag",
    comment: {
      sv: "kungörelse minst en vecka före (KL 5 kap.); justering inom 14 dagar, anslag senast andra dagen efter (KL 8 kap. 12 §; ordalydelsen ej verifierad); överklagande inom tre veckor från anslaget (KL 13 kap. 5 §); ärendestopp lokal praxis",
      en: "announcement at least a week before (KL ch. 5); minutes checked within 14 days, posted by the second day after (KL 8 kap. 12 §; wording not verified); appeal within three weeks of the posting (KL 13 kap. 5 §); ärendestopp local practice",
    },
  },
  {
    organ: "styrelsen",
    value:
      "ärendestopp 10 arbetsdagar före (påminnelse); presidium 7 dagar före; kallelse 5 dagar före (påminnelse); justering senast 14 dagar efter (påminnelse); anslag senast 2 dagar efter justering; laga kraft tidigast 21 dagar efter anslag",
    comment: {
      sv: "kallelse enligt reglementet (lokalt; t.ex. 5 dagar); ärendestopp och presidium lokal praxis; justering, anslag och laga kraft som för fullmäktige",
      en: "notice per the local rules of procedure (e.g. 5 days); ärendestopp and presidium local practice; minutes, posting and appeal as for the council",
    },
  },
  {
    organ: "nämnd",
    value:
      "ärendestopp 10 arbetsdagar före (påminnelse); presidium 7 dagar före; kallelse 5 dagar före (påminnelse); justering senast 14 dagar efter (påminnelse); anslag senast 2 dagar efter justering; laga kraft tidigast 21 dagar efter anslag",
    comment: {
      sv: "gäller varje nämnd utan egen kedja; lägg till en rad per nämnd, t.ex. Kedja: Socialnämnden",
      en: "applies to every board without a chain of its own; add a row per board, e.g. Kedja: Socialnämnden",
    },
  },
];

/**
 * The default chain rows of "Skapa regeltabell" (Regel, På/Av, Värde, Kommentar).
 *
 * @example
 * chainDefaultRows("sv")[0][0]; // "Kedja: fullmäktige"
 */
export function chainDefaultRows(lang: Language): string[][] {
  return DEFAULT_ROWS.map((row) => [
    `${CHAIN_PREFIX} ${row.organ}`,
    lang === "sv" ? "På" : "On",
    row.value,
    row.comment[lang],
  ]);
}

/**
 * The default chains (what a workbook without chain rows derives with).
 *
 * @example
 * defaultChainTemplates().map((t) => t.organ); // ["fullmäktige", "styrelsen", "nämnd"]
 */
export function defaultChainTemplates(): ChainTemplate[] {
  return DEFAULT_ROWS.map((row) => ({
    organ: row.organ,
    level: LEVEL_WORDS[row.organ],
    steps: parseChainSteps(row.value).steps,
    row: 0,
  }));
}
