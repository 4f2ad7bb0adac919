/**
 * The export view's message catalogue (the Calendar tab). Swedish is the reference: a key
 * missing (or extra) in English is a compile error. Texts with a count are functions.
 */
import type { Language } from "../../domain/types";

const sv = {
  title: "Kalender",
  intro: "Gör tidsplanen till en kalenderfil, ett kalenderblad att sätta upp på väggen, eller en utskrift.",
  icsHeading: "Kalenderfil (.ics)",
  profileLabel: "Hur ska kalendern öppnas?",
  profileAdd: "Lägg till i min kalender",
  profileAddHint: "Händelserna läggs in i din egen kalender, bland dina andra möten.",
  profileSeparate: "Egen kalender",
  profileSeparateHint:
    "Outlook och andra kalenderprogram öppnar filen som en egen kalender med planens namn, som du kan visa eller dölja.",
  ownerLabel: "Ansvarig",
  ownerAll: "Alla",
  remindersLabel: "Påminnelse före sista dag",
  remindersOff: "Ingen påminnelse",
  remindersDays: (n: number) => (n === 1 ? "1 arbetsdag före, kl. 9" : `${n} arbetsdagar före, kl. 9`),
  spansLabel: "Ta med månader, perioder och veckor",
  allDayFreeLabel: "Heldagshändelser som ledig tid",
  allDayFreeHint:
    "Sista dagar, beslut och månader blockerar inte kalendern (visas som ledig). Möten med klockslag visas alltid som upptagen.",
  cancelledNote: (n: number) =>
    n === 1
      ? " 1 händelse som tagits bort sedan förra exporten skickas som inställd."
      : ` ${n} händelser som tagits bort sedan förra exporten skickas som inställda.`,
  rememberFailed:
    " Exporten kunde inte sparas i arbetsboken, så nästa export jämförs inte med den här (se till att arbetsboken går att ändra).",
  clientsHeading: "Så kommer planen in i kalendern – och så uppdaterar du den",
  clientOutlookDesktop: "Outlook för Windows och Mac",
  clientOutlookDesktopText:
    "Öppna filen: Egen kalender öppnas som en ny kalender, Lägg till i min kalender importeras till din kalender. Outlook känner inte igen händelser som importerats förut: importerar du en ändrad fil får du dubbletter. Ta bort den gamla kalendern och öppna den nya filen, eller prenumerera på en publicerad fil så uppdateras den av sig själv.",
  clientOutlookWeb: "Outlook på webben",
  clientOutlookWebText:
    "Lägg till kalender › Ladda upp från fil lägger händelserna i den kalender du väljer; en ny uppladdning ger dubbletter. För uppdateringar: Lägg till kalender › Prenumerera från webben med adressen till den publicerade filen.",
  clientGoogle: "Google Kalender",
  clientGoogleText:
    "Inställningar › Importera och exportera › Importera, helst till en egen kalender för planen. En ny import av en ändrad fil ersätter händelserna med samma ID. Händelserna hamnar i den kalender du väljer, och Google tar inte med påminnelser vid import. Prenumerera: Andra kalendrar › + › Från webbadress.",
  clientApple: "Apple Kalender",
  clientAppleText:
    "Arkiv › Importera och välj Ny kalender. För uppdateringar: Arkiv › Ny kalenderprenumeration med adressen till den publicerade filen; Apple frågar själv hur ofta den ska hämtas.",
  clientPublish:
    "Publicera: lägg filen (Egen kalender) på en fast adress, t.ex. intranätet, och låt en schemalagd tidsplan export skriva om den. Alla som prenumererar får ändringarna.",
  exportButton: "Exportera .ics",
  copyButton: "Kopiera",
  copyHint: "Kopiera lägger kalenderfilens text i urklipp, om nedladdningen inte fungerar.",
  working: "Skapar kalenderfilen …",
  errorsFound: (n: number) =>
    n === 1
      ? "Kontrollen hittade 1 fel i tidsplanen. Den raden kan saknas eller hamna fel i kalendern."
      : `Kontrollen hittade ${n} fel i tidsplanen. De raderna kan saknas eller hamna fel i kalendern.`,
  exportAnyway: "Exportera ändå",
  cancel: "Avbryt",
  downloaded: (name: string, n: number) =>
    `${name} är sparad (${n === 1 ? "1 händelse" : `${n} händelser`}).`,
  openedInBrowser: (name: string) => `${name} öppnades i webbläsaren. Klicka på Spara kalenderfilen där.`,
  noBrowserWindow:
    "Den här versionen av Excel kan varken spara filer eller öppna webbläsaren. Använd Kopiera och klistra in texten i en fil som slutar på .ics.",
  copied: (n: number) => `Kalenderfilen är kopierad (${n === 1 ? "1 händelse" : `${n} händelser`}).`,
  copyFailed:
    "Det gick inte att kopiera till urklipp. Tillåt urklipp för tillägget, eller använd Exportera .ics.",
  unreadable: (n: number) =>
    n === 1 ? "1 rad med oläslig När-text kom inte med." : `${n} rader med oläslig När-text kom inte med.`,
  sheetsHeading: "Blad i arbetsboken",
  sheetsIntro: "Bladen skapas på nytt varje gång. Ett eget blad med samma namn skrivs aldrig över.",
  calendarSheetButton: "Kalenderblad",
  calendarSheetHint:
    "En årskalender med dagarna som rader och månaderna som kolumner, färgad efter ansvarig.",
  printButton: "Utskrift",
  printHint: "Tidsplanen som i dokumentet: månadsrubriker och När, Händelse, Ansvar.",
  sheetWorking: "Skapar bladet …",
  noTable: "Det finns ingen Tidsplan-tabell att exportera ännu.",
};

