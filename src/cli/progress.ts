// A single progress line that rewrites itself, shown only on a terminal: logs and pipes get
// the summary alone.
export function progressLine(stream: NodeJS.WriteStream, enabled: boolean): { update(text: string): void; done(): void } {
  const active = enabled && stream.isTTY === true;
  let shown = "";
  let lastWrite = 0;
  return {
    update(text) {
      if (!active || text === shown) return;
      // At most ~20 updates a second: redrawing on every article costs more than it tells.
      const now = performance.now();
      if (now - lastWrite < 50 && !text.startsWith("writing")) return; // phase changes always show
      lastWrite = now;
      shown = text;
      stream.write(`\r\x1b[2K${text}`);
    },
    done() {
      if (active && shown) stream.write("\r\x1b[2K");
      shown = "";
    },
  };
}
