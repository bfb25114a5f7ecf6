// Eleventy's configuration for this project: the layout of templates/. Eleventy runs only
// through src/site/render.ts (npm run build, npm start), which reads this file and adds the
// site plugin (src/site/eleventy-plugin.ts) with the archive the check built; the site never
// runs the check itself.
export const config = {
  dir: { includes: '_includes', data: '_data' },
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
};
