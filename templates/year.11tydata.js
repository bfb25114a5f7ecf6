// Computed data for year.njk as functions: compiled once, not as a template string for every page.
export default {
  eleventyComputed: {
    permalink: (d) => `/ar/${d.year.year}/`,
    title: (d) => `Möten ${d.year.year}`,
  },
};
