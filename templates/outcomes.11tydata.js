// Computed data for outcomes.njk as functions: compiled once, not as a template string for every page.
export default {
  eleventyComputed: {
    permalink: (d) => d.page_.url,
    title: (d) => `Beslut och uppföljning${d.page_.number > 1 ? `, sida ${d.page_.number}` : ''}`,
    description: () => 'Beslut och uppföljningar från Socialchefsnätverkets möten, det senaste först.',
  },
};
