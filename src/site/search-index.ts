// Full-text search: index the rendered meeting and person pages (those marked data-pagefind-body)
// with Pagefind and write its files to <outDir>/pagefind/, where the search page loads them.
import path from "node:path";
import * as pagefind from "pagefind";

export interface SearchIndexResult {
  /** Number of pages in the index. */
  pages: number;
}

function failure(step: string, errors: string[]): Error {
  return new Error(`Search index: ${step} failed: ${errors.join("; ")}`);
}

/** Build the Pagefind index for the site already rendered into `outDir`. */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexResult> {
  const site = path.resolve(outDir);
  try {
    // One index for the whole site: pages are English apart from article text marked up with its own lang.
    const created = await pagefind.createIndex({ forceLanguage: "en" });
    if (!created.index) throw failure("starting the indexer", created.errors);
    const added = await created.index.addDirectory({ path: site });
    if (added.errors.length) throw failure("reading the site", added.errors);
    const written = await created.index.writeFiles({ outputPath: path.join(site, "pagefind") });
    if (written.errors.length) throw failure("writing the index", written.errors);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
