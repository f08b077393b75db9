// The ES module build: the package's "main" (UMD) requires its parts at run time, which a bundled
// command line (esbuild, platform node) cannot follow.
import { ParseErrorCode, visit } from 'jsonc-parser/lib/esm/main.js';

/**
 * Where and why a text is not JSON, found by Microsoft's `jsonc-parser` with comments and trailing
 * commas disallowed (strict JSON, RFC 8259), so the reason is the same in every JS engine and can
 * be worded in any language (the engines' own messages differ and are English). `line` and
 * `column` are 1-based; the column counts characters (code points) from the line's start.
 */
export interface JsonSyntax {
  problem: JsonSyntaxProblem;
  line: number;
  column: number;
}

/** What the parser expected or found, one per `jsonc-parser` error code. */
export type JsonSyntaxProblem =
  | 'value-expected'
  | 'property-name-expected'
  | 'colon-expected'
  | 'comma-expected'
  | 'close-brace-expected'
  | 'close-bracket-expected'
  | 'end-expected'
  | 'comment'
  | 'unfinished-string'
  | 'unfinished-number'
  | 'bad-number'
  | 'bad-escape'
  | 'bad-unicode'
  | 'bad-character'
  | 'bad-symbol';

const PROBLEMS: Readonly<Record<ParseErrorCode, JsonSyntaxProblem>> = {
  [ParseErrorCode.InvalidSymbol]: 'bad-symbol',
  [ParseErrorCode.InvalidNumberFormat]: 'bad-number',
  [ParseErrorCode.PropertyNameExpected]: 'property-name-expected',
  [ParseErrorCode.ValueExpected]: 'value-expected',
  [ParseErrorCode.ColonExpected]: 'colon-expected',
  [ParseErrorCode.CommaExpected]: 'comma-expected',
  [ParseErrorCode.CloseBraceExpected]: 'close-brace-expected',
  [ParseErrorCode.CloseBracketExpected]: 'close-bracket-expected',
  [ParseErrorCode.EndOfFileExpected]: 'end-expected',
  [ParseErrorCode.InvalidCommentToken]: 'comment',
  [ParseErrorCode.UnexpectedEndOfComment]: 'comment',
  [ParseErrorCode.UnexpectedEndOfString]: 'unfinished-string',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'unfinished-number',
  [ParseErrorCode.InvalidUnicode]: 'bad-unicode',
  [ParseErrorCode.InvalidEscapeCharacter]: 'bad-escape',
  [ParseErrorCode.InvalidCharacter]: 'bad-character',
};

/** 1-based line and column (in code points) of a UTF-16 offset into `text`. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: [...(lines.at(-1) ?? '')].length + 1 };
}

/**
 * The first syntax error of `text` (a byte-order mark at the start is ignored, as the readers
 * ignore it), or undefined when the parser finds none (call it only after `JSON.parse` failed;
 * the few texts both disagree on then keep the engine's own reason).
 */
export function jsonSyntaxOf(text: string): JsonSyntax | undefined {
  const body = text.replace(/^\uFEFF/, '');
  // The visitor builds no tree, and the first error ends the walk: a big file costs one scan.
  let first: { error: ParseErrorCode; offset: number } | undefined;
  const found = new Error('found');
  try {
    visit(
      body,
      {
        onError: (error, offset) => {
          first = { error, offset };
          throw found;
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (error) {
    if (error !== found) throw error;
  }
  if (!first) return undefined;
  // A comment is always a comment, whichever of the two codes the scanner gave.
  const comment =
    first.error === ParseErrorCode.InvalidSymbol && /^\/[/*]/.test(body.slice(first.offset));
  return { problem: comment ? 'comment' : PROBLEMS[first.error], ...position(body, first.offset) };
}
