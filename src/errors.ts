/**
 * A bad input file: the error names the file and the problem, and callers can tell it from a bug.
 * The stages that read files (formats, io, graph's ingest) each subclass it so that a message
 * says which step refused the file (docs/architecture.md, "Errors").
 */
export class FileProblem extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}
