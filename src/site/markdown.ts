// Article text is data: it is rendered by this markdown-it instance only, never by a template engine.
import MarkdownIt from "markdown-it";

/** Links an article may carry: absolute web and mail links. Anything else stays plain text. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

function createArticleMarkdown() {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  // Relative links would point into this site and break; script-like schemes must never become links.
  md.validateLink = (url: string): boolean => SAFE_LINK.test(url.trim());
  // Images in articles would load remote resources; the alt text is enough.
  md.disable("image");
  // Article headings sit under the page's own headings: keep them one level below the section.
  md.renderer.rules.heading_open = (tokens, idx) => {
    const token = tokens[idx];
    if (token) token.tag = "h3";
    return "<h3>";
  };
  md.renderer.rules.heading_close = () => "</h3>\n";
  const defaultLinkOpen =
    md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx]?.attrSet("rel", "nofollow noopener");
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

const articleMarkdown = createArticleMarkdown();

/** Render article text (Markdown, raw HTML off) to HTML that is safe to insert into a page. */
export function renderArticleText(text: string): string {
  return articleMarkdown.render(text);
}

export { articleMarkdown };
