/**
 * What the page knows while the secretary works: the archive as published
 * (the snapshot the build wrote), the registries as she has changed them in
 * this session, what the last Word import reported, and the agency she asked
 * to add to the registry. Widgets subscribe and re-render when it changes.
 */
import { readRegistries } from '../../check/registry.ts';
import { textSource } from '../../check/source.ts';
import type { Registries } from '../../core/model.ts';
import type { ArchiveSnapshot } from '../../redaktion/snapshot.ts';
import type { ImportNote } from '../../tools/import/structure.ts';

/** One line of the import's checklist: a note of the import, and whether she has dealt with it. */
export interface ChecklistLine extends ImportNote {
  done: boolean;
}

/** The page's state. */
export interface RedaktionState {
  /** The archive as published. */
  published: ArchiveSnapshot;
  /** The registries' texts as saved in this session (drafts included). */
  agencies: string;
  topics: string;
  /** The registries that `agencies`/`topics` give. */
  registries: Registries;
  /** The registries as published (what publishing checks against). */
  publishedRegistries: Registries;
  /** The last import's file and checklist. */
  imported?: { file: string; checklist: ChecklistLine[] };
  /** An agency to add to the registry, asked for from a meeting: its name as written. */
  pendingAgency?: string;
}

const registriesOf = (agencies: string, topics: string) =>
  readRegistries(textSource('minutes/agencies.yml', agencies), textSource('minutes/topics.yml', topics)).registries;

let state: RedaktionState | undefined;
const listeners = new Set<() => void>();

/** Starts the state from the build's snapshot. */
export function startState(published: ArchiveSnapshot): void {
  const registries = registriesOf(published.agencies, published.topics);
  state = { published, agencies: published.agencies, topics: published.topics, registries, publishedRegistries: registries };
  notify();
}

/** The current state; throws before {@link startState}. */
export function getState(): RedaktionState {
  if (!state) throw new Error('Redaktionen har inte startat.');
  return state;
}

/** Changes the state and tells every subscriber. */
export function update(change: Partial<RedaktionState>): void {
  const next = { ...getState(), ...change };
  if (change.agencies !== undefined || change.topics !== undefined) next.registries = registriesOf(next.agencies, next.topics);
  state = next;
  notify();
}

/** Marks a registry's text as published (after a publication in this session). */
export function publishRegistry(which: 'agencies' | 'topics', text: string): void {
  const current = getState();
  const published = { ...current.published, [which]: text };
  update({ published, publishedRegistries: registriesOf(published.agencies, published.topics) });
}

/** Calls `listener` on every change; returns how to stop. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}
