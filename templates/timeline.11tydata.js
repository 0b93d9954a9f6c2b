// The permalink as a function of the page's data; URLs are built (and checked) in src/site/site-data.ts.
export default {
  permalink: (data) => data.timelinePage.url,
};
