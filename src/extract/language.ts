// The language and writing direction of an article, from the script its letters are written in.
// Enough for the page's lang and dir attributes: Arabic-script Urdu gets "ur" and right-to-left.

export interface Language {
  lang: string;
  dir: "ltr" | "rtl";
}

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
/** Letters of Sindhi that Urdu does not use: ڪ ٽ ڏ ڄ ڃ ڻ ٻ ڀ ڦ. */
const SINDHI_ONLY = /[\u06AA\u067D\u068F\u0684\u0683\u06BB\u067B\u0680\u06A6]/;
/** Letters used in Urdu but not in Arabic or Persian: ٹ ڈ ڑ ں ے ۓ ھ. */
const URDU_ONLY = /[\u0679\u0688\u0691\u06BA\u06D2\u06D3\u06BE]/;
/** Letters used in Persian (and Urdu) but not in Arabic: پ چ ژ گ ک ی. */
const PERSIAN = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/;
const HEBREW = /[\u0590-\u05FF]/g;
const DEVANAGARI = /[\u0900-\u097F]/g;
const BENGALI = /[\u0980-\u09FF]/g;
const LETTER = /\p{L}/gu;

const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

/** Looks at the first few thousand characters: a long article does not change its language halfway. */
const SAMPLE = 4000;

/** Any letter of a script other than Latin that this module tells apart. */
const OTHER_SCRIPT = /[\u0590-\u05FF\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\u0900-\u09FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, SAMPLE);
  if (!OTHER_SCRIPT.test(sample)) return { lang: "en", dir: "ltr" };
  const letters = count(LETTER, sample);
  if (letters === 0) return { lang: "en", dir: "ltr" };
  const share = (re: RegExp) => count(re, sample) / letters;
  if (share(ARABIC_SCRIPT) > 0.5) {
    if (SINDHI_ONLY.test(sample)) return { lang: "sd", dir: "rtl" };
    if (URDU_ONLY.test(sample)) return { lang: "ur", dir: "rtl" };
    if (PERSIAN.test(sample)) return { lang: "fa", dir: "rtl" };
    return { lang: "ar", dir: "rtl" };
  }
  if (share(HEBREW) > 0.5) return { lang: "he", dir: "rtl" };
  if (share(DEVANAGARI) > 0.5) return { lang: "hi", dir: "ltr" };
  if (share(BENGALI) > 0.5) return { lang: "bn", dir: "ltr" };
  return { lang: "en", dir: "ltr" };
}

/** Direction for a language code a user set by hand (front matter lang:). */
export function directionOf(lang: string): "ltr" | "rtl" {
  return /^(?:ar|ur|fa|he|ps|sd|ug|yi|dv|ckb)(?:-|$)/i.test(lang) ? "rtl" : "ltr";
}
