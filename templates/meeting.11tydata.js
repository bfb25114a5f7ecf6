// Computed data for meeting.njk as functions: compiled once, not as a template string for every page.
export default {
  eleventyComputed: {
    permalink: (d) => d.meeting.url,
    title: (d) => d.meeting.title,
    description: (d) => `Minnesanteckningar från ${d.meeting.title}.`,
  },
};
