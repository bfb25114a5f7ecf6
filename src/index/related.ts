/** Related items: for each item, items of other meetings on the same topics, nearest in time first. Pure. */
import type { ItemEntry } from '../core/index-schema.ts';

/** How many related items each item lists. */
export const RELATED_LIMIT = 5;

/**
 * Fills `relatedIds`: items of other meetings on the same topics, nearest in
 * time first (alternately before and after), taking the item's topics in turn.
 * `byTopic` holds each topic's items newest first.
 */
export function linkRelated(items: readonly ItemEntry[], byTopic: ReadonlyMap<string, readonly ItemEntry[]>): void {
  const position = new Map<string, Map<ItemEntry, number>>();
  for (const [topic, list] of byTopic) position.set(topic, new Map(list.map((item, index) => [item, index])));
  for (const item of items) {
    const cursors = item.topicIds.map((topic) => ({ list: byTopic.get(topic) ?? [], at: position.get(topic)?.get(item) ?? 0, step: 1 }));
    const related: string[] = [];
    const seen = new Set<string>();
    let progress = true;
    while (related.length < RELATED_LIMIT && progress) {
      progress = false;
      for (const cursor of cursors) {
        // Walk outwards from the item: newer (index - step), then older (index + step).
        while (cursor.step <= cursor.list.length) {
          const candidates = [cursor.list[cursor.at - cursor.step], cursor.list[cursor.at + cursor.step]];
          cursor.step++;
          const fresh = candidates.filter((c): c is ItemEntry => c !== undefined && c.meetingId !== item.meetingId && !seen.has(c.id));
          if (fresh.length === 0) continue;
          for (const c of fresh) if (related.length < RELATED_LIMIT) (related.push(c.id), seen.add(c.id));
          progress = true;
          break;
        }
        if (related.length >= RELATED_LIMIT) break;
      }
    }
    item.relatedIds = related;
  }
}
