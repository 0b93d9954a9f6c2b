// Bytes → normalised text. Seeds come from scrapers, editors on Windows and old archives, so the
// decoder accepts UTF-8 with or without a BOM, any line-ending style, and falls back to
// Windows-1252 (the usual encoding of old news pages) instead of dropping the file.

export type Decoded =
  | { kind: "text"; text: string; warnings: string[] }
  | { kind: "skipped"; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const cp1252 = new TextDecoder("windows-1252");

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
    text = cp1252.decode(bytes);
    warnings.push("the file is not valid UTF-8; it was read as Windows-1252 (check accented letters and quotes)");
  }

  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");

  if (text.trim() === "") return { kind: "skipped", reason: "the file holds only blank space" };
  if (controlShare(text) > CONTROL_SHARE) {
    return { kind: "skipped", reason: "the file is binary (mostly control characters), not text" };
  }
  return { kind: "text", text, warnings };
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
