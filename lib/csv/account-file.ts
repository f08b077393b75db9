import { decodeAccountFile } from './decode';
import { readCompanies } from './read-companies';
import { type CompaniesFile, fileError } from './records';

/** A company list read from a file's bytes, with the encoding the text was decoded from. */
export type AccountFile = CompaniesFile & { encoding: string };

/**
 * Reads an account file (CRM or data-tool export, CSV/TSV or JSON) from its bytes: decodes it
 * (UTF-8 with or without BOM, UTF-16 LE/BE, Windows-1252 when the bytes are not UTF-8; see
 * `decodeAccountFile`) and reads it with `readCompanies`. `encoding` says which decoding was
 * used ("utf-8", "utf-8 (BOM)", "utf-16le", "utf-16be", "windows-1252", "binary" for files that
 * are not text). No DOM: runs in Web Workers, extension pages and Node. Never throws.
 */
export function readAccountFile(bytes: Uint8Array): AccountFile {
  const decoded = decodeAccountFile(bytes);
  if (!decoded.ok) return { ...fileError(decoded.problem), encoding: decoded.encoding };
  return { ...readCompanies(decoded.text), encoding: decoded.encoding };
}
