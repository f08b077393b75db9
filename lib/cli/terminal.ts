/** ANSI/VT escape sequences: CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ESC \`), and 2-byte ESC x. */
const ESCAPES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences on purpose
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]?|\u009b[0-?]*[ -/]*[@-~]/g;
/** C0 and C1 controls (tab, newline included), DEL, and bidi overrides/isolates that reorder text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters on purpose
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

/**
 * Text from a file cell or a page, made safe to print on a terminal: escape sequences (colours,
 * cursor moves, window titles, hyperlinks) removed, every other control character — newlines and
 * tabs too — and bidi overrides turned into one space. Printable text, emoji and every script
 * stay as they were. Used for table cells and for every message that quotes input.
 */
export function terminalSafe(text: string): string {
  if (!HAS_CONTROL.test(text)) return text;
  return text.replace(ESCAPES, '').replace(CONTROLS, ' ');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: see above
const HAS_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
