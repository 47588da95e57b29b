/** Ids, encodings and timestamps in the forms W&B uses, shared by every area of the fake. */

/** `Type:v1:part:part`, base64-encoded, as W&B's node ids look. */
export function nodeId(type: string, ...parts: string[]): string {
  return base64(`${type}:v1:${parts.join(':')}`);
}

/** Base64 of a string's UTF-8 bytes, without Node's Buffer. */
export function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The string whose UTF-8 bytes `encoded` holds, or `undefined` when it is not base64. */
export function unbase64(encoded: string): string | undefined {
  try {
    const binary = atob(encoded);
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** A timestamp as W&B writes them: ISO 8601 to the second, UTC, no zone designator. */
export function wandbTime(date: Date): string {
  return date.toISOString().slice(0, 19);
}
