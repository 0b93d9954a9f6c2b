// The article text as Markdown for the meeting page. The text is data: characters that Markdown
// would read as formatting (emphasis, links, headings, lists, raw HTML, tables) are escaped so
// that the page shows exactly what the article says, one paragraph per line of the source.

const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;
const BLOCK_START = /^(\s*)(#{1,6}(?=\s|$)|[-+*=](?=\s|$)|>|\d{1,9}(?=[.)]\s|[.)]$))/;

function escapeLine(line: string): string {
  return line.replace(INLINE_SPECIAL, "\\$&").replace(BLOCK_START, (_m, space: string, marker: string) => {
    if (/^\d/.test(marker)) return `${space}${marker}\\`; // "2024. " → "2024\. " keeps it from becoming a list
    return `${space}\\${marker}`;
  });
}

export function toMarkdownBody(text: string): string {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .map(escapeLine)
    .join("\n\n");
}
