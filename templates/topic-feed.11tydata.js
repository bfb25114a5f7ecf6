// Computed data for topic-feed.njk as functions: compiled once, not as a template string for every page.
export default {
  eleventyComputed: {
    permalink: (d) => d.page_.entry.feedUrl,
  },
};
