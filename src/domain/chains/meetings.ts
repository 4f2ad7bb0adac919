/**
 * Which rows are meetings, and which chain template each meeting follows. A meeting is a row
 * whose kind is meeting ("Kommunstyrelsen sammanträder", "Sammanträde KS") or a row of a
 * sammanträdesplan (its Händelse is only the organ's name: "Kommunstyrelsen", "BUN"), on one day,
 * that is not itself a derived row or a step of a chain ("Presidiemöte KS" is the presidium).
 */
import { compareDates } from "../dates/plainDate";
import { bodyOf, type Body } from "../governance/bodies";
import { isOrganName, organFromAbbreviation } from "../owners/organs";
import { ownerKey } from "../owners/ownerKey";
import type { PlainDate, RawRow, TimelineEntry } from "../types";
import { entrySpan } from "../validate/entryDates";
import type { ChainLevel, ChainTemplate } from "./chainRules";
import { readMark } from "./marker";

/** A meeting row with its day, its organ and the chain it follows. */
export interface Meeting {
  readonly entry: TimelineEntry;
  readonly date: PlainDate;
  /** The organ's name as the row gives it (Ansvarig, else Händelse). */
  readonly organ: string;
  readonly template: ChainTemplate | undefined;
}

/** "Dialog med stadsdelsnämnden" ends in an organ's name but is not a sammanträdesplan's row. */
const PREPOSITION = /\s(?:med|i|till|för|hos|av|om|inför|mellan|från|with|to|for|in)\s/iu;

/** The full name of an organ written as an abbreviation, as a comparison key. */
function organKey(name: string): string {
  const trimmed = name.trim();
  return ownerKey(organFromAbbreviation(trimmed) ?? trimmed);
}

const LEVEL_OF_BODY: Readonly<Record<Body, ChainLevel>> = {
  assembly: "assembly",
  executive: "executive",
  board: "board",
  committee: "committee",
};

/** The words of step names that are never meetings of their own ("Presidiemöte", "Beredningsmöte"). */
function namesAStep(event: string, templates: readonly ChainTemplate[]): boolean {
  const text = event.toLowerCase();
  return templates.some((t) =>
    t.steps.some((s) => {
      const stem = s.key.slice(0, Math.max(5, s.key.length - 2));
      return stem.length >= 5 && text.includes(stem);
    }),
  );
}

/**
 * The template for an organ: a chain of its own name first, else the generic chain of its level.
 *
 * @example
 * templateFor("KS", "Kommunstyrelsen", templates)?.organ; // "Kommunstyrelsen" when there is one, else "styrelsen"
 */
export function templateFor(
  owner: string,
  event: string,
  templates: readonly ChainTemplate[],
): ChainTemplate | undefined {
  const keys = [owner, event].filter((t) => t.trim() !== "").map(organKey);
  const own = templates.find((t) => t.level === undefined && keys.includes(organKey(t.organ)));
  if (own !== undefined) return own;
  const body = bodyOf(event, owner) ?? bodyOf(organFromAbbreviation(owner.trim()) ?? "", "");
  if (body === undefined) return undefined;
  return templates.find((t) => t.level === LEVEL_OF_BODY[body]);
}

/** The Kategori a user writes to mark a row as a meeting. */
const MEETING_CATEGORY = /^(?:möte|sammanträde|meeting)$/iu;

/**
 * The IDs of the rows a user marked as meetings in the Kategori column ("Möte", "Sammanträde",
 * "Meeting"): a decision row "Kommunstyrelsen beslutar om budget" becomes a meeting with a chain.
 *
 * @example
 * markedMeetings([{ line: 5, id: "r1", when: "1 april", event: "KS beslutar om budget", owner: "KS", notes: "", category: "Möte" }]);
 * // Set { "r1" }
 */
export function markedMeetings(rows: readonly RawRow[]): Set<string> {
  const ids = new Set<string>();
  for (const row of rows)
    if (row.id !== undefined && MEETING_CATEGORY.test((row.category ?? "").trim())) ids.add(row.id);
  return ids;
}

/** What {@link findMeetings} found. */
export interface MeetingsFound {
  /** In date order. */
  readonly meetings: readonly Meeting[];
  /** Meeting rows that are not one day ("4, 11 och 18 maj", "v. 12"): no chain is derived for them. */
  readonly notOneDay: readonly TimelineEntry[];
}

/**
 * The meetings of a timeline, in date order, each with its template (undefined when no chain
 * applies to its organ).
 *
 * @example
 * findMeetings(entries, templates).meetings[0]; // { entry, date: 2027-03-25, organ: "Kommunstyrelsen", template }
 */
export function findMeetings(
  entries: readonly TimelineEntry[],
  templates: readonly ChainTemplate[],
  marked: ReadonlySet<string> = new Set(),
): MeetingsFound {
  const meetings: Meeting[] = [];
  const notOneDay: TimelineEntry[] = [];
  for (const entry of entries) {
    if (readMark(entry.notes) !== undefined) continue;
    const fromPlan = isOrganName(entry.event) && !PREPOSITION.test(entry.event);
    if (entry.kind !== "meeting" && !fromPlan && !marked.has(entry.id)) continue;
    if (!fromPlan && namesAStep(entry.event, templates)) continue;
    const span = entrySpan(entry);
    if (span === undefined) continue;
    const template = templateFor(entry.owner, entry.event, templates);
    if (
      !span.dated ||
      (entry.parsed.ok && (entry.parsed.occurrences.length !== 1 || entry.parsed.precision !== "day"))
    ) {
      // Only a meeting that would have a chain is worth a word.
      if (template !== undefined) notOneDay.push(entry);
      continue;
    }
    const organ = entry.owner.trim() !== "" ? entry.owner.trim() : entry.event.trim();
    meetings.push({
      entry,
      date: span.start,
      organ,
      template: templateFor(entry.owner, entry.event, templates),
    });
  }
  meetings.sort((a, b) => compareDates(a.date, b.date));
  return { meetings, notOneDay };
}
