/**
 * The parts of Decap CMS the page uses, typed: the `CMS` object, React's
 * `h` (createElement) and `createClass`, which Decap's bundle sets on
 * `window`, and the Immutable values its widgets get.
 */

/** A React element or anything React renders. */
export type Node = unknown;

/** React's createElement. */
export type H = (type: unknown, props?: Record<string, unknown> | null, ...children: Node[]) => Node;

/** create-react-class. */
export type CreateClass = (spec: Record<string, unknown>) => unknown;

/** What Decap gives a widget's control. */
export interface ControlProps {
  value: unknown;
  onChange(value: unknown): void;
  forID: string;
  classNameWrapper: string;
  /** The field's configuration (an Immutable Map). */
  field: { get(key: string): unknown };
  /** The whole entry (an Immutable Map with `data`, `slug`, `newRecord` …). */
  entry?: { get(key: string): unknown; getIn(path: string[]): unknown };
  setActiveStyle?(): void;
  setInactiveStyle?(): void;
}

/** What Decap gives a preview template. */
export interface PreviewProps {
  entry: { get(key: string): unknown; getIn(path: string[]): unknown };
  document?: Document;
  window?: Window;
}

/** Decap's `CMS` object, as far as the page uses it. */
export interface Cms {
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerPreviewStyle(href: string): void;
  registerEventListener(listener: { name: string; handler: (args: { entry: { get(key: string): unknown } }) => unknown }): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: { fromFile(text: string): unknown; toFile(data: unknown): string },
  ): void;
  init(options: { config: Record<string, unknown> }): void;
}

/** The globals Decap's bundle sets. */
export interface DecapGlobals {
  CMS: Cms;
  h: H;
  createClass: CreateClass;
}

/** Decap's globals from `window`; throws in Swedish when its bundle did not load. */
export function decapGlobals(): DecapGlobals {
  const w = window as unknown as Partial<DecapGlobals>;
  if (!w.CMS || !w.h || !w.createClass) throw new Error('Redaktionens program (Decap CMS) kunde inte laddas. Ladda om sidan.');
  return { CMS: w.CMS, h: w.h, createClass: w.createClass };
}

/** A widget's value as plain data: Decap keeps loaded values as Immutable collections, our widgets as plain ones. */
export function plain<T>(value: unknown, fallback: T): T {
  if (value === undefined || value === null) return fallback;
  const immutable = value as { toJS?: () => unknown };
  return (typeof immutable.toJS === 'function' ? immutable.toJS() : value) as T;
}

/** A field's configuration value as plain data. */
export function fieldOption<T>(props: ControlProps, key: string, fallback: T): T {
  return plain(props.field.get(key), fallback);
}
