/** The highlighted text of a document: passages, facts as marks, the selected fact's record. */
import { useMemo } from 'preact/hooks';
import { useWords, type Words } from '../i18n.ts';
import { href } from '../route.ts';
import { passages, wholeText, type Fact, type Segment } from '../spans.ts';

const kindWords: Record<Fact['kind'], keyof Words> = {
  task: 'Task',
  lead: 'lead',
  coordinator: 'coordinator',
  reportsTo: 'reportsTo',
  deadline: 'deadline',
  recipient: 'recipient',
  reference: 'reference',
  target: 'target',
  issuer: 'issuer',
};

export function kindLabel(w: Words, kind: Fact['kind']): string {
  return w[kindWords[kind]];
}

function SegmentView({
  segment,
  firsts,
  onSelect,
}: {
  segment: Segment;
  firsts: Map<string, number>;
  onSelect: (fact: Fact) => void;
}) {
  const inner = segment.facts[0];
  if (!inner) return <>{segment.text}</>;
  // The element holding a fact's first character carries its id, for "scroll to evidence".
  const starting = segment.facts.filter((f) => firsts.get(f.key) === segment.start);
  const ids = starting.map((f) => `fact-${f.key}`);
  return (
    <mark
      class={`fact fact-${inner.kind} depth-${Math.min(segment.facts.length, 3)}`}
      id={ids[0]}
      data-facts={segment.facts.map((f) => f.key).join(' ')}
      data-kind={inner.kind}
      tabIndex={0}
      onClick={() => onSelect(inner)}
      onKeyDown={(e) =>
        (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onSelect(inner))
      }
    >
      {starting.slice(1).map((f) => (
        <span key={f.key} id={`fact-${f.key}`} />
      ))}
      {segment.text}
    </mark>
  );
}

export function HighlightedText({
  text,
  facts,
  onSelect,
}: {
  /** The whole text (Document.text); null: only the facts' passages are shown. */
  text: string | null;
  facts: Fact[];
  onSelect: (fact: Fact) => void;
}) {
  const laid = useMemo(
    () => (text === null ? passages(facts) : wholeText(text, facts)),
    [text, facts],
  );
  const firsts = useMemo(() => new Map(facts.map((f) => [f.key, f.start])), [facts]);
  return (
    <div class={text === null ? 'doc-text' : 'doc-text whole'} lang="vi">
      {laid.map((passage, i) => (
        <p key={passage.start} class="passage" data-start={passage.start}>
          {i > 0 && (
            <span class="gap" aria-hidden="true">
              …{' '}
            </span>
          )}
          {passage.segments.map((segment) => (
            <SegmentView
              key={segment.start}
              segment={segment}
              firsts={firsts}
              onSelect={onSelect}
            />
          ))}
        </p>
      ))}
    </div>
  );
}

export function FactRecord({ fact }: { fact: Fact | null }) {
  const w = useWords();
  if (!fact) return <p class="hint">{w.factHint}</p>;
  return (
    <dl class="fact-record" data-fact={fact.key}>
      <dt>{w.fact}</dt>
      <dd>{kindLabel(w, fact.kind)}</dd>
      <dt>{fact.kind === 'task' ? w.Task : w.open}</dt>
      <dd>
        {fact.target ? (
          <a href={href(fact.target.page, fact.target.id)}>{fact.label}</a>
        ) : (
          fact.label
        )}
      </dd>
      <dt>{w.quote}</dt>
      <dd>
        <q>{fact.quote}</q>
      </dd>
      <dt>{w.span}</dt>
      <dd>
        {fact.start}–{fact.end}
      </dd>
    </dl>
  );
}

/** Scrolls to a fact's evidence and flashes every mark of it. */
export function scrollToFact(key: string): void {
  const element = document.getElementById(`fact-${key}`);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  const marks = document.querySelectorAll<HTMLElement>(`mark[data-facts~="${CSS.escape(key)}"]`);
  for (const mark of marks) mark.classList.add('flash');
  window.setTimeout(() => marks.forEach((mark) => mark.classList.remove('flash')), 1500);
  marks[0]?.focus({ preventScroll: true });
}
