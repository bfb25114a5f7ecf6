// Computed data for entry-feed.njk as functions: compiled once, not as a template string for every page.
export default {
  eleventyComputed: {
    permalink: (d) => d.feed_.feedUrl,
  },
};
