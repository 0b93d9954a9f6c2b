// Article text is data: markup, script links and template syntax in an article show as text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite, type BuiltSite } from "./fixtures/site/built-site.ts";

let site: BuiltSite;
beforeAll(async () => {
  site = await buildFixtureSite();
});
afterAll(() => site?.remove());

const hostile = "/meetings/2024-06-01-safety-check/";

/** Tags and attributes as a browser would see them: only real markup, not escaped text. */
function tags(html: string): string[] {
  return [...html.matchAll(/<[a-zA-Z][^>]*>/g)].map((m) => m[0]);
}

describe("a meeting whose article carries script, event handlers, script links and template syntax", () => {
  it("renders no script element and no event-handler attribute", () => {
    const html = site.page(hostile);
    expect(tags(html).filter((t) => /^<script/i.test(t))).toEqual([]);
    expect(tags(html).filter((t) => /\son[a-z]+\s*=/i.test(t))).toEqual([]);
  });

  it("turns no javascript: URL into a link, but keeps a real web link", () => {
    const html = site.page(hostile);
    expect(html).not.toMatch(/(href|src)\s*=\s*"?\s*javascript:/i);
    expect(html).toContain("[link](javascript:alert(1))");
    expect(html).toContain('<a href="https://example.org/report" rel="nofollow noopener">real one</a>');
  });

  it("shows the markup as text", () => {
    const html = site.page(hostile);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("<title>Safety check &lt;b&gt;meeting&lt;/b&gt; · News Digest</title>");
  });

  it("shows template syntax literally instead of evaluating it", () => {
    const html = site.page(hostile);
    expect(html).toContain("{{ 7*7 }}");
    expect(html).toContain("{% include &quot;x&quot; %}");
    expect(html).toContain("${process.env.HOME}");
    expect(html).not.toContain("49");
  });

  it("keeps the feeds free of live markup too", () => {
    const atom = site.page("/feed.xml");
    expect(atom).not.toMatch(/<script/i);
    const feed = JSON.parse(site.page("/feed.json"));
    const item = feed.items.find((i: { url: string }) => i.url.endsWith(hostile));
    expect(item.content_html).not.toMatch(/<script|<img|href="javascript:/i);
    expect(item.content_html).toContain("{{ 7*7 }}");
  });

  it("lists the oddly named source file as text", () => {
    expect(site.page(hostile)).toContain("<code>hostile &amp; odd name.txt</code>");
  });
});

describe("control characters in an article", () => {
  it("are dropped from the Atom feed so it stays well-formed XML", async () => {
    const { fixtureDigest } = await import("./fixtures/site/digest.ts");
    const digest = fixtureDigest();
    digest.meetings[1]!.title = "Bell\u0007 and form feed\u000C in a title";
    digest.meetings[1]!.body = "Text with a vertical tab\u000B inside.";
    const odd = await buildFixtureSite(digest);
    try {
      const atom = odd.page("/feed.xml");
      expect(atom).toContain("<title>Bell and form feed in a title</title>");
      expect(atom).not.toMatch(/[\u0007\u000B\u000C]/);
    } finally {
      odd.remove();
    }
  });
});
