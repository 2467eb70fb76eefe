// All widget CSS. Lives inside the shadow root; the outer page cannot style the widget except
// through the documented custom properties (--voc-brand, --voc-font, --voc-radius), which
// inherit through the shadow boundary. Sizes are in px (not rem) so the page's root font size
// does not leak in either.
export const CSS = `:host{all:initial!important;display:block!important}
.w{all:initial;display:block;box-sizing:border-box;font:15px/1.5 var(--voc-font,system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif);color:#1f2329;text-align:left;-webkit-text-size-adjust:100%}
.w *{box-sizing:border-box;font:inherit;color:inherit;margin:0;letter-spacing:normal;text-transform:none}
.c{position:relative;background:#fff;border-radius:var(--voc-radius,12px);padding:16px}
.pop{position:fixed;z-index:2147483000;right:16px;bottom:16px;width:424px;max-width:calc(100vw - 16px);max-height:calc(100vh - 32px);overflow:auto;box-shadow:0 8px 32px rgba(0,0,0,.2);animation:vi .25s ease-out}
.inl{border:1px solid #dee0e3}
.page{position:fixed;top:0;right:0;bottom:0;left:0;z-index:2147483000;overflow:auto;background:#f2f3f5;padding:32px 12px}
.page .c{max-width:600px;margin:0 auto;padding:28px;box-shadow:0 2px 12px rgba(0,0,0,.08)}
.t{display:block;font-size:16px;font-weight:600;margin:0 32px 14px 0;outline:0}
.page .t{font-size:18px}
.x{position:absolute;top:8px;right:8px;width:36px;height:36px;border:0;border-radius:50%;background:none;cursor:pointer;font-size:22px;line-height:36px;color:#646a73}
.x:hover{background:#f2f3f5}
.s{display:grid;grid-template-columns:repeat(auto-fit,minmax(32px,1fr));gap:4px}
.s button{min-width:32px;min-height:40px;padding:0;border:1px solid #d0d3d6;border-radius:8px;background:#fff;cursor:pointer;font-weight:600;font-variant-numeric:tabular-nums}
.o{display:flex;flex-direction:column;gap:6px}
.o button,.o label{display:flex;align-items:center;gap:8px;min-height:40px;padding:6px 12px;border:1px solid #d0d3d6;border-radius:8px;background:#fff;cursor:pointer;text-align:left}
.o input{width:18px;height:18px;margin:0;accent-color:var(--voc-brand,#3370ff)}
.s button:hover,.o button:hover,.o label:hover{border-color:var(--voc-brand,#3370ff)}
[aria-checked=true]{background:var(--voc-brand,#3370ff)!important;border-color:var(--voc-brand,#3370ff)!important;color:#fff!important}
.l{display:flex;justify-content:space-between;gap:12px;margin-top:6px;font-size:12px;color:#646a73}
.l span:last-child{text-align:right}
.q{display:block;font-weight:600;margin:0 32px 8px 0}
.qb{margin-bottom:16px}
.r{color:#d83931}
textarea{display:block;width:100%;min-height:88px;padding:8px 10px;border:1px solid #d0d3d6;border-radius:8px;background:#fff;resize:vertical}
.b{display:block;min-height:40px;min-width:96px;margin-left:auto;padding:0 20px;border:0;border-radius:8px;background:var(--voc-brand,#3370ff);color:#fff;cursor:pointer;font-weight:600}
.b:disabled{opacity:.6;cursor:default}
.e{color:#d83931;font-size:13px;margin-top:4px}
.e:empty{display:none}
.n{color:#646a73;font-size:13px}
.v{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
button:focus-visible,textarea:focus-visible,input:focus-visible,label:focus-within{outline:2px solid var(--voc-brand,#3370ff);outline-offset:2px}
[aria-invalid=true]{border-color:#d83931}
@keyframes vi{from{opacity:0;transform:translateY(16px)}}
@media (max-width:440px){.pop{left:8px;right:8px;bottom:8px;width:auto}.s11{grid-template-columns:repeat(6,1fr)}}
@media (prefers-reduced-motion:reduce){.pop{animation:none}*{transition:none!important}}`;

/**
 * Constructable stylesheets need no CSP allowance; older browsers get a <style> element that
 * carries the page's nonce (style-src 'nonce-…').
 */
export function applyStyles(root: ShadowRoot, nonce?: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    /* fall through */
  }
  const style = document.createElement('style');
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = CSS;
  root.append(style);
}
