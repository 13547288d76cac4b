/**
 * Recipient coverage (pure, no I/O): was every body given a task in a document also sent the
 * document — listed in its Nơi nhận (recipients), directly or through a group — and which
 * recipients have no task?
 *
 * Glossary: lead = chủ trì (LED_BY), coordinator = phối hợp (COORDINATES_WITH), reported-to =
 * báo cáo (REPORTS_TO); Nơi nhận = the recipient list; Lưu = an archive copy ("Lưu VP");
 * Ban Thường vụ (BTV) / Thường trực = a body's standing committee / permanent members.
 *
 * Every distinct actor with a role in a task gets a status:
 * - NOT_CHECKABLE: a generic phrase ("các cơ quan liên quan"), an unresolved mention or a
 *   publication channel — nobody to check — or a role/person whose body is not in the graph;
 * - COVERED: at least one way below holds; NOT_COVERED: none does.
 * Ways (each with the evidence of the recipient line or issuer it rests on):
 * - DIRECT: the actor itself is a recipient line;
 * - GROUP: an organization is a member of a recipient group — by the MEMBER_OF link the ingest
 *   stored (its reason), or, without a stored link, by the group's stored rule re-applied here
 *   with `groupAdmits` (src/orgs);
 * - GROUP_WITHIN_GROUP: a group whose every rule clause (and kind) lies within a clause of a
 *   recipient group: every body it can name is a body the recipient group names;
 * - STANDING_BODY: a recipient is the body's own Ban Thường vụ / Thường trực (PART_OF it), or the
 *   actor is the standing body of a recipient;
 * - ISSUER: the actor issued or signed the document;
 * - THROUGH_BODY: a role or person (e.g. the bí thư of a committee) whose body is covered.
 * A way through an archive line (purpose "lưu") is flagged `archiveOnly`.
 *
 * Recipients without a task: recipient lines that are neither a task actor nor a recipient some
 * task actor is covered through. Publication lines ("Đăng website") are not recipients here: they
 * are listed apart (`publications`) and counted in no figure but their own.
 */
import { parseRule, type GroupRule } from '../../orgs/index.ts';
import type {
  BodyCoverage,
  BodyOf,
  CoverageActor,
  CoverageInput,
  CoverageStatus,
  CoverageTaskRole,
  CoverageWay,
  DocumentCoverage,
  RecipientLine,
} from './model.ts';
import { NOT_CHECKABLE, ROLE_OF, has, isPublication, ref, sortRoles, waysFor } from './ways.ts';

/** Distinct task actors in the order they first appear (task order, then role). */
function subjectsOf(
  links: CoverageInput['links'],
): Map<string, { actor: CoverageActor; tasks: CoverageTaskRole[] }> {
  const subjects = new Map<string, { actor: CoverageActor; tasks: CoverageTaskRole[] }>();
  for (const link of links) {
    const entry = subjects.get(link.actor.id) ?? { actor: link.actor, tasks: [] };
    entry.tasks.push({
      taskId: link.task.id,
      outlineId: link.task.outlineId,
      section: link.task.section,
      role: ROLE_OF[link.type],
      evidence: link.evidence,
    });
    subjects.set(link.actor.id, entry);
  }
  return subjects;
}

/** What every body of one document is checked against. */
interface Audit {
  input: CoverageInput;
  lines: RecipientLine[];
  groups: { line: RecipientLine; rule: GroupRule }[];
  bodyOf: Map<string, BodyOf>;
}

/** One task actor's status and the ways it is covered (a role or person through its body). */
function bodyCoverage(actor: CoverageActor, tasks: CoverageTaskRole[], audit: Audit): BodyCoverage {
  const { input, lines, groups } = audit;
  const roles = sortRoles(tasks.map((t) => t.role));
  let note: string | null = null;
  let status: CoverageStatus;
  let ways: CoverageWay[] = [];
  const unchecked = actor.labels.find((label) => label in NOT_CHECKABLE);
  if (actor.absent) {
    status = 'NOT_CHECKABLE';
    note = actor.absent;
  } else if (unchecked) {
    status = 'NOT_CHECKABLE';
    note = `${NOT_CHECKABLE[unchecked]} names no body to check`;
  } else {
    ways = waysFor(actor, input, lines, groups);
    if (has(actor, 'Role') || has(actor, 'Person')) {
      const of = audit.bodyOf.get(actor.id);
      if (of?.body?.absent) {
        if (ways.length === 0) note = `its body ${of.body.id}: ${of.body.absent}`;
      } else if (of?.body) {
        for (const inner of waysFor(of.body, input, lines, groups)) {
          ways.push({ ...inner, kind: 'THROUGH_BODY', body: ref(of.body), bodyWay: inner.kind });
        }
      } else if (ways.length === 0) {
        note = of?.bodyId
          ? `its body ${of.bodyId} is not in the graph`
          : 'no body it belongs to is known';
      }
    }
    status = ways.length > 0 ? 'COVERED' : note ? 'NOT_CHECKABLE' : 'NOT_COVERED';
  }
  return {
    actor,
    status,
    roles,
    tasks,
    ways,
    onlyThroughArchive: ways.length > 0 && ways.every((w) => w.archiveOnly),
    note,
  };
}

export function computeCoverage(input: CoverageInput): DocumentCoverage {
  const publications = input.recipients.filter(isPublication);
  const lines = input.recipients.filter((l) => !isPublication(l));
  // A recipient that did not exist on the date asked (as-of.ts) reaches nobody.
  const reaching = lines.filter((l) => !l.actor.absent);
  const groups = reaching.flatMap((line) => {
    const rule = has(line.actor, 'OrgGroup') ? parseRule(line.actor.membership) : null;
    return rule ? [{ line, rule }] : [];
  });
  const audit: Audit = {
    input,
    lines: reaching,
    groups,
    bodyOf: new Map(input.bodies.map((b) => [b.of, b])),
  };
  const subjects = subjectsOf(input.links);
  const bodies = [...subjects.values()].map(({ actor, tasks }) =>
    bodyCoverage(actor, tasks, audit),
  );

  const involved = new Set<string>(subjects.keys());
  for (const b of bodies)
    for (const w of b.ways) if (w.recipient) involved.add(w.recipient.actor.id);
  const recipientsWithoutTask = lines.filter((l) => !involved.has(l.actor.id));

  const count = (status: CoverageStatus): number =>
    bodies.filter((b) => b.status === status).length;
  const covered = count('COVERED');
  const notCovered = count('NOT_COVERED');
  // A sao y copy carries the original's text but its tasks stay with the original.
  const note = input.closed
    ? input.closed
    : input.document.copiedIn
      ? `a certified copy of ${input.document.copiedIn}: the tasks are the original's, audit that one; the copy's own recipients are listed without a task`
      : bodies.length === 0
        ? 'the document names no actor of a task'
        : null;
  return {
    document: input.document,
    note,
    bodies,
    recipients: lines,
    recipientsWithoutTask,
    publications,
    summary: {
      bodies: bodies.length,
      covered,
      notCovered,
      notCheckable: count('NOT_CHECKABLE'),
      coveredOnlyThroughArchive: bodies.filter((b) => b.onlyThroughArchive).length,
      recipients: lines.length,
      recipientsWithoutTask: recipientsWithoutTask.length,
      publications: publications.length,
      ratio: covered + notCovered > 0 ? covered / (covered + notCovered) : null,
    },
  };
}
