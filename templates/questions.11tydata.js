// Computed data for questions.njk as functions: compiled once, not as a template string for every page.
const name = (d) =>
  d.page_.kind === 'topic'
    ? `Frågor och svar om ${d.page_.topic.name}`
    : d.page_.kind === 'agency'
      ? `Frågor som ${d.page_.agency.shortName ?? d.page_.agency.name} har svarat på`
      : 'Frågor och svar';

export default {
  eleventyComputed: {
    permalink: (d) => d.page_.url,
    title: (d) => `${name(d)}${d.page_.number > 1 ? `, sida ${d.page_.number}` : ''}`,
    description: (d) => `${name(d)} från Socialchefsnätverkets möten, den senaste frågan först.`,
  },
};
