// Eleventy is the view layer: templates/ paginate the structured index into site/.
// Everything is wired in the site plugin; see src/site/eleventy-plugin.ts.
import { sitePlugin } from './src/site/eleventy-plugin.ts';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(sitePlugin, { minutesDir: 'minutes' });
}

export const config = {
  dir: { input: 'templates', output: 'site', includes: '_includes', data: '_data' },
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
};
