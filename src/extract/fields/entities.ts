import { findPeople } from '../people.ts';
import { findPlaces } from '../places.ts';
import { matchKey } from '../../vietnamese/fold.ts';

export interface Entities {
  people: string[];
  places: string[];
}

export function findEntities(texts: string[]): Entities {
  const all = texts.join('\n');
  return { people: findPeople(all), places: findPlaces(all) };
}

/** Tags: the site's own keywords first, then the people and places named, each once. */
export function mergeTags(...lists: string[][]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of lists.flat()) {
    const key = matchKey(tag);
    if (key && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}
