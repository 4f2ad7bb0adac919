/**
 * The download page: opened in the system browser by Excel on Mac (whose WKWebView cannot
 * download), it reads the calendar from the URL fragment and saves it with one click.
 * Nothing is sent anywhere.
 */
import { decodeCalendarFragment, decodeMessageFragment, fragmentErrorCount } from "./calendarFragment";

const FAILURES: Readonly<Record<string, string>> = {
  empty:
    "Sidan fick ingen kalender. Exportera igen från Tidsplan i Excel. / This page received no calendar. Export again from Tidsplan in Excel.",
  other:
    "Länken är trasig eller ofullständig. Exportera igen från Tidsplan i Excel. / The link is broken or incomplete. Export again from Tidsplan in Excel.",
};

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`download.html lacks #${id}`);
  return found;
}

function save(ics: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([ics], { type: "text/calendar;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function show(): void {
  const status = element("status", HTMLParagraphElement);
  const fileName = element("file-name", HTMLParagraphElement);
  const button = element("save", HTMLButtonElement);
  // A ribbon command that failed (no table, cell-edit mode …) says so here, in both languages.
  const message = decodeMessageFragment(window.location.hash);
  if (message !== null) {
    status.textContent = `${message.sv} / ${message.en}`;
    status.classList.add("error");
    return;
  }
  const result = decodeCalendarFragment(window.location.hash);
  if (!result.ok) {
    status.textContent = FAILURES[result.reason] ?? FAILURES.other ?? "";
    status.classList.add("error");
    return;
  }
  const events = result.ics.split(/\r?\n/).filter((line) => line === "BEGIN:VEVENT").length;
  const sv = events === 1 ? "1 händelse" : `${events} händelser`;
  const en = events === 1 ? "1 event" : `${events} events`;
  const offer = () => {
    status.textContent = `Kalenderfilen är klar (${sv}). / The calendar file is ready (${en}).`;
    status.classList.remove("error");
    fileName.textContent = result.fileName;
    fileName.hidden = false;
    button.hidden = false;
    button.addEventListener("click", () => save(result.ics, result.fileName));
    button.focus();
  };
  const errors = fragmentErrorCount(window.location.hash);
  if (errors === 0) {
    offer();
    return;
  }
  // The ribbon's export: errors are reported first, with the choice to export anyway.
  const anyway = element("anyway", HTMLButtonElement);
  const svErrors = errors === 1 ? "1 fel" : `${errors} fel`;
  const enErrors = errors === 1 ? "1 error" : `${errors} errors`;
  status.textContent =
    `Kontrollen hittade ${svErrors} i tidsplanen; de raderna kan saknas eller hamna fel i kalendern. ` +
    `Rätta dem i Excel med Kontrollera, eller exportera ändå. / ` +
    `The check found ${enErrors} in the timeline; those rows may be missing or wrong in the calendar. ` +
    `Fix them in Excel with Check, or export anyway.`;
  status.classList.add("error");
  anyway.hidden = false;
  anyway.addEventListener("click", () => {
    anyway.hidden = true;
    offer();
  });
  anyway.focus();
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", show);
} else {
  show();
}
