/**
 * Tests that kill surviving mutants of src/parse/actor-memo.ts (bench/results/mutation.md): each
 * memo computes a text once and hands back the same result, and a person's title ("Ông",
 * "Đồng chí", "đ/c") is set aside before the name is read. Expected values are read off the
 * mentions by hand.
 */
import { describe, expect, it } from 'vitest';
import { kindOnce, resolveOnce, splitOnce } from '../../../src/parse/actor-memo.ts';
import type { Resolution, ResolveContext } from '../../../src/parse/types.ts';
import { testRegistry } from './helpers.ts';

describe('memos compute once', () => {
  it('splitOnce hands back the same parts for the same text', () => {
    const split = splitOnce(testRegistry());
    const first = split('Sở Tài chính, Sở Nội vụ');
    expect(split('Sở Tài chính, Sở Nội vụ')).toBe(first);
  });

  it('splitOnce shares the parts between the documents of one abbreviation table', () => {
    // each document makes its own splitOnce; an ingest's documents repeat the same lists
    const registry = testRegistry();
    const first = splitOnce(registry)('Sở Tài chính, Sở Nội vụ');
    expect(first).toEqual([
      { start: 0, end: 12, mention: 'Sở Tài chính', expanded: 'Sở Tài chính' },
      { start: 14, end: 23, mention: 'Sở Nội vụ', expanded: 'Sở Nội vụ' },
    ]);
    expect(splitOnce(registry)('Sở Tài chính, Sở Nội vụ')).toBe(first);
    const other = { ...registry, abbreviations: [...registry.abbreviations] };
    expect(splitOnce(other)('Sở Tài chính, Sở Nội vụ')).not.toBe(first);
  });

  it('resolveOnce calls the resolver once per name until the context changes', () => {
    const calls: string[] = [];
    const context: ResolveContext = { documentKey: 'kh-12' };
    const memo = resolveOnce((name): Resolution => {
      calls.push(name);
      return { kind: 'unresolved', id: null, name, mention: name, confidence: 0, rule: 'test' };
    }, context);
    const first = memo.get('Sở Tài chính');
    expect(memo.get('Sở Tài chính')).toBe(first);
    expect(calls).toEqual(['Sở Tài chính']);
    memo.changed();
    memo.get('Sở Tài chính');
    expect(calls).toEqual(['Sở Tài chính', 'Sở Tài chính']);
  });

  it('kindOnce hands back the same reading for the same mention', () => {
    const kind = kindOnce();
    const first = kind('Sở Tài chính');
    expect(kind('Sở Tài chính')).toBe(first);
  });
});

describe('a person named after a title', () => {
  it.each(['Ông Nguyễn Văn An', 'Đồng chí Nguyễn Văn An', 'đ/c Trần Thị Bình, Phó Giám đốc Sở'])(
    '%s is a person',
    (mention) => {
      expect(kindOnce()(mention)).toStrictEqual({ kind: 'person', held: null });
    },
  );
});
