// Bytes → normalised text. Seeds come from scrapers, editors on Windows and old archives, so the
// decoder accepts UTF-8 with or without a BOM, any line-ending style, and falls back to
// Windows-1252 (the usual encoding of old news pages) instead of dropping the file.

export type Decoded =
  | { kind: "text"; text: string; warnings: string[] }
  | { kind: "skipped"; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });
// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €, …). Node's own
// "windows-1252" decoder is not reliable across builds, so the table is spelled out here;
// the five unassigned bytes stay as their Latin-1 code points.
const CP1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** Share of control characters above which a file is treated as binary, not text. */
const CONTROL_SHARE = 0.1;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { kind: "skipped", reason: "the file is empty" };
  if (bytes.includes(0)) return { kind: "skipped", reason: "the file is binary (it contains NUL bytes), not text" };

  const warnings: string[] = [];
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    warnings.push("the file is not valid UTF-8; it was read as Windows-1252 (check accented letters and quotes)");
  }

  text = normaliseText(text);

  if (text.trim() === "") return { kind: "skipped", reason: "the file holds only blank space" };
  if (controlShare(text) > CONTROL_SHARE) {
    return { kind: "skipped", reason: "the file is binary (mostly control characters), not text" };
  }
  return { kind: "text", text, warnings };
}

/** HTML entities that survive copy-paste from web pages. */
const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", ndash: "–", mdash: "—", hellip: "…" };

/**
 * One spelling for the same text: NFC, "\n" line ends, ordinary spaces for the no-break and thin
 * spaces of web pages (so "Prime\u00a0Minister" reads as two words), no zero-width spaces, soft
 * hyphens or stray byte-order marks, and the common HTML entities decoded.
 */
function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/[\u200B\u00AD\uFEFF]/g, "")
    .replace(/&(nbsp|amp|quot|apos|lt|gt|rsquo|lsquo|rdquo|ldquo|ndash|mdash|hellip);/g, (_m, name: string) => ENTITIES[name]!)
    .replace(/&#(\d{2,6});|&#x([0-9a-f]{2,6});/gi, (m, dec?: string, hex?: string) => {
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      return code >= 32 && code <= 0x10ffff && !(code >= 0xd800 && code < 0xe000) ? String.fromCodePoint(code) : m;
    })
    .normalize("NFC");
}

/** Share of characters that are C0/C1 controls other than tab and newline. */
function controlShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) controls++;
  }
  return controls / text.length;
}
