// Computed data for year.njk as functions: compiled once, not as a template string for every page.
export default {
  eleventyComputed: {
    permalink: (d) => d.year.url,
    title: (d) => `Möten ${d.year.year}`,
  },
};
