/**
 * Whether an address Graph gave (a driveItem's `webUrl`) may be opened in
 * the user's browser: https, on a host where Microsoft serves OneDrive and
 * SharePoint documents in the global service and the national clouds.
 * Anything else (a `javascript:` URL, plain http, another host) is refused.
 */

/** Hosts, and the domains under which any host is Microsoft's document service. */
const EXACT_HOSTS = new Set(["onedrive.live.com", "1drv.ms", "d.docs.live.net"]);
const DOMAINS = ["sharepoint.com", "sharepoint.us", "sharepoint-mil.us", "sharepoint.cn"];

export function isMicrosoftWebUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" || url.username !== "" || url.password !== "" || url.port !== "") return false;
  const host = url.hostname.toLowerCase();
  return EXACT_HOSTS.has(host) || DOMAINS.some((d) => host.endsWith("." + d));
}

/** `value` when it may be opened, else "" (nothing to open). */
export function safeWebUrl(value: string): string {
  return isMicrosoftWebUrl(value) ? value : "";
}
