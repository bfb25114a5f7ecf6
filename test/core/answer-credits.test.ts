import { describe, expect, it } from 'vitest';
import { creditAnswers } from '../../src/core/answer-credits.ts';

const html = '<h3 id="fraga-1">Får man krama?</h3>\n<p>FoHM: Ja.</p>\n<h3 id="fraga-2">Och sedan?</h3>\n<p>Oklart.</p>';
const links = { fohm: { url: '/aktorer/fohm/', label: 'FoHM' }, skr: { url: '/aktorer/skr/', label: 'SKR & "co"' } } as const;
const linkOf = (id: string) => links[id as keyof typeof links];

describe('who answered, under a question', () => {
  it('is "Svar från" with each agency linked, only under the questions an agency answered', () => {
    expect(
      creditAnswers(
        html,
        [
          { anchor: 'fraga-1', answeringAgencyIds: ['fohm', 'skr'] },
          { anchor: 'fraga-2', answeringAgencyIds: [] },
        ],
        linkOf,
      ),
    ).toBe(
      '<h3 id="fraga-1">Får man krama?</h3>\n<p class="answered-by">Svar från <a href="/aktorer/fohm/">FoHM</a>, <a href="/aktorer/skr/">SKR &amp; &quot;co&quot;</a></p>\n<p>FoHM: Ja.</p>\n<h3 id="fraga-2">Och sedan?</h3>\n<p>Oklart.</p>',
    );
  });

  it('leaves the HTML as it is when no agency it knows answered', () => {
    expect(creditAnswers(html, [{ anchor: 'fraga-1', answeringAgencyIds: ['okand'] }], linkOf)).toBe(html);
  });
});
