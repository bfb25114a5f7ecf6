// Computed data for person.njk as functions: compiled once, not as a template string for every page.
export default {
  eleventyComputed: {
    permalink: (d) => d.page_.url,
    title: (d) => `${d.page_.entry.name}${d.page_.number > 1 ? `, sida ${d.page_.number}` : ''}`,
    description: (d) => `Dagordningspunkter som ${d.page_.entry.name} har föredragit.`,
    feed: (d) => ({ title: `${d.page_.entry.name} – nya punkter`, url: d.urls.personFeed(d.page_.entry.id) }),
  },
};
