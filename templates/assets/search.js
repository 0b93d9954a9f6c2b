// Search over the Pagefind index written next to the site (/pagefind/). Results are built with
// DOM text nodes only, except Pagefind's excerpt, whose only markup is <mark> around matched words.
const form = document.querySelector("[data-search-form]");
const input = document.getElementById("search-input");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");

let pagefindPromise = null;
function loadPagefind() {
  pagefindPromise ??= import("/pagefind/pagefind.js").then(async (pagefind) => {
    await pagefind.options({ excerptLength: 24 });
    return pagefind;
  });
  return pagefindPromise;
}

/** Keep only the <mark> elements Pagefind puts around matches; everything else becomes text. */
function excerptNodes(excerpt) {
  const template = document.createElement("template");
  template.innerHTML = excerpt;
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(document.createTextNode(node.textContent ?? ""));
    }
  }
  return out;
}

function kindOf(url) {
  if (url.startsWith("/people/")) return "Person";
  if (url.startsWith("/meetings/")) return "Meeting";
  return "Page";
}

let latestQuery = 0;
async function runSearch(query) {
  const ticket = ++latestQuery;
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = "";
    return;
  }
  status.textContent = "Searching…";
  try {
    const pagefind = await loadPagefind();
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    if (ticket !== latestQuery) return;
    for (const result of results) {
      const item = document.createElement("li");
      const kind = document.createElement("span");
      kind.className = "search-kind";
      kind.textContent = kindOf(result.url);
      const link = document.createElement("a");
      link.href = result.url;
      link.textContent = result.meta?.title ?? result.url;
      const excerpt = document.createElement("p");
      excerpt.append(excerptNodes(result.excerpt ?? ""));
      item.append(kind, " ", link, excerpt);
      list.append(item);
    }
    const n = search.results.length;
    status.textContent = n === 0 ? `No results for “${query}”.` : `${n} result${n === 1 ? "" : "s"} for “${query}”.`;
  } catch {
    status.textContent = "Search is not available: the search index was not found.";
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const query = input.value;
  const url = new URL(window.location.href);
  url.searchParams.set("q", query);
  window.history.replaceState(null, "", url);
  runSearch(query);
});

let typingTimer;
input.addEventListener("input", () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => runSearch(input.value), 250);
});

const initial = new URLSearchParams(window.location.search).get("q");
if (initial) {
  input.value = initial;
  runSearch(initial);
}
