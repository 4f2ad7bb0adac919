/**
 * Sweden's holiday rules, extracted from date-holidays' data (`require("date-holidays/data")`,
 * data version 2026-09-20, licence CC-BY-SA-3): `holidays.SE` as is, plus the shared `names`
 * its days refer to (`_name`), in Swedish and English only. They are read by
 * date-holidays-parser, the engine date-holidays itself runs on, so every date still comes from
 * the library's rules; only the other countries' rules (788 KB) are no longer loaded.
 * holidays.test.ts checks this extract against the installed package, so an upgrade that
 * changes the Swedish rules fails a test (regenerate with `swedishExtract` there).
 */
export const SWEDISH_HOLIDAY_DATA = {
  version: "2026-09-20",
  license: "CC-BY-SA-3",
  holidays: {
    SE: {
      names: {
        sv: "Sverige",
        en: "Sweden",
      },
      dayoff: "sunday",
      langs: ["sv"],
      zones: ["Europe/Stockholm"],
      days: {
        "01-01": {
          _name: "01-01",
        },
        "01-05 12:00": {
          name: {
            sv: "trettondagsafton",
            en: "Twelfth Night",
          },
          type: "optional",
        },
        "01-06": {
          _name: "01-06",
        },
        "01-13": {
          name: {
            sv: "tjugondag Knut",
            en: "Saint Knut's Day",
          },
          type: "observance",
        },
        "1st sunday in March": {
          name: {
            sv: "Vasaloppet",
          },
          type: "observance",
        },
        "03-25 prior to 1990": {
          name: {
            sv: "Marie bebådelsedag",
            en: "Annunciation Day",
            lat: "Annuntiatio Mariæ",
          },
          type: "observance",
        },
        "04-30 12:00": {
          name: {
            sv: "valborgsmässoafton",
            en: "Walpurgis Night",
          },
          type: "optional",
        },
        "easter -3": {
          _name: "easter -3",
          type: "observance",
        },
        "easter -2": {
          _name: "easter -2",
        },
        easter: {
          _name: "easter",
        },
        "easter -1": {
          _name: "easter -1",
          type: "observance",
        },
        "easter 1": {
          _name: "easter 1",
        },
        "05-01": {
          _name: "05-01",
        },
        "easter 39": {
          _name: "easter 39",
        },
        "easter 48": {
          name: {
            sv: "pingstafton",
            en: "Whitsun Eve",
          },
          type: "observance",
        },
        "easter 49": {
          _name: "easter 49",
          type: "public",
        },
        "easter 50": {
          _name: "easter 50",
          type: "observance",
        },
        "sunday before 06-01": {
          _name: "Mothers Day",
          type: "observance",
        },
        "06-06 since 2005": {
          name: {
            sv: "nationaldagen",
            en: "National Day",
          },
        },
        "06-06 since 1983 prior to 2005": {
          name: {
            sv: "nationaldagen",
            en: "National Day",
          },
          type: "observance",
        },
        "friday after 06-19": {
          name: {
            sv: "midsommarafton",
            en: "Midsummer Eve",
            fi: "Juhannusaatto",
          },
          type: "bank",
        },
        "saturday after 06-20": {
          name: {
            sv: "midsommardagen",
            en: "Midsummer Day",
            fi: "Juhannuspäivä",
          },
        },
        "friday after 10-30 12:00": {
          name: {
            sv: "allhelgonaafton",
            en: "Halloween",
          },
          type: "optional",
        },
        "saturday after 10-31": {
          _name: "11-01",
        },
        "11-06": {
          name: {
            sv: "Gustav-Adolf-dagen",
            en: "Gustavus Adolphus Day",
          },
          type: "observance",
        },
        "11-11": {
          name: {
            sv: "Mårtensgås",
            en: "Saint Martin's Day",
          },
          type: "observance",
        },
        "12-10": {
          name: {
            sv: "Nobeldagen",
            en: "Nobel Day",
          },
          type: "observance",
        },
        "12-13": {
          name: {
            sv: "Luciadagen",
            en: "Saint Lucy's Day",
          },
          type: "observance",
        },
        "12-24": {
          _name: "12-24",
          type: "bank",
        },
        "12-25": {
          _name: "12-25",
        },
        "12-26": {
          _name: "12-26",
        },
        "12-31": {
          _name: "12-31",
          type: "bank",
        },
      },
    },
  },
  names: {
    "01-01": {
      name: {
        sv: "nyårsdagen",
        en: "New Year's Day",
      },
    },
    "01-06": {
      name: {
        sv: "trettondedag jul",
        en: "Epiphany",
      },
    },
    "easter -3": {
      name: {
        sv: "skärtorsdagen",
        en: "Maundy Thursday",
      },
    },
    "easter -2": {
      name: {
        sv: "långfredagen",
        en: "Good Friday",
      },
    },
    easter: {
      name: {
        sv: "påskdagen",
        en: "Easter Sunday",
      },
    },
    "easter -1": {
      name: {
        sv: "påskafton",
        en: "Easter Saturday",
      },
    },
    "easter 1": {
      name: {
        sv: "annandag påsk",
        en: "Easter Monday",
      },
    },
    "05-01": {
      name: {
        sv: "första maj",
        en: "Labour Day",
      },
    },
    "easter 39": {
      name: {
        sv: "Kristi himmelsfärdsdag",
        en: "Ascension Day",
      },
    },
    "easter 49": {
      name: {
        sv: "pingstdagen",
        en: "Pentecost",
      },
    },
    "easter 50": {
      name: {
        sv: "annandag pingst",
        en: "Whit Monday",
      },
    },
    "Mothers Day": {
      name: {
        sv: "Mors dag",
        en: "Mother's Day",
      },
    },
    "11-01": {
      name: {
        sv: "alla helgons dag",
        en: "All Saints' Day",
      },
    },
    "12-24": {
      name: {
        sv: "julafton",
        en: "Christmas Eve",
      },
    },
    "12-25": {
      name: {
        sv: "juldagen",
        en: "Christmas Day",
      },
    },
    "12-26": {
      name: {
        sv: "annandag jul",
        en: "Boxing Day",
      },
    },
    "12-31": {
      name: {
        sv: "nyårsafton",
        en: "New Year's Eve",
      },
    },
  },
} as const;
