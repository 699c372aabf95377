/** Paths of our pages; tool names may hold characters that need escaping in a URL. */
export function serverPath(serverSlug: string): string {
  return `/servers/${encodeURIComponent(serverSlug)}`;
}

export function toolPath(serverSlug: string, toolName: string): string {
  return `${serverPath(serverSlug)}/tools/${encodeURIComponent(toolName)}`;
}

/** Route parameters arrive percent-encoded for some characters; decode once, tolerating bad input. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
