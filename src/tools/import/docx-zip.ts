/**
 * A Word document (.docx) is a ZIP archive; mammoth (through jszip) unpacks whatever part its
 * relationships name, whatever the part is called, and trusts the sizes the archive's central
 * directory declares until it has unpacked a part whole. Before mammoth sees a document, its every
 * part is counted against the limits and unpacked here, in a stream that stops one byte past the
 * declared size: an archive that holds more than it says is refused after reading at most what it
 * declares, never gigabytes. Imports nothing from Node (`DecompressionStream` is in browsers and Node).
 */

/** How much a Word document may hold unpacked (its text, styles, relations and every other part): reading it takes some 40 times as much memory. */
export const MAX_DOCX_TEXT_BYTES = 15 * 1024 * 1024;
/** How many parts a Word document may have. */
export const MAX_DOCX_PARTS = 5000;

/** One part of a ZIP archive, as its central directory describes it. */
interface ZipPart {
  name: string;
  /** 0 stored, 8 deflated; jszip reads no other. */
  method: number;
  /** General purpose flags; bit 0 is encryption. */
  flags: number;
  compressedSize: number;
  /** The uncompressed size the archive declares. */
  size: number;
  /** Where its local header starts. */
  offset: number;
}

/** What a .docx (a ZIP archive) declares it holds, from its central directory, without unpacking anything. */
export interface DocxContents {
  parts: number;
  /** Declared uncompressed bytes of all its parts (the text, styles, relations and anything else mammoth may read). */
  xmlBytes: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
/** How much compressed data is handed to the decompressor at a time. */
const INPUT_CHUNK = 64 * 1024;

/** The offset of the last End of Central Directory signature (`PK\x05\x06`), or -1. */
function endOfCentralDirectory(bytes: Uint8Array): number {
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return i;
  }
  return -1;
}

/** The parts of a ZIP archive from its central directory; undefined when it is not one (or uses ZIP64, which Word documents of this size do not). */
function zipParts(bytes: Uint8Array): ZipPart[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfCentralDirectory(bytes);
  if (end === -1 || end + 22 > bytes.length) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const parts: ZipPart[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_HEADER) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const part: ZipPart = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    };
    if (part.size === 0xffffffff || part.compressedSize === 0xffffffff || part.offset === 0xffffffff) return undefined;
    parts.push(part);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return parts;
}

/**
 * Reads a ZIP archive's central directory: how many parts it has and how large they say they are
 * unpacked, every part counted. Undefined when `bytes` is not a ZIP archive.
 */
export function docxContents(bytes: Uint8Array): DocxContents | undefined {
  const parts = zipParts(bytes);
  return parts && { parts: parts.length, xmlBytes: parts.reduce((sum, part) => sum + part.size, 0) };
}

/** A part's compressed bytes, found as jszip finds them (after its local header), or undefined when they are not in the file. */
function partData(bytes: Uint8Array, part: ZipPart): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (part.offset + 30 > bytes.length || view.getUint32(part.offset, true) !== LOCAL_HEADER) return undefined;
  const start = part.offset + 30 + view.getUint16(part.offset + 26, true) + view.getUint16(part.offset + 28, true);
  return start + part.compressedSize > bytes.length ? undefined : bytes.subarray(start, start + part.compressedSize);
}

/** How many bytes deflated `data` unpacks to, counted until it passes `limit` (then the count so far); undefined when it is not deflate data. */
async function inflatedSize(data: Uint8Array, limit: number): Promise<number | undefined> {
  let offset = 0;
  const source = new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (offset >= data.length) return controller.close();
        controller.enqueue(data.slice(offset, offset + INPUT_CHUNK));
        offset += INPUT_CHUNK;
      },
    },
    { highWaterMark: 0 },
  );
  const reader = source.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return total;
      }
    }
  } catch {
    return undefined;
  }
}

const RESAVE = 'Öppna dokumentet i Word och spara det igen som .docx, eller spara det som .txt och importera den.';

/**
 * Refuses, with a Swedish message naming `fileName`, a document that is not a ZIP archive mammoth can read,
 * holds more than the limits (every part counted, whatever its name), or whose parts unpack to another size
 * than its central directory declares. Reads at most one byte past each declared size.
 */
export async function checkDocx(bytes: Uint8Array, fileName: string): Promise<void> {
  const parts = zipParts(bytes);
  const broken = (why: string) => new Error(`Filen ${fileName} är inte ett Word-dokument (.docx) som kan läsas: ${why}. ${RESAVE}`);
  if (!parts) throw broken('den är trasig eller har ett annat format');
  const declared = parts.reduce((sum, part) => sum + part.size, 0);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  if (declared > MAX_DOCX_TEXT_BYTES || parts.length > MAX_DOCX_PARTS) {
    throw new Error(
      `Dokumentet ${fileName} är för stort att importera: uppackat är texten ${mb(declared)} MB i ${parts.length} delar (importen läser högst ${mb(MAX_DOCX_TEXT_BYTES)} MB text och ${MAX_DOCX_PARTS} delar). Dela upp dokumentet, eller spara det som .txt och importera den.`,
    );
  }
  for (const part of parts) {
    if (part.flags & 1) throw broken(`den är krypterad (delen ${part.name}); ta bort lösenordet i Word`);
    const data = partData(bytes, part);
    if (!data) throw broken(`delen ${part.name} saknas i filen, som är trasig eller avklippt`);
    const size = part.method === 0 ? data.length : part.method === 8 ? await inflatedSize(data, part.size) : undefined;
    if (size === undefined) throw broken(`delen ${part.name} är trasig eller packad på ett sätt Word inte använder`);
    if (size !== part.size) {
      throw broken(
        `delen ${part.name} är ${size > part.size ? 'större' : 'mindre'} uppackad än filens innehållsförteckning säger (${part.size} byte), så filen är trasig eller manipulerad`,
      );
    }
  }
}
