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

/** The field's selection asks for nothing but `id` (and `__typename`): the parent may already
 *  know the answer without a read. */
export function selectsOnlyId(info: GraphQLResolveInfo): boolean {
  const only = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).every((s) => {
      if (s.kind === 'Field') return s.name.value === 'id' || s.name.value === '__typename';
      if (s.kind === 'InlineFragment') return only(s.selectionSet);
      return only(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.every((node) => only(node.selectionSet));
}
