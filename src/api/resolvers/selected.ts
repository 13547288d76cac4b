/** Whether a field's selection asks for a subfield (fragments included, one level deep). */
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function asks(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): boolean {
  return (set?.selections ?? []).some((s) => {
    if (s.kind === 'Field') return s.name.value === name;
    if (s.kind === 'InlineFragment') return asks(s.selectionSet, name, info);
    return asks(info.fragments[s.name.value]?.selectionSet, name, info);
  });
}

export function selects(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => asks(node.selectionSet, name, info));
}
