// Computed data for agency.njk as functions: compiled once, not as a template string for every page.
export default {
  eleventyComputed: {
    permalink: (d) => d.page_.url,
    title: (d) => `${d.page_.entry.name}${d.page_.number > 1 ? `, sida ${d.page_.number}` : ''}`,
    description: (d) => `Vad ${d.page_.entry.name} har svarat på och föredragit på Socialchefsnätverkets möten.`,
    feed: (d) => ({ title: `${d.page_.entry.name} – nya punkter och svar`, url: d.urls.agencyFeed(d.page_.entry.id) }),
  },
};
