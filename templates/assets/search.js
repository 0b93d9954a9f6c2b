// Search over the Pagefind index written next to the site (pagefind/ beside assets/). Results are
// built with DOM text nodes only, except Pagefind's excerpt, whose only markup is <mark> around
// matched words. Filters (person, organisation, country, topic, year, role, page type) narrow the
// results, with counts; with no words, the filters alone browse the meetings, newest first
// (undated ones last). The query and filters live in the address, so a filtered search can be linked.
const form = document.querySelector("[data-search-form]");
const input = document.getElementById("search-input");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const more = document.querySelector("[data-search-more]");
const filterBox = document.querySelector("[data-search-filters]");
const selects = [...document.querySelectorAll("[data-filter]")];
const sortSelect = document.querySelector("[data-search-sort]");
const base = form.dataset.base || "/";
const PAGE = 20;

let pagefindPromise = null;
function loadPagefind() {
  pagefindPromise ??= import(new URL("../pagefind/pagefind.js", import.meta.url).href).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 24, baseUrl: base });
    // Loads every filter's index: a search reports counts only for the filters already loaded.
    await pagefind.filters();
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
  const path = url.startsWith(base) ? url.slice(base.length - 1) : url;
  if (path.startsWith("/people/")) return "Person";
  if (path.startsWith("/meetings/")) return "Meeting";
  if (path.startsWith("/organisations/")) return "Organisation";
  if (path.startsWith("/countries/")) return "Country";
  return "Page";
}

function chosenFilters() {
  const filters = {};
  for (const s of selects) if (s.value) filters[s.dataset.filter] = s.value;
  return filters;
}

/** Fill each filter with its values and how many results each would leave. */
function showFilterCounts(counts) {
  for (const s of selects) {
    const values = counts[s.dataset.filter] ?? {};
    const current = s.value;
    const names = Object.keys(values).sort((a, b) => (s.dataset.filter === "year" ? b.localeCompare(a) : a.localeCompare(b)));
    if (current && !names.includes(current)) names.unshift(current);
    const options = [new Option("Any", "")];
    for (const name of names) options.push(new Option(`${name} (${values[name] ?? 0})`, name, false, name === current));
    s.replaceChildren(...options);
    s.value = current;
  }
}

let latest = 0;
let pending = [];
async function runSearch() {
  const ticket = ++latest;
  const query = input.value.trim();
  const filters = chosenFilters();
  list.replaceChildren();
  more.hidden = true;
  const pagefind = await loadPagefind().catch(() => null);
  if (!pagefind) {
    status.textContent = "Search is not available: the search index was not found.";
    return;
  }
  const browsing = !query;
  if (browsing && Object.keys(filters).length === 0) {
    showFilterCounts(await pagefind.filters());
    status.textContent = "";
    return;
  }
  status.textContent = "Searching…";
  const order = sortSelect.value || (browsing ? "desc" : "");
  try {
    const search = await pagefind.search(browsing ? null : query, { filters, ...(order ? { sort: { date: order } } : {}) });
    if (ticket !== latest) return;
    showFilterCounts(search.filters);
    pending = search.results;
    const n = pending.length;
    const what = browsing ? "matching the filters" : `for “${query}”`;
    status.textContent = n === 0 ? `No results ${what}.` : `${n} result${n === 1 ? "" : "s"} ${what}.`;
    await showMore(ticket);
  } catch {
    status.textContent = "Search is not available: the search index was not found.";
  }
}

async function showMore(ticket) {
  const batch = pending.splice(0, PAGE);
  const results = await Promise.all(batch.map((r) => r.data()));
  if (ticket !== latest) return;
  for (const result of results) {
    const item = document.createElement("li");
    const kind = document.createElement("span");
    kind.className = "search-kind";
    kind.textContent = kindOf(result.url) + (result.meta?.date ? ` · ${result.meta.date}` : "");
    const link = document.createElement("a");
    link.href = result.url;
    link.textContent = result.meta?.title ?? result.url;
    const excerpt = document.createElement("p");
    excerpt.append(excerptNodes(result.excerpt ?? ""));
    item.append(kind, " ", link, excerpt);
    list.append(item);
  }
  more.hidden = pending.length === 0;
}

function saveToAddress() {
  const url = new URL(window.location.href);
  url.search = "";
  if (input.value.trim()) url.searchParams.set("q", input.value);
  for (const [k, v] of Object.entries(chosenFilters())) url.searchParams.set(k, v);
  if (sortSelect.value) url.searchParams.set("sort", sortSelect.value);
  window.history.replaceState(null, "", url);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  saveToAddress();
  runSearch();
});
for (const s of [...selects, sortSelect]) {
  s.addEventListener("change", () => {
    saveToAddress();
    runSearch();
  });
}
document.querySelector("[data-search-reset]").addEventListener("click", () => {
  for (const s of selects) s.value = "";
  sortSelect.value = "";
  saveToAddress();
  runSearch();
});
more.addEventListener("click", () => showMore(latest));

let typingTimer;
input.addEventListener("input", () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(runSearch, 250);
});

// The address may name a query, filters and an order (links from person, organisation, country and topic pages do).
const params = new URLSearchParams(window.location.search);
input.value = params.get("q") ?? "";
for (const s of selects) {
  const value = params.get(s.dataset.filter);
  if (value) s.replaceChildren(new Option("Any", ""), new Option(value, value, false, true));
}
if (["asc", "desc"].includes(params.get("sort"))) sortSelect.value = params.get("sort");
filterBox.hidden = false;
runSearch();
