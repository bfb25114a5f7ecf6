/**
 * What a page reads of the archive (`site/page-reads.ts`) and how the next
 * build's plan follows from it (`build/incremental.ts`): a page is taken from
 * the previous build exactly when what it read has the same value now.
 */
import { describe, expect, it } from 'vitest';
import { nextManifest, planPages } from '../../src/build/incremental.ts';
import { pathKey, ReadTracker, valueKey } from '../../src/site/page-reads.ts';

/** A small archive: two meetings, each page of a meeting reads its own title and the people it names. */
function archive(overrides: { title?: string; name?: string; extra?: string } = {}) {
  return {
    renderMeetings: [
      { id: 'm1', people: ['p1'] },
      { id: 'm2', people: ['p2'] },
    ],
    meetingsById: {
      m1: { title: overrides.title ?? 'Första mötet', unread: overrides.extra ?? 'x' },
      m2: { title: 'Andra mötet', unread: 'y' },
    },
    peopleById: { p1: { name: overrides.name ?? 'Anna' }, p2: { name: 'Bo' } },
  };
}

type Archive = ReturnType<typeof archive>;

/** "Renders" each meeting page as a template would: through the tracker's proxy, inside its run. */
function render(data: Archive): { tracker: ReadTracker; pages: Map<string, string> } {
  const tracker = new ReadTracker();
  const wrapped = tracker.wrap(data);
  const pages = new Map<string, string>();
  for (const meeting of data.renderMeetings) {
    const file = `moten/${meeting.id}/index.html`;
    tracker.run(file, { template: 'meeting.njk', list: 'renderMeetings', items: [meeting] }, () => {
      const people = meeting.people.map((id) => wrapped.peopleById[id as 'p1']!.name).join(', ');
      pages.set(file, `${wrapped.meetingsById[meeting.id as 'm1'].title}: ${people}`);
    });
  }
  return { tracker, pages };
}

/** The plan after `before` was built, for `after`: which meeting pages are rendered again. */
function renderedAgain(before: Archive, after: Archive): string[] {
  const { tracker } = render(before);
  const manifest = nextManifest('nyckel', before, tracker.pages, { parts: [], files: [] });
  const plan = planPages(manifest, after, ['renderMeetings']);
  return after.renderMeetings.filter((m) => plan.renderPage('renderMeetings', [m])).map((m) => m.id);
}

describe('ReadTracker', () => {
  it('records what each page reads, object by object, and nothing read outside a page', () => {
    const data = archive();
    const { tracker } = render(data);
    tracker.wrap(data).meetingsById.m2.unread; // Outside any page: not recorded.
    const paths = [...tracker.pages.get('moten/m1/index.html')!.paths].map((p) => p.split('\u0000').join('.'));
    expect(paths.sort()).toEqual(['meetingsById', 'meetingsById.m1', 'meetingsById.m1.title', 'peopleById', 'peopleById.p1', 'peopleById.p1.name']);
    expect(tracker.pages.get('moten/m1/index.html')!.list).toBe('renderMeetings');
  });

  it('records reads after an await as the page’s', async () => {
    const tracker = new ReadTracker();
    const wrapped = tracker.wrap(archive());
    await tracker.run('sida.html', { template: 't.njk' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return wrapped.peopleById.p2.name;
    });
    expect([...tracker.pages.get('sida.html')!.paths]).toContain('peopleById\u0000p2\u0000name');
  });

  it('counts an object whose keys a page lists as read whole', () => {
    const tracker = new ReadTracker();
    const data = archive();
    const wrapped = tracker.wrap(data);
    tracker.run('personer.html', { template: 'people.njk' }, () => Object.keys(wrapped.peopleById));
    const [whole] = [...tracker.pages.get('personer.html')!.paths].filter((p) => p.endsWith('\u0001'));
    expect(whole).toBeDefined();
    const more = { ...data, peopleById: { ...data.peopleById, p3: { name: 'Cecilia' } } };
    expect(pathKey(more, whole!)).not.toBe(pathKey(data, whole!));
  });
});

describe('valueKey', () => {
  it('is equal for equal values and differs for different ones, however the value is shared', () => {
    const shared = { name: 'Anna', agency: 'FoHM' };
    expect(valueKey([shared, shared])).toBe(valueKey([{ name: 'Anna', agency: 'FoHM' }, { name: 'Anna', agency: 'FoHM', unset: undefined }]));
    expect(valueKey({ a: 1, b: undefined })).toBe(valueKey({ a: 1 }));
    expect(valueKey({ a: '1' })).not.toBe(valueKey({ a: 1 }));
    expect(valueKey(['a,b'])).not.toBe(valueKey(['a', 'b']));
    expect(valueKey({ a: { b: 1 } })).not.toBe(valueKey({ a: { b: 2 } }));
    expect(valueKey(undefined)).not.toBe(valueKey(null));
  });
});

describe('planPages', () => {
  it('takes every page when nothing changed', () => {
    expect(renderedAgain(archive(), archive())).toEqual([]);
  });

  it('renders again the page that read a changed value, and only it', () => {
    expect(renderedAgain(archive(), archive({ title: 'Första mötet, ändrat' }))).toEqual(['m1']);
    expect(renderedAgain(archive(), archive({ name: 'Annika' }))).toEqual(['m1']);
  });

  it('takes a page whose data changed only where it did not read', () => {
    expect(renderedAgain(archive(), archive({ extra: 'annat' }))).toEqual([]);
  });

  it('renders a page made from a new item, and takes none for an item that is gone', () => {
    const before = archive();
    const after = archive();
    after.renderMeetings = [after.renderMeetings[0]!, { id: 'm3', people: ['p1'] }];
    (after.meetingsById as Record<string, { title: string; unread: string }>).m3 = { title: 'Tredje', unread: '' };
    expect(renderedAgain(before, after)).toEqual(['m3']);
    const { tracker } = render(before);
    const plan = planPages(nextManifest('nyckel', before, tracker.pages, { parts: [], files: [] }), after, ['renderMeetings']);
    expect(plan.reused.map((page) => page.file)).toEqual(['moten/m1/index.html']);
  });

  it('would take a changed page if its reads were not recorded: the plan rests on the tracker', () => {
    // The tracker is what makes a change visible: without its reads, a changed title goes unseen. This shows the
    // tests above depend on the reads being recorded.
    const before = archive();
    const { tracker } = render(before);
    for (const page of tracker.pages.values()) page.paths.clear();
    const plan = planPages(nextManifest('nyckel', before, tracker.pages, { parts: [], files: [] }), archive({ title: 'Nytt' }), ['renderMeetings']);
    expect(plan.reused.length).toBe(2);
  });
});
