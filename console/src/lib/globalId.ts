// A GraphQL global id read back: the API writes "Case:12" in URL-safe base64 without padding
// (core/ids.py). The action timeline names a linked case or response by it.
export function parseGlobalId(id: string): { type: string; pk: number } | null {
  try {
    const padded = id.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (id.length % 4)) % 4);
    const match = /^([A-Za-z]+):(\d+)$/.exec(atob(padded));
    return match ? { type: match[1], pk: Number(match[2]) } : null;
  } catch {
    return null;
  }
}
