/** The registry indexed by normalised key, built once per resolver. */
import { foldKey } from './normalize.ts';
import type {
  BodyTemplate,
  CommuneRecord,
  JurisdictionRecord,
  OrgRecord,
  PhraseEntry,
  Registry,
} from './types.ts';

export interface Index {
  absolute: Map<string, OrgRecord[]>;
  absoluteFold: Map<string, OrgRecord[]>;
  templates: Map<string, BodyTemplate[]>;
  templatesFold: Map<string, BodyTemplate[]>;
  levelless: Map<string, BodyTemplate[]>;
  /** Jurisdictions by name key, for "… Lạng Sơn" suffixes (see jurisdiction-names.ts). */
  jurisdictionNames: Map<string, JurisdictionRecord[]>;
  /** Communes by name key and the commune templates by name (see communes.ts). */
  communeNames: Map<string, CommuneRecord[]>;
  communeTemplates: Map<string, BodyTemplate[]>;
  phrases: Array<{ key: string; entry: PhraseEntry }>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

export function buildIndex(registry: Registry, key: (s: string) => string): Index {
  const index: Index = {
    absolute: new Map(),
    absoluteFold: new Map(),
    templates: new Map(),
    templatesFold: new Map(),
    levelless: new Map(),
    jurisdictionNames: new Map(),
    communeNames: new Map(),
    communeTemplates: new Map(),
    phrases: [],
  };
  for (const o of registry.organizations) {
    for (const name of [o.name, ...o.aliases]) {
      push(index.absolute, key(name), o);
      push(index.absoluteFold, foldKey(key(name)), o);
    }
  }
  for (const t of registry.templates) {
    // A commune body needs its commune's name: "Ủy ban nhân dân xã" alone binds to nothing.
    if (t.level === 'xa') {
      for (const name of [t.name, ...t.aliases]) push(index.communeTemplates, key(name), t);
      continue;
    }
    for (const name of [t.name, ...t.aliases]) {
      push(index.templates, key(name), t);
      push(index.templatesFold, foldKey(key(name)), t);
    }
    for (const name of t.levelless) push(index.levelless, key(name), t);
  }
  for (const j of registry.jurisdictions) {
    for (const name of [j.name, ...j.aliases]) push(index.jurisdictionNames, key(name), j);
  }
  for (const c of registry.communes ?? []) push(index.communeNames, key(c.name), c);
  for (const entry of registry.phrases) {
    for (const form of entry.forms) index.phrases.push({ key: key(form), entry });
  }
  index.phrases.sort((a, b) => b.key.length - a.key.length);
  return index;
}
