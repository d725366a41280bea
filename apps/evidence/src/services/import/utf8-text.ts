/** Thrown when the bytes are not UTF-8: `before` is the text decoded ahead of the first bad byte in its chunk. */
export class NotUtf8 extends Error {
  constructor(readonly before: string) {
    super('not UTF-8');
  }
}

/**
 * Decodes a byte stream as strict UTF-8, chunk by chunk: a character split across two chunks is joined, never
 * replaced, and the first byte that is not UTF-8 stops the file (NotUtf8) rather than turning into U+FFFD.
 * A UTF-8 byte order mark at the start is dropped. Strings (a GraphQL argument) are already text.
 */
export async function* utf8Text(
  chunks: AsyncIterable<string | Buffer> | Iterable<string | Buffer>,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let carry: Buffer = Buffer.alloc(0);
  let first = true;
  for await (const chunk of chunks) {
    onBytes?.(typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length);
    let text: string;
    if (typeof chunk === 'string') text = chunk;
    else {
      const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const complete = completeLength(bytes);
      text = decode(decoder, bytes.subarray(0, complete));
      carry = Buffer.from(bytes.subarray(complete));
    }
    if (first && text.length > 0) {
      text = text.startsWith('\ufeff') ? text.slice(1) : text;
      first = false;
    }
    yield text;
  }
  if (carry.length > 0) decode(decoder, carry);
}

function decode(decoder: TextDecoder, bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const bad = firstInvalidByte(bytes);
    throw new NotUtf8(decoder.decode(bytes.subarray(0, bad)));
  }
}

/** How many bytes end on a whole character: a sequence cut off at the end waits for the next chunk. */
function completeLength(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 4); i--) {
    const b = bytes[i];
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return i + length > bytes.length ? i : bytes.length;
  }
  return bytes.length;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  // The second byte's range rules out overlong forms, surrogates and code points beyond U+10FFFF.
  const [length, low, high] =
    b >= 0xc2 && b <= 0xdf
      ? [2, 0x80, 0xbf]
      : b === 0xe0
        ? [3, 0xa0, 0xbf]
        : b === 0xed
          ? [3, 0x80, 0x9f]
          : b >= 0xe1 && b <= 0xef
            ? [3, 0x80, 0xbf]
            : b === 0xf0
              ? [4, 0x90, 0xbf]
              : b === 0xf4
                ? [4, 0x80, 0x8f]
                : b >= 0xf1 && b <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  if (bytes[i + 1] < low || bytes[i + 1] > high) return 0;
  for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return length;
}
