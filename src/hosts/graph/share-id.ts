/**
 * Where Graph finds the open workbook, from the address Office gives for it
 * (`Office.context.document.url`): the shares API for OneDrive for Business
 * and SharePoint addresses, a drive path for personal OneDrive's
 * d.docs.live.net addresses, which the shares API does not take.
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Graph's sharing token for a URL: "u!" + unpadded base64url of its UTF-8 bytes. */
export function encodeSharingUrl(url: string): string {
  return "u!" + base64Url(new TextEncoder().encode(url));
}

/** The Graph path (after the base URL) of the document's driveItem, or undefined when it is not in the cloud. */
export function driveItemPath(documentUrl: string | undefined): string | undefined {
  const text = documentUrl?.trim() ?? "";
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  if (url.hostname.toLowerCase() === "d.docs.live.net") {
    // https://d.docs.live.net/{cid}/{path}: the cid is the personal drive's id; the path is already percent-encoded.
    const [, cid, ...rest] = url.pathname.split("/");
    if (!cid || rest.length === 0 || rest.some((s) => s === "")) return undefined;
    return `/drives/${cid}/root:/${rest.join("/")}`;
  }
  // The address as Office gave it, not re-encoded: that is the form SharePoint issued.
  return `/shares/${encodeSharingUrl(text)}/driveItem`;
}

/** Unpadded base64url (RFC 4648 §5). */
function base64Url(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]!;
  }
  return out;
}