type Catalogue = { readonly [K in keyof typeof sv]: (typeof sv)[K] extends string ? string : (typeof sv)[K] };

/** Both catalogues; `satisfies` makes a missing or extra key in English a type error. */
export const exportMessages = {
  sv,
  en: {
    title: "Calendar",
    intro:
      "Turn the timeline into a calendar file, a calendar sheet to pin on the wall, or a printable plan.",
    icsHeading: "Calendar file (.ics)",
    profileLabel: "How should the calendar open?",
    profileAdd: "Add to my calendar",
    profileAddHint: "The events go into your own calendar, among your other meetings.",
    profileSeparate: "Separate calendar",
    profileSeparateHint:
      "Outlook and other calendar apps open the file as a calendar of its own, named after the plan, which you can show or hide.",
    ownerLabel: "Owner",
    ownerAll: "All",
    remindersLabel: "Reminder before deadlines",
    remindersOff: "No reminder",
    remindersDays: (n: number) => (n === 1 ? "1 working day before, 9:00" : `${n} working days before, 9:00`),
    spansLabel: "Include months, periods and weeks",
    allDayFreeLabel: "All-day items as free time",
    allDayFreeHint:
      "Deadlines, decisions and months do not block the calendar (shown as free). Meetings with a time always show as busy.",
    cancelledNote: (n: number) =>
      n === 1
        ? " 1 event removed since the last export is sent as cancelled."
        : ` ${n} events removed since the last export are sent as cancelled.`,
    rememberFailed:
      " The export could not be stored in the workbook, so the next export is not compared with this one (make sure the workbook can be changed).",
    clientsHeading: "How the plan gets into a calendar – and how to update it",
    clientOutlookDesktop: "Outlook for Windows and Mac",
    clientOutlookDesktopText:
      "Open the file: Separate calendar opens as a new calendar, Add to my calendar is imported into your calendar. Outlook does not recognise events it imported before: importing a changed file gives duplicates. Delete the old calendar and open the new file, or subscribe to a published file so it updates itself.",
    clientOutlookWeb: "Outlook on the web",
    clientOutlookWebText:
      "Add calendar › Upload from file puts the events into the calendar you choose; uploading again gives duplicates. For updates: Add calendar › Subscribe from web with the address of the published file.",
    clientGoogle: "Google Calendar",
    clientGoogleText:
      "Settings › Import & export › Import, preferably into a calendar of its own for the plan. Importing a changed file again replaces the events with the same ID. The events go into the calendar you choose, and Google drops reminders on import. Subscribe: Other calendars › + › From URL.",
    clientApple: "Apple Calendar",
    clientAppleText:
      "File › Import and choose New Calendar. For updates: File › New Calendar Subscription with the address of the published file; Calendar asks how often to fetch it.",
    clientPublish:
      "Publish: put the file (Separate calendar) at a fixed address, e.g. the intranet, and let a scheduled tidsplan export rewrite it. Everyone who subscribes gets the changes.",
    exportButton: "Export .ics",
    copyButton: "Copy",
    copyHint: "Copy puts the calendar file's text on the clipboard, in case the download does not work.",
    working: "Creating the calendar file …",
    errorsFound: (n: number) =>
      n === 1
        ? "The check found 1 error in the timeline. That row may be missing or wrong in the calendar."
        : `The check found ${n} errors in the timeline. Those rows may be missing or wrong in the calendar.`,
    exportAnyway: "Export anyway",
    cancel: "Cancel",
    downloaded: (name: string, n: number) => `${name} is saved (${n === 1 ? "1 event" : `${n} events`}).`,
    openedInBrowser: (name: string) => `${name} opened in your browser. Click Save the calendar file there.`,
    noBrowserWindow:
      "This version of Excel can neither save files nor open the browser. Use Copy and paste the text into a file ending in .ics.",
    copied: (n: number) => `The calendar file is copied (${n === 1 ? "1 event" : `${n} events`}).`,
    copyFailed: "Could not copy to the clipboard. Allow clipboard access for the add-in, or use Export .ics.",
    unreadable: (n: number) =>
      n === 1
        ? "1 row with an unreadable När text was left out."
        : `${n} rows with unreadable När texts were left out.`,
    sheetsHeading: "Sheets in the workbook",
    sheetsIntro:
      "The sheets are created anew each time. A sheet of your own with the same name is never overwritten.",
    calendarSheetButton: "Calendar sheet",
    calendarSheetHint: "A year planner with days as rows and months as columns, coloured by owner.",
    printButton: "Printable plan",
    printHint: "The timeline as in the document: month headings, then När, Händelse, Ansvar.",
    sheetWorking: "Creating the sheet …",
    noTable: "There is no Tidsplan table to export yet.",
  },
} satisfies Record<Language, Catalogue>;

export type ExportMessages = Catalogue;
