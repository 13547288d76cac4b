/**
 * The small slice of the DOM that the DOCX and HTML readers walk (linkedom parses both), typed
 * here because the project does not compile against the browser's DOM library.
 */
import { DOMParser } from 'linkedom';

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

export const ELEMENT = 1;
export const TEXT = 3;

export const children = (n: DomNode): DomNode[] => Array.from(n.childNodes);
export const nameOf = (n: DomNode): string => n.nodeName.toLowerCase();
export const attr = (n: DomNode, name: string): string => n.getAttribute?.(name) ?? '';

export function parseXml(xml: string): DomNode {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as DomNode;
}

export function parseHtml(html: string): DomNode {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as DomNode;
}

/** The first descendant (depth first) named `name`. */
export function find(n: DomNode, name: string): DomNode | undefined {
  for (const c of children(n)) {
    if (c.nodeType !== ELEMENT) continue;
    if (nameOf(c) === name) return c;
    const deep = find(c, name);
    if (deep) return deep;
  }
  return undefined;
}

/** Collapse runs of white space (including no-break spaces) into one space. */
export const squashSpace = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ');

/** Marks a line break inside a paragraph (DOCX w:br, HTML br) until the paragraph is squashed. */
export const BREAK = '\u2028';

/**
 * A paragraph's text with white space squashed, its line breaks (BREAK) kept as `\n`: a title or
 * an address set on several lines stays on several lines, as the parser reads clean text.
 */
export const squashParagraph = (s: string): string =>
  s
    .split(BREAK)
    .map((line) => squashSpace(line).trim())
    .filter((line) => line !== '')
    .join('\n');
