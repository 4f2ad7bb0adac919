import { createContext, useContext } from "react";
import type { Bilingual, Language } from "../../domain/types";
import { messages, type Messages } from "./messages";

interface MessagesValue {
  readonly language: Language;
  readonly t: Messages;
  /** Pick the user's language from a bilingual text (domain findings, port errors). */
  readonly pick: (text: Bilingual) => string;
}

function valueFor(language: Language): MessagesValue {
  return { language, t: messages[language], pick: (text) => text[language] };
}

const VALUES: Readonly<Record<Language, MessagesValue>> = { sv: valueFor("sv"), en: valueFor("en") };

const MessagesContext = createContext<MessagesValue>(VALUES.en);

/** Provides the catalogue of `language` to every component below. */
export function MessagesProvider(props: { language: Language; children: React.ReactNode }) {
  return <MessagesContext.Provider value={VALUES[props.language]}>{props.children}</MessagesContext.Provider>;
}

/** The current language, its messages, and a picker for bilingual texts. */
export function useMessages(): MessagesValue {
  return useContext(MessagesContext);
}
