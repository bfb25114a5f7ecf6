/**
 * The meeting as Redaktionen's preview shows it: the markup of the site's
 * meeting page (`templates/meeting.njk`) for the title, the date, the
 * introduction and every item, with each item's Markdown turned into HTML
 * by the check's own pipeline (`toSafeHtml`, the same as the build's), and
 * shown with the site's own stylesheet. Pure: a checked meeting in, HTML
 * out. The browser tests compare it with the built page.
 */
import { swedishDate } from '../core/dates.ts';
import { agencyLabel } from '../core/agency-names.ts';
import { creditAnswers } from '../core/answer-credits.ts';
import type { MeetingRecord, Registries } from '../core/model.ts';
import { urls, withPathPrefix } from '../core/urls.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Options of {@link meetingPreviewHtml}. */
export interface PreviewOptions {
  registries: Registries;
  /** How the network's own items are labelled (the site setting's `networkLabel`). */
  networkLabel: string;
  /** The path the site is served under, for the links to people and agencies. Default: `/`. */
  pathPrefix?: string;
}

/** The presenters line of an item, as the site's `presenters` macro writes it. */
function presentersHtml(item: MeetingRecord['items'][number], options: PreviewOptions): string {
  const prefix = options.pathPrefix ?? '/';
  const parts = item.presenters.map((presenter) => {
    const agency = options.registries.agencyById.get(presenter.agencyId);
    const agencyText = agency ? agencyLabel(agency) : presenter.agencyId;
    return `<a href="${withPathPrefix(urls.person(presenter.personId), prefix)}">${escapeHtml(presenter.name)}</a>, <a href="${withPathPrefix(urls.agency(presenter.agencyId), prefix)}">${escapeHtml(agencyText)}</a>`;
  });
  if (item.network) parts.push(`<span class="network">${escapeHtml(options.networkLabel)}</span>`);
  return parts.length ? `<p class="presenters">${parts.join('; ')}</p>` : '';
}

/** The topics of an item, as the site's `topicLinks` macro writes them. */
function topicsHtml(topicIds: readonly string[], options: PreviewOptions): string {
  if (!topicIds.length) return '';
  const prefix = options.pathPrefix ?? '/';
  const links = topicIds.map((id) => {
    const topic = options.registries.topics.find((t) => t.id === id);
    return `<li><a href="${withPathPrefix(urls.topic(id), prefix)}">${escapeHtml(topic?.name ?? id)}</a></li>`;
  });
  return `<ul class="tags">${links.join('')}</ul>`;
}

/** One item's section, as the meeting page has it. */
export function itemSectionHtml(item: MeetingRecord['items'][number], options: PreviewOptions): string {
  const prefix = options.pathPrefix ?? '/';
  const html = creditAnswers(item.html, item.questions, (id) => {
    const agency = options.registries.agencyById.get(id);
    return agency && { url: withPathPrefix(urls.agency(id), prefix), label: agencyLabel(agency) };
  });
  const minutes = `<div class="minutes">${html}</div>`;
  const content =
    item.kind === 'presentation' ? `<details class="slides" open><summary>Visa bildernas text</summary>${minutes}</details>` : minutes;
  return `<section class="item${item.kind === 'presentation' ? ' presentation' : ''}" id="${escapeHtml(item.anchor)}"><h2>${escapeHtml(item.title)}</h2>${presentersHtml(item, options)}${topicsHtml(item.topicIds, options)}${content}</section>`;
}

/** The whole meeting as the preview shows it. */
export function meetingPreviewHtml(meeting: MeetingRecord, options: PreviewOptions): string {
  const intro = meeting.introHtml ? `<div class="intro minutes">${meeting.introHtml}</div>` : '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(meeting.date)
    ? `<p class="meeting-date">Mötesdatum: <time datetime="${meeting.date}">${escapeHtml(swedishDate(meeting.date))}</time></p>`
    : '';
  return `<article class="meeting"><h1>${escapeHtml(meeting.title)}</h1>${date}${intro}${meeting.items.map((item) => itemSectionHtml(item, options)).join('')}</article>`;
}
