// The permalink as a function of the page's data: a Nunjucks permalink string would be compiled
// again for every one of thousands of paginated pages. URLs are built (and slugs checked) in src/site/site-data.ts.
export default {
  permalink: (data) => data.listPage.url,
};
