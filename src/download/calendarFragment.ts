/**
 * The calendar carried in the download page's URL fragment: `#<data>` or `#<data>.<name>`, where
 * <data> is base64url of the deflate-raw compressed ICS text and <name> is base64url of the UTF-8
 * file name. A fragment is never sent to any server, so the calendar stays on the user's machine.
 * An optional third part `.<n>` is the number of errors the check found: the page reports them
 * before it offers the file (the ribbon's "export anyway" choice).
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";

export const DEFAULT_CALENDAR_FILE_NAME = "tidsplan.ics";

export type CalendarFragmentResult =
  | { readonly ok: true; readonly ics: string; readonly fileName: string }
  | { readonly ok: false; readonly reason: "empty" | "not-base64url" | "not-deflate" | "not-ics" };

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Keep a file name safe to save: no path separators or control characters, ends in .ics. */
function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = name.replace(/[\u0000-\u001f\\/:*?"<>|]+/g, " ").trim();
  if (cleaned === "") return DEFAULT_CALENDAR_FILE_NAME;
  return cleaned.toLowerCase().endsWith(".ics") ? cleaned : `${cleaned}.ics`;
}

/** The fragment (without "#") that carries `ics` under `fileName`, and the check's error count when above 0. */
export function encodeCalendarFragment(ics: string, fileName: string, errorCount = 0): string {
  const data = toBase64Url(deflateSync(strToU8(ics), { level: 9 }));
  const errors = Number.isInteger(errorCount) && errorCount > 0 ? `.${errorCount}` : "";
  return `${data}.${toBase64Url(strToU8(fileName))}${errors}`;
}

/** The error count carried by a fragment (0 when none, or when the part is not a whole number). */
export function fragmentErrorCount(hash: string): number {
  const part = (hash.startsWith("#") ? hash.slice(1) : hash).split(".")[2];
  return part !== undefined && /^[0-9]{1,6}$/.test(part) ? Number(part) : 0;
}

/** Read the calendar from `location.hash` (with or without "#"). Never throws. */
export function decodeCalendarFragment(hash: string): CalendarFragmentResult {
  const fragment = hash.startsWith("#") ? hash.slice(1) : hash;
  const [data = "", name] = fragment.split(".", 2);
  if (data === "") return { ok: false, reason: "empty" };
  const compressed = fromBase64Url(data);
  if (compressed === null) return { ok: false, reason: "not-base64url" };
  let ics: string;
  try {
    ics = strFromU8(inflateSync(compressed));
  } catch {
    // fflate throws on corrupt input; for a user that is a broken link, not a program error.
    return { ok: false, reason: "not-deflate" };
  }
  if (!ics.startsWith("BEGIN:VCALENDAR")) return { ok: false, reason: "not-ics" };
  const nameBytes = name === undefined ? null : fromBase64Url(name);
  const fileName = nameBytes === null ? DEFAULT_CALENDAR_FILE_NAME : safeFileName(strFromU8(nameBytes));
  return { ok: true, ics, fileName };
}

/** Marks a fragment that carries a message instead of a calendar (a ribbon command's failure). */
const MESSAGE_PREFIX = "msg.";

/** The fragment (without "#") that makes the download page show `message` in both languages. */
export function encodeMessageFragment(message: { readonly sv: string; readonly en: string }): string {
  return `${MESSAGE_PREFIX}${toBase64Url(strToU8(message.sv))}.${toBase64Url(strToU8(message.en))}`;
}

/** The message a fragment carries, or null when it carries none. Never throws. */
export function decodeMessageFragment(hash: string): { sv: string; en: string } | null {
  const fragment = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!fragment.startsWith(MESSAGE_PREFIX)) return null;
  const [sv, en] = fragment.slice(MESSAGE_PREFIX.length).split(".").map(fromBase64Url);
  if (sv === null || sv === undefined || en === null || en === undefined) return null;
  try {
    return { sv: strFromU8(sv), en: strFromU8(en) };
  } catch {
    // Invalid UTF-8 is a broken link, shown as such by the page.
    return null;
  }
}
