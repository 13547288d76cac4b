/**
 * Small checks for hand-written YAML data, so a mistake in seed/orgs or a .meta.yaml file fails
 * with the file, the entry and the field named instead of deep inside the resolver.
 */
import { LEVELS, ORG_KINDS, type Jurisdiction, type Level, type OrgKind } from './types.ts';

export class OrgDataError extends Error {
  override name = 'OrgDataError';
}

export type Plain = Record<string, unknown>;

export function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A field reader bound to a location ('seed/orgs/central.yaml: organizations[3]'). */
export class Fields {
  constructor(
    private readonly obj: Plain,
    readonly where: string,
  ) {}

  fail(problem: string): never {
    const sep = this.where.endsWith(':') ? ' ' : ': ';
    throw new OrgDataError(`${this.where}${sep}${problem}`);
  }

  /** Location of a nested field: 'x.yaml: organizations[3]' or 'x.yaml: jurisdiction'. */
  private child(key: string): string {
    return this.where.endsWith(':') ? `${this.where} ${key}` : `${this.where}.${key}`;
  }

  optionalString(key: string): string | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (typeof v !== 'string') this.fail(`field "${key}" must be a string`);
    return v.normalize('NFC');
  }

  string(key: string): string {
    const v = this.optionalString(key);
    if (v === undefined || v.trim() === '') this.fail(`field "${key}" is required`);
    return v;
  }

  strings(key: string): string[] {
    const v = this.obj[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      this.fail(`field "${key}" must be a list of strings`);
    }
    return (v as string[]).map((s) => s.normalize('NFC'));
  }

  boolean(key: string): boolean {
    const v = this.obj[key];
    if (v === undefined || v === null) return false;
    if (typeof v !== 'boolean') this.fail(`field "${key}" must be true or false`);
    return v;
  }

  /** ISO date (YAML may hand it over as a Date when unquoted). */
  optionalDate(key: string): string | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) {
      this.fail(`field "${key}" must be an ISO date (YYYY-MM-DD)`);
    }
    return v;
  }

  optionalLevel(key: string): Level | undefined {
    const v = this.optionalString(key);
    if (v === undefined) return undefined;
    if (!(LEVELS as readonly string[]).includes(v)) {
      this.fail(`field "${key}" must be one of ${LEVELS.join(', ')}, got "${v}"`);
    }
    return v as Level;
  }

  level(key: string): Level {
    const v = this.optionalLevel(key);
    if (v === undefined) this.fail(`field "${key}" is required`);
    return v;
  }

  orgKind(key: string): OrgKind {
    return this.asOrgKind(this.string(key), key);
  }

  orgKinds(key: string): OrgKind[] {
    const list = this.strings(key);
    if (list.length === 0) this.fail(`field "${key}" must list at least one kind`);
    return list.map((k) => this.asOrgKind(k, key));
  }

  private asOrgKind(v: string, key: string): OrgKind {
    if (!(ORG_KINDS as readonly string[]).includes(v)) {
      this.fail(`field "${key}": unknown kind "${v}" (known: ${ORG_KINDS.join(', ')})`);
    }
    return v as OrgKind;
  }

  optionalJurisdiction(key: string): Jurisdiction | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    if (!isPlain(v)) this.fail(`field "${key}" must be a mapping with province and/or district`);
    const inner = new Fields(v, this.child(key));
    const province = inner.optionalString('province');
    const district = inner.optionalString('district');
    if (province === undefined && district === undefined) {
      this.fail(`field "${key}" needs a province or a district`);
    }
    return {
      ...(province !== undefined ? { province } : {}),
      ...(district !== undefined ? { district } : {}),
    };
  }

  list(key: string): Fields[] {
    const v = this.obj[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.fail(`field "${key}" must be a list`);
    return v.map((item, i) => {
      const where = this.child(`${key}[${i}]`);
      if (!isPlain(item)) throw new OrgDataError(`${where}: must be a mapping`);
      return new Fields(item, where);
    });
  }

  keys(): string[] {
    return Object.keys(this.obj);
  }
}
