// The only way the widget creates DOM: elements, attributes and text nodes. Data never
// passes through an HTML parser (no innerHTML), so survey text cannot become markup.

type Kid = Node | string | number | null | undefined | false;
type Props = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...kids: Kid[]): HTMLElementTagNameMap[K];
export function h(tag: string, props?: Props | null, ...kids: Kid[]): HTMLElement;
export function h(tag: string, props?: Props | null, ...kids: Kid[]): HTMLElement {
  const el = document.createElement(tag);
  for (const k in props) {
    const v = props[k];
    if (v == null || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of kids) if (c != null && c !== false) el.append(typeof c === 'number' ? String(c) : c);
  return el;
}
