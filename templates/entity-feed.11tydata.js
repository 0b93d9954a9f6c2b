// The permalink as a function of the page's data; feed URLs are built (and slugs checked) in src/site/explore-data.ts.
export default {
  permalink: (data) => data.feed.url,
};
