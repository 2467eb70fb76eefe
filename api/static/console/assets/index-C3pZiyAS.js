const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/LoginView-CepgpuTh.js","assets/messages-CJaOEGuC.js","assets/messages-naq9irP6.css","assets/button-DUBb1wcf.js","assets/button-Cs4xlg8E.css","assets/period-DZ_qmKHO.js","assets/InvitationView-wVmRdowW.js","assets/ShellLayout-BD3tehsM.js","assets/_plugin-vue_export-helper-BDNMzG2s.js","assets/ShellLayout-D3SEI4P7.css","assets/OverviewView-CQfHf7o2.js","assets/LoadingBlock-DU6l9XKH.js","assets/LoadingBlock-C4reEedf.css","assets/lazyEChart-CBvMWjpZ.js","assets/format-D0wNPSWI.js","assets/PeriodPicker-4Kzrq0Hz.js","assets/dep-951b18e9-D7pDWxN-.js","assets/PeriodPicker-CX9f0v6g.css","assets/SurveyPicker-BrH9uLFx.js","assets/SurveyPicker-BOEBLMvM.css","assets/pageStart-BRwW8b0y.js","assets/tag-Bv5itEzI.js","assets/tag-C2o1jcGE.css","assets/scopeQuery-BzTAd9mk.js","assets/OverviewView-BfuYyaK-.css","assets/TopicsView-DwOyMpOs.js","assets/topicCharts-DDh7wh7Q.js","assets/topicCharts-B2BID0pG.css","assets/TopicsView-XV7jQyCl.css","assets/TopicView-pF9hrtfS.js","assets/TopicView-DVEMilZS.css","assets/ResponsesView-DmGryija.js","assets/display-CoTWCipc.js","assets/ResponsesView-Ddyrz8zx.css","assets/SurveysView-FcgRcOXM.js","assets/StatusBadge-BZMJ818I.js","assets/StatusBadge-C3OaAZ-n.css","assets/SurveyView-zj2tZgrA.js","assets/CasesView-GFqhZcVD.js","assets/useCases-9PWSe5Zh.js","assets/useCases-hsy25WRg.css","assets/CasesView-CVe3ybDx.css","assets/CaseView-BCumTko2.js","assets/CaseView-Bs-oydp_.css","assets/ActionsView-JP_9TRrz.js","assets/permissions-CD6qHsW5.js","assets/ActionsView-CeL-9kCh.css","assets/ActionView-CmDVGdQF.js","assets/ActionView-BpiABDDF.css","assets/LoopView-DNjlTK9W.js","assets/LoopView-CtT8UOLB.css","assets/SettingsLayout-B63eWN4k.js","assets/settingsPeople-BoXC4eKb.js","assets/SettingsLayout-BDzHr1KJ.css","assets/UsersView-BAT2z2qF.js","assets/people-DgIzWEzQ.css","assets/ApiKeysView-BoUMMMmk.js","assets/IdentityView-BsIGf95a.js","assets/IdentityView-Bi4BziBc.css","assets/OrganizationView-D00gkH-2.js","assets/OrganizationView-CH4fzUQd.css","assets/TeamsView-CFR5eRp6.js","assets/settingsLoop-B-sAb3oU.js","assets/settingsLoop-Bpsuqzo0.css","assets/TeamsView-CEes3aqg.css","assets/AutomationView-BbpYADHa.js","assets/useCaseRules-BoU8nWbv.js","assets/SlaView-hFi33DGt.js","assets/WebhooksView-OMEz3D2K.js","assets/VocabularyView-tMZnFDW7.js"])))=>i.map(i=>d[i]);
function e(e){let t=Object.create(null);for(let n of e.split(`,`))t[n]=1;return e=>e in t}var t={},n=()=>{},r=Object.assign,i=(e,t)=>{let n=e.indexOf(t);n>-1&&e.splice(n,1)},a=Object.prototype.hasOwnProperty,o=(e,t)=>a.call(e,t),s=Array.isArray,c=e=>h(e)===`[object Map]`,l=e=>h(e)===`[object Set]`,u=e=>typeof e==`function`,d=e=>typeof e==`string`,f=e=>typeof e==`symbol`,p=e=>typeof e==`object`&&!!e,m=Object.prototype.toString,h=e=>m.call(e),g=e=>h(e).slice(8,-1),_=e=>h(e)===`[object Object]`,v=e=>d(e)&&e!==`NaN`&&e[0]!==`-`&&``+parseInt(e,10)===e,y=(e,t)=>!Object.is(e,t),b=(e,t,n,r=!1)=>{Object.defineProperty(e,t,{configurable:!0,enumerable:!1,writable:r,value:n})},x,S=class{constructor(e=!1){this.detached=e,this._active=!0,this._on=0,this.effects=[],this.cleanups=[],this._isPaused=!1,this._warnOnRun=!0,this.__v_skip=!0,!e&&x&&(x.active?(this.parent=x,this.index=(x.scopes||(x.scopes=[])).push(this)-1):(this._active=!1,this._warnOnRun=!1))}get active(){return this._active}pause(){if(this._active){this._isPaused=!0;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].pause()}for(e=0,t=this.effects.length;e<t;e++)this.effects[e].pause()}}resume(){if(this._active&&this._isPaused){this._isPaused=!1;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}let n=this.effects.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}}run(e){if(this._active){let t=x;try{return x=this,e()}finally{x=t}}}on(){++this._on===1&&(this.prevScope=x,x=this)}off(){if(this._on>0&&--this._on===0){if(x===this)x=this.prevScope;else{let e=x;for(;e;){if(e.prevScope===this){e.prevScope=this.prevScope;break}e=e.prevScope}}this.prevScope=void 0}}stop(e){if(this._active){this._active=!1;let t,n;for(t=0,n=this.effects.length;t<n;t++)this.effects[t].stop();for(this.effects.length=0,t=0,n=this.cleanups.length;t<n;t++)this.cleanups[t]();if(this.cleanups.length=0,this.scopes){let e=this.scopes.slice();for(t=0,n=e.length;t<n;t++)e[t].stop(!0);this.scopes.length=0}if(!this.detached&&this.parent&&!e){let e=this.parent.scopes.pop();e&&e!==this&&(this.parent.scopes[this.index]=e,e.index=this.index)}this.parent=void 0}}};function C(e){return new S(e)}function w(){return x}function T(e,t=!1){x&&(x.active?x.cleanups.push(e):e())}var E,ee=new WeakSet,te=class{constructor(e){this.fn=e,this.deps=void 0,this.depsTail=void 0,this.flags=5,this.next=void 0,this.cleanup=void 0,this.scheduler=void 0,x&&(x.active?x.effects.push(this):this.flags&=-2)}pause(){this.flags|=64}resume(){this.flags&64&&(this.flags&=-65,ee.has(this)&&(ee.delete(this),this.trigger()))}notify(){this.flags&2&&!(this.flags&32)||this.flags&8||ie(this)}run(){if(!(this.flags&1))return this.fn();this.flags|=2,ge(this),se(this);let e=E,t=O;E=this,O=!0;try{return this.fn()}finally{ce(this),E=e,O=t,this.flags&=-3}}stop(){if(this.flags&1){for(let e=this.deps;e;e=e.nextDep)de(e);this.deps=this.depsTail=void 0,ge(this),this.onStop&&this.onStop(),this.flags&=-2}}trigger(){this.flags&64?ee.add(this):this.scheduler?this.scheduler():this.runIfDirty()}runIfDirty(){le(this)&&this.run()}get dirty(){return le(this)}},ne=0,re,D;function ie(e,t=!1){e.flags|=8,t?(e.next=D,D=e):(e.next=re,re=e)}function ae(){ne++}function oe(){if(--ne>0)return;if(D){let e=D;for(D=void 0;e;){let t=e.next;e.next=void 0,e.flags&=-9,e=t}}let e;for(;re;){let t=re;for(re=void 0;t;){let n=t.next;if(t.next=void 0,t.flags&=-9,t.flags&1)try{t.trigger()}catch(t){e||=t}t=n}}if(e)throw e}function se(e){for(let t=e.deps;t;t=t.nextDep)t.version=-1,t.prevActiveLink=t.dep.activeLink,t.dep.activeLink=t}function ce(e){let t,n=e.depsTail,r=n;for(;r;){let e=r.prevDep;r.version===-1?(r===n&&(n=e),de(r),fe(r)):t=r,r.dep.activeLink=r.prevActiveLink,r.prevActiveLink=void 0,r=e}e.deps=t,e.depsTail=n}function le(e){for(let t=e.deps;t;t=t.nextDep)if(t.dep.version!==t.version||t.dep.computed&&(ue(t.dep.computed)||t.dep.version!==t.version))return!0;return!!e._dirty}function ue(e){if(e.flags&4&&!(e.flags&16)||(e.flags&=-17,e.globalVersion===k)||(e.globalVersion=k,!e.isSSR&&e.flags&128&&(!e.deps&&!e._dirty||!le(e))))return;e.flags|=2;let t=e.dep,n=E,r=O;E=e,O=!0;try{se(e);let n=e.fn(e._value);(t.version===0||y(n,e._value))&&(e.flags|=128,e._value=n,t.version++)}catch(e){throw t.version++,e}finally{E=n,O=r,ce(e),e.flags&=-3}}function de(e,t=!1){let{dep:n,prevSub:r,nextSub:i}=e;if(r&&(r.nextSub=i,e.prevSub=void 0),i&&(i.prevSub=r,e.nextSub=void 0),n.subs===e&&(n.subs=r,!r&&n.computed)){n.computed.flags&=-5;for(let e=n.computed.deps;e;e=e.nextDep)de(e,!0)}!t&&!--n.sc&&n.map&&n.map.delete(n.key)}function fe(e){let{prevDep:t,nextDep:n}=e;t&&(t.nextDep=n,e.prevDep=void 0),n&&(n.prevDep=t,e.nextDep=void 0)}var O=!0,pe=[];function me(){pe.push(O),O=!1}function he(){let e=pe.pop();O=e===void 0||e}function ge(e){let{cleanup:t}=e;if(e.cleanup=void 0,t){let e=E;E=void 0;try{t()}finally{E=e}}}var k=0,_e=class{constructor(e,t){this.sub=e,this.dep=t,this.version=t.version,this.nextDep=this.prevDep=this.nextSub=this.prevSub=this.prevActiveLink=void 0}},ve=class{constructor(e){this.computed=e,this.version=0,this.activeLink=void 0,this.subs=void 0,this.map=void 0,this.key=void 0,this.sc=0,this.__v_skip=!0}track(e){if(!E||!O||E===this.computed)return;let t=this.activeLink;if(t===void 0||t.sub!==E)t=this.activeLink=new _e(E,this),E.deps?(t.prevDep=E.depsTail,E.depsTail.nextDep=t,E.depsTail=t):E.deps=E.depsTail=t,ye(t);else if(t.version===-1&&(t.version=this.version,t.nextDep)){let e=t.nextDep;e.prevDep=t.prevDep,t.prevDep&&(t.prevDep.nextDep=e),t.prevDep=E.depsTail,t.nextDep=void 0,E.depsTail.nextDep=t,E.depsTail=t,E.deps===t&&(E.deps=e)}return t}trigger(e){this.version++,k++,this.notify(e)}notify(e){ae();try{for(let e=this.subs;e;e=e.prevSub)e.sub.notify()&&e.sub.dep.notify()}finally{oe()}}};function ye(e){if(e.dep.sc++,e.sub.flags&4){let t=e.dep.computed;if(t&&!e.dep.subs){t.flags|=20;for(let e=t.deps;e;e=e.nextDep)ye(e)}let n=e.dep.subs;n!==e&&(e.prevSub=n,n&&(n.nextSub=e)),e.dep.subs=e}}var be=new WeakMap,xe=Symbol(``),Se=Symbol(``),Ce=Symbol(``);function we(e,t,n){if(O&&E){let t=be.get(e);t||be.set(e,t=new Map);let r=t.get(n);r||(t.set(n,r=new ve),r.map=t,r.key=n),r.track()}}function Te(e,t,n,r,i,a){let o=be.get(e);if(!o){k++;return}let l=e=>{e&&e.trigger()};if(ae(),t===`clear`)o.forEach(l);else{let i=s(e),a=i&&v(n);if(i&&n===`length`){let e=Number(r);o.forEach((t,n)=>{(n===`length`||n===Ce||!f(n)&&n>=e)&&l(t)})}else switch((n!==void 0||o.has(void 0))&&l(o.get(n)),a&&l(o.get(Ce)),t){case`add`:i?a&&l(o.get(`length`)):(l(o.get(xe)),c(e)&&l(o.get(Se)));break;case`delete`:i||(l(o.get(xe)),c(e)&&l(o.get(Se)));break;case`set`:c(e)&&l(o.get(xe))}}oe()}function Ee(e,t){let n=be.get(e);return n&&n.get(t)}function De(e){let t=A(e);return t===e||(we(t,`iterate`,Ce),pt(e))?t:ft(e)?dt(e)?t.map(e=>_t(gt(e))):t.map(_t):t.map(gt)}function Oe(e){return we(e=A(e),`iterate`,Ce),e}function ke(e,t){return ft(e)?_t(dt(e)?gt(t):t):gt(t)}var Ae={__proto__:null,[Symbol.iterator](){return je(this,Symbol.iterator,e=>ke(this,e))},concat(...e){return De(this).concat(...e.map(e=>s(e)?De(e):e))},entries(){return je(this,`entries`,e=>(e[1]=ke(this,e[1]),e))},every(e,t){return Pe(this,`every`,e,t,void 0,arguments)},filter(e,t){return Pe(this,`filter`,e,t,e=>e.map(e=>ke(this,e)),arguments)},find(e,t){return Pe(this,`find`,e,t,e=>ke(this,e),arguments)},findIndex(e,t){return Pe(this,`findIndex`,e,t,void 0,arguments)},findLast(e,t){return Pe(this,`findLast`,e,t,e=>ke(this,e),arguments)},findLastIndex(e,t){return Pe(this,`findLastIndex`,e,t,void 0,arguments)},forEach(e,t){return Pe(this,`forEach`,e,t,void 0,arguments)},includes(...e){return Ie(this,`includes`,e)},indexOf(...e){return Ie(this,`indexOf`,e)},join(e){return De(this).join(e)},lastIndexOf(...e){return Ie(this,`lastIndexOf`,e)},map(e,t){return Pe(this,`map`,e,t,void 0,arguments)},pop(){return Le(this,`pop`)},push(...e){return Le(this,`push`,e)},reduce(e,...t){return Fe(this,`reduce`,e,t)},reduceRight(e,...t){return Fe(this,`reduceRight`,e,t)},shift(){return Le(this,`shift`)},some(e,t){return Pe(this,`some`,e,t,void 0,arguments)},splice(...e){return Le(this,`splice`,e)},toReversed(){return De(this).toReversed()},toSorted(e){return De(this).toSorted(e)},toSpliced(...e){return De(this).toSpliced(...e)},unshift(...e){return Le(this,`unshift`,e)},values(){return je(this,`values`,e=>ke(this,e))}};function je(e,t,n){let r=Oe(e),i=r[t],a=i.call(r);if(r!==e&&!pt(e)){if(a[Symbol.toStringTag]===`Array Iterator`){let e=Object.create(Object.getPrototypeOf(a));return e.next=()=>Me(a.next(),n),i!==Ne[t]&&Object.defineProperties(e,{return:{get(){let e=a.return;return typeof e==`function`?e.bind(a):e}},throw:{get(){let e=a.throw;return typeof e==`function`?e.bind(a):e}}}),e}a._next=a.next,a.next=()=>Me(a._next(),n)}return a}function Me(e,t){return e.done||(e.value=t(e.value)),e}var Ne=Array.prototype;function Pe(e,t,n,r,i,a){let o=Oe(e),s=o!==e&&!pt(e),c=o[t];if(c!==Ne[t]){let t=c.apply(e,a);return s?gt(t):t}let l=n;o!==e&&(s?l=function(t,r){return n.call(this,ke(e,t),r,e)}:n.length>2&&(l=function(t,r){return n.call(this,t,r,e)}));let u=c.call(o,l,r);return s&&i?i(u):u}function Fe(e,t,n,r){let i=Oe(e),a=i!==e&&!pt(e),o=n,s=!1;i!==e&&(a?(s=r.length===0,o=function(t,r,i){return s&&(s=!1,t=ke(e,t)),n.call(this,t,ke(e,r),i,e)}):n.length>3&&(o=function(t,r,i){return n.call(this,t,r,i,e)}));let c=i[t](o,...r);return s?ke(e,c):c}function Ie(e,t,n){let r=A(e);we(r,`iterate`,Ce);let i=r[t](...n);return(i===-1||i===!1)&&mt(n[0])?(n[0]=A(n[0]),r[t](...n)):i}function Le(e,t,n=[]){me(),ae();let r=A(e)[t].apply(e,n);return oe(),he(),r}var Re=e(`__proto__,__v_isRef,__isVue`),ze=new Set(Object.getOwnPropertyNames(Symbol).filter(e=>e!==`arguments`&&e!==`caller`).map(e=>Symbol[e]).filter(f));function Be(e){f(e)||(e=String(e));let t=A(this);return we(t,`has`,e),t.hasOwnProperty(e)}var Ve=class{constructor(e=!1,t=!1){this._isReadonly=e,this._isShallow=t}get(e,t,n){if(t===`__v_skip`)return e.__v_skip;let r=this._isReadonly,i=this._isShallow;if(t===`__v_isReactive`)return!r;if(t===`__v_isReadonly`)return r;if(t===`__v_isShallow`)return i;if(t===`__v_raw`)return n===(r?i?at:it:i?rt:nt).get(e)||Object.getPrototypeOf(e)===Object.getPrototypeOf(n)?e:void 0;let a=s(e);if(!r){let e;if(a&&(e=Ae[t]))return e;if(t===`hasOwnProperty`)return Be}let o=Reflect.get(e,t,vt(e)?e:n);if((f(t)?ze.has(t):Re(t))||(r||we(e,`get`,t),i))return o;if(vt(o)){let e=a&&v(t)?o:o.value;return r&&p(e)?lt(e):e}return p(o)?r?lt(o):st(o):o}},He=class extends Ve{constructor(e=!1){super(!1,e)}set(e,t,n,r){let i=e[t],a=s(e)&&v(t);if(!this._isShallow){let e=ft(i);if(!pt(n)&&!ft(n)&&(i=A(i),n=A(n)),!a&&vt(i)&&!vt(n))return e||(i.value=n),!0}let c=a?Number(t)<e.length:o(e,t),l=Reflect.set(e,t,n,vt(e)?e:r);return e===A(r)&&l&&(c?y(n,i)&&Te(e,`set`,t,n,i):Te(e,`add`,t,n)),l}deleteProperty(e,t){let n=o(e,t),r=e[t],i=Reflect.deleteProperty(e,t);return i&&n&&Te(e,`delete`,t,void 0,r),i}has(e,t){let n=Reflect.has(e,t);return f(t)&&ze.has(t)||we(e,`has`,t),n}ownKeys(e){return we(e,`iterate`,s(e)?`length`:xe),Reflect.ownKeys(e)}},Ue=class extends Ve{constructor(e=!1){super(!0,e)}set(e,t){return!0}deleteProperty(e,t){return!0}},We=new He,Ge=new Ue,Ke=new He(!0),qe=e=>e,Je=e=>Reflect.getPrototypeOf(e);function Ye(e,t,n){return function(...i){let a=this.__v_raw,o=A(a),s=c(o),l=e===`entries`||e===Symbol.iterator&&s,u=e===`keys`&&s,d=a[e](...i),f=n?qe:t?_t:gt;return!t&&we(o,`iterate`,u?Se:xe),r(Object.create(d),{next(){let{value:e,done:t}=d.next();return t?{value:e,done:t}:{value:l?[f(e[0]),f(e[1])]:f(e),done:t}}})}}function Xe(e){return function(...t){return e===`delete`?!1:e===`clear`?void 0:this}}function Ze(e,t){let n={get(n){let r=this.__v_raw,i=A(r),a=A(n);e||(y(n,a)&&we(i,`get`,n),we(i,`get`,a));let{has:o}=Je(i),s=t?qe:e?_t:gt;if(o.call(i,n))return s(r.get(n));if(o.call(i,a))return s(r.get(a));r!==i&&r.get(n)},get size(){let t=this.__v_raw;return!e&&we(A(t),`iterate`,xe),t.size},has(t){let n=this.__v_raw,r=A(n),i=A(t);return e||(y(t,i)&&we(r,`has`,t),we(r,`has`,i)),t===i?n.has(t):n.has(t)||n.has(i)},forEach(n,r){let i=this,a=i.__v_raw,o=A(a),s=t?qe:e?_t:gt;return!e&&we(o,`iterate`,xe),a.forEach((e,t)=>n.call(r,s(e),s(t),i))}};return r(n,e?{add:Xe(`add`),set:Xe(`set`),delete:Xe(`delete`),clear:Xe(`clear`)}:{add(e){let n=A(this),r=Je(n),i=A(e),a=!t&&!pt(e)&&!ft(e)?i:e;return r.has.call(n,a)||y(e,a)&&r.has.call(n,e)||y(i,a)&&r.has.call(n,i)||(n.add(a),Te(n,`add`,a,a)),this},set(e,n){t||pt(n)||ft(n)||(n=A(n));let r=A(this),{has:i,get:a}=Je(r),o=i.call(r,e);o||=(e=A(e),i.call(r,e));let s=a.call(r,e);return r.set(e,n),o?y(n,s)&&Te(r,`set`,e,n,s):Te(r,`add`,e,n),this},delete(e){let t=A(this),{has:n,get:r}=Je(t),i=n.call(t,e);i||=(e=A(e),n.call(t,e));let a=r?r.call(t,e):void 0,o=t.delete(e);return i&&Te(t,`delete`,e,void 0,a),o},clear(){let e=A(this),t=e.size!==0,n=e.clear();return t&&Te(e,`clear`,void 0,void 0,void 0),n}}),[`keys`,`values`,`entries`,Symbol.iterator].forEach(r=>{n[r]=Ye(r,e,t)}),n}function Qe(e,t){let n=Ze(e,t);return(r,i,a)=>i===`__v_isReactive`?!e:i===`__v_isReadonly`?e:i===`__v_isShallow`?t:i===`__v_raw`?r:Reflect.get(o(n,i)&&i in r?n:r,i,a)}var $e={get:Qe(!1,!1)},et={get:Qe(!1,!0)},tt={get:Qe(!0,!1)},nt=new WeakMap,rt=new WeakMap,it=new WeakMap,at=new WeakMap;function ot(e){switch(e){case`Object`:case`Array`:return 1;case`Map`:case`Set`:case`WeakMap`:case`WeakSet`:return 2;default:return 0}}function st(e){return ft(e)?e:ut(e,!1,We,$e,nt)}function ct(e){return ut(e,!1,Ke,et,rt)}function lt(e){return ut(e,!0,Ge,tt,it)}function ut(e,t,n,r,i){if(!p(e)||e.__v_raw&&!(t&&e.__v_isReactive)||e.__v_skip||!Object.isExtensible(e))return e;let a=i.get(e);if(a)return a;let o=ot(g(e));if(o===0)return e;let s=new Proxy(e,o===2?r:n);return i.set(e,s),s}function dt(e){return ft(e)?dt(e.__v_raw):!!(e&&e.__v_isReactive)}function ft(e){return!!(e&&e.__v_isReadonly)}function pt(e){return!!(e&&e.__v_isShallow)}function mt(e){return e?!!e.__v_raw:!1}function A(e){let t=e&&e.__v_raw;return t?A(t):e}function ht(e){return!o(e,`__v_skip`)&&Object.isExtensible(e)&&b(e,`__v_skip`,!0),e}var gt=e=>p(e)?st(e):e,_t=e=>p(e)?lt(e):e;function vt(e){return e?e.__v_isRef===!0:!1}function yt(e){return xt(e,!1)}function bt(e){return xt(e,!0)}function xt(e,t){return vt(e)?e:new St(e,t)}var St=class{constructor(e,t){this.dep=new ve,this.__v_isRef=!0,this.__v_isShallow=!1,this._rawValue=t?e:A(e),this._value=t?e:gt(e),this.__v_isShallow=t}get value(){return this.dep.track(),this._value}set value(e){let t=this._rawValue,n=this.__v_isShallow||pt(e)||ft(e);e=n?e:A(e),y(e,t)&&(this._rawValue=e,this._value=n?e:gt(e),this.dep.trigger())}};function Ct(e){return vt(e)?e.value:e}var wt={get:(e,t,n)=>t===`__v_raw`?e:Ct(Reflect.get(e,t,n)),set:(e,t,n,r)=>{let i=e[t];return vt(i)&&!vt(n)?(i.value=n,!0):Reflect.set(e,t,n,r)}};function Tt(e){return dt(e)?e:new Proxy(e,wt)}function Et(e){let t=s(e)?Array(e.length):{};for(let n in e)t[n]=Ot(e,n);return t}var Dt=class{constructor(e,t,n){this._object=e,this._defaultValue=n,this.__v_isRef=!0,this._value=void 0,this._key=f(t)?t:String(t),this._raw=A(e);let r=!0,i=e;if(!s(e)||f(this._key)||!v(this._key))do r=!mt(i)||pt(i);while(r&&(i=i.__v_raw));this._shallow=r}get value(){let e=this._object[this._key];return this._shallow&&(e=Ct(e)),this._value=e===void 0?this._defaultValue:e}set value(e){if(this._shallow&&vt(this._raw[this._key])){let t=this._object[this._key];if(vt(t)){t.value=e;return}}this._object[this._key]=e}get dep(){return Ee(this._raw,this._key)}};function Ot(e,t,n){return new Dt(e,t,n)}var kt=class{constructor(e,t,n){this.fn=e,this.setter=t,this._value=void 0,this.dep=new ve(this),this.__v_isRef=!0,this.deps=void 0,this.depsTail=void 0,this.flags=16,this.globalVersion=k-1,this.next=void 0,this.effect=this,this.__v_isReadonly=!t,this.isSSR=n}notify(){if(this.flags|=16,!(this.flags&8)&&E!==this)return ie(this,!0),!0}get value(){let e=this.dep.track();return ue(this),e&&(e.version=this.dep.version),this._value}set value(e){this.setter&&this.setter(e)}};function At(e,t,n=!1){let r,i;return u(e)?r=e:(r=e.get,i=e.set),new kt(r,i,n)}var jt={},Mt=new WeakMap,Nt=void 0;function Pt(e,t=!1,n=Nt){if(n){let t=Mt.get(n);t||Mt.set(n,t=[]),t.push(e)}}function Ft(e,r,a=t){let{immediate:o,deep:c,once:l,scheduler:d,augmentJob:f,call:p}=a,m=e=>c?e:pt(e)||c===!1||c===0?It(e,1):It(e),h,g,_,v,b=!1,x=!1;if(vt(e)?(g=()=>e.value,b=pt(e)):dt(e)?(g=()=>m(e),b=!0):s(e)?(x=!0,b=e.some(e=>dt(e)||pt(e)),g=()=>e.map(e=>{if(vt(e))return e.value;if(dt(e))return m(e);if(u(e))return p?p(e,2):e()})):g=u(e)?r?p?()=>p(e,2):e:()=>{if(_){me();try{_()}finally{he()}}let t=Nt;Nt=h;try{return p?p(e,3,[v]):e(v)}finally{Nt=t}}:n,r&&c){let e=g,t=c===!0?1/0:c;g=()=>It(e(),t)}let S=w(),C=()=>{h.stop(),S&&S.active&&i(S.effects,h)};if(l&&r){let e=r;r=(...t)=>{try{return e(...t)}finally{C()}}}let T=x?Array(e.length).fill(jt):jt,E=e=>{if(h.flags&1&&(h.dirty||e)){if(r){let t=h.run();if(e||c||b||(x?t.some((e,t)=>y(e,T[t])):y(t,T))){let e=Nt;me();try{_&&_(),Nt=h;let e=[t,T===jt?void 0:x&&T[0]===jt?[]:T,v];T=t,p?p(r,3,e):r(...e)}finally{Nt=e,he()}}}else h.run()}};return f&&f(E),h=new te(g),h.scheduler=d?()=>d(E,!1):E,v=e=>Pt(e,!1,h),_=h.onStop=()=>{let e=Mt.get(h);if(e){if(p)p(e,4);else for(let t of e)t();Mt.delete(h)}},r?o?E(!0):T=h.run():d?d(E.bind(null,!0),!0):h.run(),C.pause=h.pause.bind(h),C.resume=h.resume.bind(h),C.stop=C,C}function It(e,t=1/0,n){if(t<=0||!p(e)||e.__v_skip||(n||=new Map,(n.get(e)||0)>=t))return e;if(n.set(e,t),t--,vt(e))It(e.value,t,n);else if(s(e))for(let r=0;r<e.length;r++)It(e[r],t,n);else if(l(e)||c(e))e.forEach(e=>{It(e,t,n)});else if(_(e)){for(let r in e)It(e[r],t,n);for(let r of Object.getOwnPropertySymbols(e))Object.prototype.propertyIsEnumerable.call(e,r)&&It(e[r],t,n)}return e}function Lt(e){let t=Object.create(null);for(let n of e.split(`,`))t[n]=1;return e=>e in t}var j={},Rt=[],zt=()=>{},Bt=()=>!1,Vt=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&(e.charCodeAt(2)>122||e.charCodeAt(2)<97),Ht=e=>e.startsWith(`onUpdate:`),Ut=Object.assign,Wt=(e,t)=>{let n=e.indexOf(t);n>-1&&e.splice(n,1)},Gt=Object.prototype.hasOwnProperty,M=(e,t)=>Gt.call(e,t),N=Array.isArray,Kt=e=>$t(e)===`[object Map]`,qt=e=>$t(e)===`[object Set]`,Jt=e=>$t(e)===`[object Date]`,P=e=>typeof e==`function`,Yt=e=>typeof e==`string`,Xt=e=>typeof e==`symbol`,F=e=>typeof e==`object`&&!!e,Zt=e=>(F(e)||P(e))&&P(e.then)&&P(e.catch),Qt=Object.prototype.toString,$t=e=>Qt.call(e),en=e=>$t(e)===`[object Object]`,tn=Lt(`,key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted`),nn=e=>{let t=Object.create(null);return(n=>t[n]||(t[n]=e(n)))},rn=/-\w/g,an=nn(e=>e.replace(rn,e=>e.slice(1).toUpperCase())),on=/\B([A-Z])/g,sn=nn(e=>e.replace(on,`-$1`).toLowerCase()),cn=nn(e=>e.charAt(0).toUpperCase()+e.slice(1)),ln=nn(e=>e?`on${cn(e)}`:``),un=(e,...t)=>{for(let n=0;n<e.length;n++)e[n](...t)},dn=(e,t,n,r=!1)=>{Object.defineProperty(e,t,{configurable:!0,enumerable:!1,writable:r,value:n})},fn=e=>{let t=parseFloat(e);return isNaN(t)?e:t},pn,mn=()=>pn||=typeof globalThis<`u`?globalThis:typeof self<`u`?self:typeof window<`u`?window:typeof global<`u`?global:{};function hn(e){if(N(e)){let t={};for(let n=0;n<e.length;n++){let r=e[n],i=Yt(r)?yn(r):hn(r);if(i)for(let e in i)t[e]=i[e]}return t}if(Yt(e)||F(e))return e}var gn=/;(?![^(]*\))/g,_n=/:([^]+)/,vn=/"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g;function yn(e){let t={};return e.replace(vn,e=>e.startsWith(`/*`)?``:e).split(gn).forEach(e=>{if(e){let n=e.split(_n);n.length>1&&(t[n[0].trim()]=n[1].trim())}}),t}function bn(e){let t=``;if(Yt(e))t=e;else if(N(e))for(let n=0;n<e.length;n++){let r=bn(e[n]);r&&(t+=r+` `)}else if(F(e))for(let n in e)e[n]&&(t+=n+` `);return t.trim()}function xn(e,t,n){if(e.length!==t.length)return!1;let r=!0;for(let i=0;r&&i<e.length;i++)r=Tn(e[i],t[i],n);return r}function Sn(e,t,n){if(e.size!==t.size)return!1;let r=Array.from(t),i=new Uint8Array(r.length);for(let t of e){let e=-1;for(let a=0;a<r.length;a++)if(!i[a]&&Tn(t,r[a],n)){e=a;break}if(e<0)return!1;i[e]=1}return!0}function Cn(e,t,n){let r=Kt(e),i=Kt(t);if(r||i||(r=qt(e),i=qt(t),r||i))return r&&i?Sn(e,t,n):!1;if(Object.keys(e).length!==Object.keys(t).length)return!1;for(let r in e){let i=e.hasOwnProperty(r),a=t.hasOwnProperty(r);if(i&&!a||!i&&a||!Tn(e[r],t[r],n))return!1}return String(e)===String(t)}function wn(e,t,n,r){n||=[new Map,new Map];let[i,a]=n;if(i.has(e)||a.has(t))return i.get(e)===t&&a.get(t)===e;i.set(e,t),a.set(t,e);let o=r(e,t,n);return i.delete(e),a.delete(t),o}function Tn(e,t,n){if(e===t)return!0;let r=Jt(e),i=Jt(t);return r||i?r&&i?e.getTime()===t.getTime():!1:(r=Xt(e),i=Xt(t),r||i?e===t:(r=N(e),i=N(t),r||i?r&&i?wn(e,t,n,xn):!1:(r=F(e),i=F(t),r||i?!r||!i?!1:wn(e,t,n,Cn):String(e)===String(t))))}var En=e=>!!(e&&e.__v_isRef===!0),Dn=e=>Yt(e)?e:e==null?``:N(e)||F(e)&&(e.toString===Qt||!P(e.toString))?En(e)?Dn(e.value):JSON.stringify(e,On,2):String(e),On=(e,t)=>En(t)?On(e,t.value):Kt(t)?{[`Map(${t.size})`]:[...t.entries()].reduce((e,[t,n],r)=>(e[kn(t,r)+` =>`]=n,e),{})}:qt(t)?{[`Set(${t.size})`]:[...t.values()].map(e=>kn(e))}:Xt(t)?kn(t):F(t)&&!N(t)&&!en(t)?String(t):t,kn=(e,t=``)=>Xt(e)?`Symbol(${e.description??t})`:e;function An(e,t,n,r){try{return r?e(...r):e()}catch(e){Mn(e,t,n)}}function jn(e,t,n,r){if(P(e)){let i=An(e,t,n,r);return i&&Zt(i)&&i.catch(e=>{Mn(e,t,n,void 0,!0)}),i}if(N(e)){let i=[];for(let a=0;a<e.length;a++)i.push(jn(e[a],t,n,r));return i}}function Mn(e,t,n,r=!0,i=!1){let a=t?t.vnode:null,{errorHandler:o,throwUnhandledErrorInProduction:s}=t&&t.appContext.config||j;if(t){let r=t.parent,a=t.proxy,s=`https://vuejs.org/error-reference/#runtime-${n}`;for(;r;){let t=r.ec;if(t&&!r.isUnmounted&&(!i||r.scope.active)){for(let n=0;n<t.length;n++)if(t[n](e,a,s)===!1)return}r=r.parent}if(o){me(),An(o,null,10,[e,a,s]),he();return}}Nn(e,n,a,r,s)}function Nn(e,t,n,r=!0,i=!1){if(i)throw e;console.error(e)}var Pn=[],Fn=-1,In=[],Ln=null,Rn=0,zn=Promise.resolve(),Bn=null;function Vn(e){let t=Bn||zn;return e?t.then(this?e.bind(this):e):t}function Hn(e){let t=Fn+1,n=Pn.length;for(;t<n;){let r=t+n>>>1,i=Pn[r],a=Xn(i);a<e||a===e&&i.flags&2?t=r+1:n=r}return t}function Un(e){if(!(e.flags&1)){let t=Xn(e),n=Pn[Pn.length-1];!n||!(e.flags&2)&&t>=Xn(n)?Pn.push(e):Pn.splice(Hn(t),0,e),e.flags|=1,Wn()}}function Wn(){Bn||=zn.then(Zn)}function Gn(e){if(!N(e))Ln&&e.id===-1?Ln.splice(Rn+1,0,e):e.flags&1||(In.push(e),e.flags|=1);else for(let t=0;t<e.length;t++)In.push(e[t]);Wn()}function Kn(e,t,n,r=Fn+1){for(;r<Pn.length;r++){let n=Pn[r];if(n&&n.flags&2){if(e&&n.id!==e.uid||t!==void 0&&!(n.id>=t))continue;Pn.splice(r,1),r=e?r-1:Fn,n.flags&4&&(n.flags&=-2),n(),n.flags&4||(n.flags&=-2)}}}function qn(e,t,n=0){if(In.length){let e=In,r=0;if(t){e=[];for(let i=0;i<In.length;i++){let a=In[i];(a.i===void 0?t.has(a):!a.i||a.i.uid<n)?In[r++]=a:e.push(a)}}let i=[...new Set(e)].sort((e,t)=>Xn(e)-Xn(t));if(In.length=r,Ln){for(let e=0;e<i.length;e++)Ln.push(i[e]);return}for(Ln=i,Rn=0;Rn<Ln.length;Rn++){let e=Ln[Rn];e.flags&4&&(e.flags&=-2),e.flags&8||e(),e.flags&=-2}Ln=null,Rn=0}}var Jn=!1;function Yn(e,t){if(Jn){e();return}let n=t===void 0?void 0:new Set(In);e(),Jn=!0;try{Kn(void 0,t),qn(void 0,n,t)}finally{Jn=!1}}var Xn=e=>e.id==null?e.flags&2?-1:1/0:e.id;function Zn(e){try{for(Fn=0;Fn<Pn.length;Fn++){let e=Pn[Fn];e&&!(e.flags&8)&&(e.flags&4&&(e.flags&=-2),An(e,e.i,e.i?15:14),e.flags&4||(e.flags&=-2))}}finally{for(;Fn<Pn.length;Fn++){let e=Pn[Fn];e&&(e.flags&=-2)}Fn=-1,Pn.length=0,qn(e),Bn=null,(Pn.length||In.length)&&Zn(e)}}var Qn=null,$n=null;function er(e){let t=Qn;return Qn=e,$n=e&&e.type.__scopeId||null,t}function tr(e,t=Qn,n){if(!t||e._n)return e;let r=(...n)=>{r._d&&Ra(-1);let i=er(t),a=Na.length,o;try{o=e(...n)}finally{for(let e=Na.length;e>a;e--)Ia();er(i),r._d&&Ra(1)}return o};return r._n=!0,r._c=!0,r._d=!0,r}function nr(e,t){if(Qn===null)return e;let n=Co(Qn),r=e.dirs||=[];for(let e=0;e<t.length;e++){let[i,a,o,s=j]=t[e];i&&(P(i)&&(i={mounted:i,updated:i}),i.deep&&It(a),r.push({dir:i,instance:n,value:a,oldValue:void 0,arg:o,modifiers:s}))}return e}function rr(e,t,n,r){let i=e;if(r===`beforeMount`)e._mount=e;else if(r===`beforeUpdate`){let n=t&&t._mount;n&&(n._latest=e,e._mount=n)}else if(r===`mounted`){let t=e._latest;e._mount=e._latest=void 0,t&&(i=t,t._mount=void 0)}let a=i.dirs,o=t&&t.dirs;for(let s=0;s<a.length;s++){let c=a[s];o?c.oldValue=o[s].value:r===`mounted`&&c.oldValue!==void 0&&(c=Ut({},c,{oldValue:void 0}));let l=c.dir[r];l&&(me(),jn(l,n,8,[e.el,c,i,t]),he())}}function ir(e,t){if(so){let n=so.provides,r=so.parent&&so.parent.provides;r===n&&(n=so.provides=Object.create(r)),n[e]=t}}function ar(e,t,n=!1){let r=co();if(r||Li){let i=Li?Li._context.provides:r?r.parent==null||r.ce?r.vnode.appContext&&r.vnode.appContext.provides:r.parent.provides:void 0;if(i&&e in i)return i[e];if(arguments.length>1)return n&&P(t)?t.call(r&&r.proxy):t}}var or=Symbol.for(`v-scx`),sr=()=>ar(or);function cr(e,t,n){return lr(e,t,n)}function lr(e,t,n=j){let{immediate:r,deep:i,flush:a,once:o}=n,s=Ut({},n),c=t&&r||!t&&a!==`post`,l;if(ho){if(a===`sync`){let e=sr();l=e.__watcherHandles||=[]}else if(!c){let e=()=>{};return e.stop=zt,e.resume=zt,e.pause=zt,e}}let u=so;s.call=(e,t,n)=>jn(e,u,t,n);let d=!1;a===`post`?s.scheduler=e=>{e.i=u,ha(e,u&&u.suspense)}:a!==`sync`&&(d=!0,s.scheduler=(e,t)=>{t?e():Un(e)}),s.augmentJob=e=>{t&&(e.flags|=4),d&&(e.flags|=2,u&&(e.id=u.uid,e.i=u))};let f=Ft(e,t,s);return ho&&(l?l.push(f):c&&f()),f}function ur(e,t,n){let r=this.proxy,i=Yt(e)?e.includes(`.`)?dr(r,e):()=>r[e]:e.bind(r,r),a;P(t)?a=t:(a=t.handler,n=t);let o=fo(this),s=lr(i,a.bind(r),n);return o(),s}function dr(e,t){let n=t.split(`.`);return()=>{let t=e;for(let e=0;e<n.length&&t;e++)t=t[n[e]];return t}}var fr=new WeakMap,pr=Symbol(`_vte`),mr=e=>e.__isTeleport,hr=e=>e&&(e.disabled||e.disabled===``),gr=e=>e&&(e.defer||e.defer===``),_r=e=>typeof SVGElement<`u`&&e instanceof SVGElement,vr=e=>typeof MathMLElement==`function`&&e instanceof MathMLElement,yr=(e,t)=>{let n=e&&e.to;return Yt(n)?t?t(n):null:n},br={name:`Teleport`,__isTeleport:!0,process(e,t,n,r,i,a,o,s,c,l){let{mc:u,pc:d,pbc:f,o:{insert:p,querySelector:m,createText:h,createComment:g,parentNode:_}}=l,v=hr(t.props),{dynamicChildren:y}=t,b=(e,t,n)=>{e.shapeFlag&16&&u(e.children,t,n,i,a,o,s,c)},x=(e=t)=>{let n=hr(e.props),r=e.target=yr(e.props,m),a=Tr(r,e,h,p);r&&(o!==`svg`&&_r(r)?o=`svg`:o!==`mathml`&&vr(r)&&(o=`mathml`),i&&i.isCE&&(i.ce._teleportTargets||(i.ce._teleportTargets=new Set)).add(r),n||(b(e,r,a),wr(e,!1)))},S=e=>{let t=()=>{if(fr.get(e)===t){if(fr.delete(e),hr(e.props)){let t=_(e.el)||n;b(e,t,e.anchor),wr(e,!0)}x(e)}};fr.set(e,t),ha(t,a)};if(e==null){let e=t.el=h(``),i=t.anchor=h(``);if(p(e,n,r),p(i,n,r),gr(t.props)||a&&a.pendingBranch){S(t);return}v&&(b(t,n,i),wr(t,!0)),x()}else{t.el=e.el;let r=t.anchor=e.anchor,u=fr.get(e);if(u){u.flags|=8,fr.delete(e),S(t);return}t.targetStart=e.targetStart;let p=t.target=e.target,h=t.targetAnchor=e.targetAnchor,g=hr(e.props),_=g?n:p,b=g?r:h;if(o===`svg`||_r(p)?o=`svg`:(o===`mathml`||vr(p))&&(o=`mathml`),y?(f(e.dynamicChildren,y,_,i,a,o,s),xa(e,t,!0)):c||d(e,t,_,b,i,a,o,s,!1),v)g?t.props&&e.props&&t.props.to!==e.props.to&&(t.props.to=e.props.to):xr(t,n,r,l,1);else if((t.props&&t.props.to)!==(e.props&&e.props.to)){let e=yr(t.props,m);e&&(t.target=e,xr(t,e,null,l,0))}else g&&xr(t,p,h,l,1);wr(t,v)}},remove(e,t,n,{um:r,o:{remove:i}},a){let{shapeFlag:o,children:s,anchor:c,targetStart:l,targetAnchor:u,target:d,props:f}=e,p=hr(f),m=a||!p,h=fr.get(e);if(h&&(h.flags|=8,fr.delete(e)),d&&(i(l),i(u)),a&&i(c),!h&&(p||d)&&o&16)for(let e=0;e<s.length;e++){let i=s[e];r(i,t,n,m,!!i.dynamicChildren)}},move:xr,hydrate:Sr};function xr(e,t,n,{o:{insert:r},m:i},a=2){a===0&&(e.targetStart&&r(e.targetStart,t,n),r(e.targetAnchor,t,n),n=e.targetAnchor);let{el:o,anchor:s,shapeFlag:c,children:l,props:u}=e,d=a===2;if(d&&r(o,t,n),!fr.has(e)&&(!d||hr(u))&&c&16)for(let e=0;e<l.length;e++)i(l[e],t,n,2);d&&r(s,t,n)}function Sr(e,t,n,r,i,a,{o:{nextSibling:o,parentNode:s,querySelector:c,insert:l,createText:u}},d){function f(e,n){let r=n;for(;r;){if(r&&r.nodeType===8){if(r.data===`teleport start anchor`)t.targetStart=r;else if(r.data===`teleport anchor`){t.targetAnchor=r,e._lpa=t.targetAnchor&&o(t.targetAnchor);break}}r=o(r)}}function p(e,t){t.anchor=d(o(e),t,s(e),n,r,i,a)}let m=t.target=yr(t.props,c),h=hr(t.props);if(m){let c=m._lpa||m.firstChild;t.shapeFlag&16&&(h?(p(e,t),f(m,c),t.targetAnchor||Tr(m,t,u,l,s(e)===m?e:null)):(t.anchor=o(e),f(m,c),t.targetAnchor||Tr(m,t,u,l),d(c&&o(c),t,m,n,r,i,a))),wr(t,h)}else h&&t.shapeFlag&16&&(p(e,t),t.targetStart=e,t.targetAnchor=o(e));return t.anchor&&o(t.anchor)}var Cr=br;function wr(e,t){let n=e.ctx;if(n&&n.ut){let r,i;for(t?(r=e.el,i=e.anchor):(r=e.targetStart,i=e.targetAnchor);r&&r!==i;)r.nodeType===1&&r.setAttribute(`data-v-owner`,n.uid),r=r.nextSibling;n.ut()}}function Tr(e,t,n,r,i=null){let a=t.targetStart=n(``),o=t.targetAnchor=n(``);return a[pr]=o,e&&(r(a,e,i),r(o,e,i)),o}var Er=Symbol(`_leaveCb`);function Dr(e){let t=e[0];if(e.length>1){for(let n of e)if(n.type!==ja){t=n;break}}return t}function Or(e){if(!Ur(e))return mr(e.type)&&e.children?Dr(e.children):e;if(e.component)return e.component.subTree;let{shapeFlag:t,children:n}=e;if(n){if(t&16)return n[0];if(t&32&&P(n.default))return n.default()}}function kr(e,t){if(e.shapeFlag&6&&e.component){e.transition=t;let n=e.component.subTree;kr(mr(n.type)&&Or(n)||n,t)}else if(e.shapeFlag&128){let n=e.suspense;if(n){let e=n.isHydrating?n.pendingBranch:n.activeBranch;e&&kr(e,t.clone(e))}else e.ssContent.transition=t.clone(e.ssContent),e.ssFallback.transition=t.clone(e.ssFallback)}else if(e.transition=t,e.type===ka&&N(e.children)){let n=Wi(e.children,!1);n&&kr(n,t)}}function Ar(e){if(e.component)return Ar(e.component.subTree);if(e.type===ka){let t=N(e.children)&&Wi(e.children,!1);return t?Ar(t):void 0}if(e.type!==ja)return e}function jr(e,t){return P(e)?Ut({name:e.name},t,{setup:e}):e}function Mr(){let e=co();return e?(e.appContext.config.idPrefix||`v`)+`-`+e.ids[0]+e.ids[1]++:``}function Nr(e){e.ids=[e.ids[0]+e.ids[2]+++`-`,0,0]}function Pr(e,t){let n;return!!((n=Object.getOwnPropertyDescriptor(e,t))&&!n.configurable)}var Fr=new WeakMap;function Ir(e,t,n,r,i=!1){if(N(e)){e.forEach((e,a)=>Ir(e,t&&(N(t)?t[a]:t),n,r,i));return}if(Br(r)&&!i){r.shapeFlag&512&&r.type.__asyncResolved&&r.component.subTree.component&&Ir(e,t,n,r.component.subTree);return}let a=r.shapeFlag&4?Co(r.component):r.el,o=i?null:a,{i:s,r:c}=e,l=t&&t.r,u=s.refs===j?s.refs={}:s.refs,d=s.setupState,f=A(d),p=d===j?Bt:e=>!Pr(u,e)&&M(f,e),m=(e,t)=>!(t&&Pr(u,t));if(l!=null&&l!==c){if(Lr(t),Yt(l))u[l]=null,p(l)&&(d[l]=null);else if(vt(l)){let e=t;m(l,e.k)&&(l.value=null),e.k&&(u[e.k]=null)}}if(P(c))An(c,s,12,[o,u]);else{let t=Yt(c),r=vt(c);if(t||r){let s=()=>{if(e.f){let n=t?p(c)?d[c]:u[c]:m(c)||!e.k?c.value:u[e.k];if(i)N(n)&&Wt(n,a);else if(N(n))n.includes(a)||n.push(a);else if(t)u[c]=[a],p(c)&&(d[c]=u[c]);else{let t=[a];m(c,e.k)&&(c.value=t),e.k&&(u[e.k]=t)}}else t?(u[c]=o,p(c)&&(d[c]=o)):r&&(m(c,e.k)&&(c.value=o),e.k&&(u[e.k]=o))};if(o){let t=()=>{s(),Fr.delete(e)};t.id=-1,Fr.set(e,t),ha(t,n)}else Lr(e),s()}}}function Lr(e){let t=Fr.get(e);t&&(t.flags|=8,Fr.delete(e))}var Rr=e=>e.nodeType===8;mn().requestIdleCallback,mn().cancelIdleCallback;function zr(e,t){if(Rr(e)&&e.data===`[`){let n=1,r=e.nextSibling;for(;r;){if(r.nodeType===1){if(t(r)===!1)break}else if(Rr(r)){if(r.data===`]`){if(--n===0)break}else r.data===`[`&&n++}r=r.nextSibling}}else t(e)}var Br=e=>!!e.type.__asyncLoader;function Vr(e){P(e)&&(e={loader:e});let{loader:t,loadingComponent:n,errorComponent:r,delay:i=200,hydrate:a,timeout:o,suspensible:s=!0,onError:c}=e,l=null,u,d=0,f=()=>(d++,l=null,p()),p=()=>{let e;return l||(e=l=t().catch(e=>{if(e=e instanceof Error?e:Error(String(e)),c)return new Promise((t,n)=>{c(e,()=>t(f()),()=>n(e),d+1)});throw e}).then(t=>e!==l&&l?l:(t&&(t.__esModule||t[Symbol.toStringTag]===`Module`)&&(t=t.default),u=t,t)))};return jr({name:`AsyncComponentWrapper`,__asyncLoader:p,__asyncHydrate(e,t,n){let r=e.isConnected,i=!1;(t.bu||=[]).push(()=>i=!0);let o=()=>{i||!e.parentNode||r&&!e.isConnected||n()},s=a?()=>{let n=a(o,t=>zr(e,t));n&&(t.bum||=[]).push(n)}:o;u?s():p().then(()=>!t.isUnmounted&&s())},get __asyncResolved(){return u},setup(){let e=so;if(Nr(e),u)return()=>Hr(u,e);let t=t=>{l=null,Mn(t,e,13,!r,!0)};if(s&&e.suspense||ho)return p().then(t=>()=>Hr(t,e)).catch(e=>(t(e),()=>r?I(r,{error:e}):null));let a=yt(!1),c=yt(),d=yt(!!i),f,m;return T(()=>{f!=null&&clearTimeout(f),m!=null&&clearTimeout(m)}),i&&(m=setTimeout(()=>{e.isUnmounted||(d.value=!1)},i)),o!=null&&(f=setTimeout(()=>{if(!e.isUnmounted&&!a.value&&!c.value){let e=Error(`Async component timed out after ${o}ms.`);t(e),c.value=e}},o)),p().then(()=>{e.isUnmounted||(a.value=!0,e.parent&&Ur(e.parent.vnode)&&e.parent.update())}).catch(n=>{e.isUnmounted?l=null:(t(n),c.value=n)}),()=>{if(a.value&&u)return Hr(u,e);if(c.value&&r)return I(r,{error:c.value});if(n&&!d.value)return Hr(n,e)}}})}function Hr(e,t){let{ref:n,props:r,children:i,ce:a}=t.vnode,o=I(e,r,i);return o.ref=n,o.ce=a,delete t.vnode.ce,o}var Ur=e=>e.type.__isKeepAlive;function Wr(e,t){Kr(e,`a`,t)}function Gr(e,t){Kr(e,`da`,t)}function Kr(e,t,n=so){let r=e.__wdc||=()=>{let t=n;for(;t;){if(t.isDeactivated)return;t=t.parent}return e()};if(Jr(t,r,n),n){let e=n.parent;for(;e&&e.parent;)Ur(e.parent.vnode)&&qr(r,t,n,e),e=e.parent}}function qr(e,t,n,r){let i=Jr(t,e,r,!0),a=Jr(`um`,()=>Wt(r[t],i),n);a.flags=16}function Jr(e,t,n=so,r=!1){if(n){let i=n[e]||(n[e]=[]),a=t.__weh||=(...r)=>{me();let i=fo(n),a=jn(t,n,e,r);return i(),he(),a};return r?i.unshift(a):i.push(a),a}}var Yr=e=>(t,n=so)=>{ho&&e!==`sp`||Jr(e,(...e)=>t(...e),n)},Xr=Yr(`bm`),Zr=Yr(`m`),Qr=Yr(`bu`),$r=Yr(`u`),ei=Yr(`bum`),ti=Yr(`um`),ni=Yr(`sp`),ri=Yr(`rtg`),ii=Yr(`rtc`);function ai(e,t=so){Jr(`ec`,e,t)}var oi=`components`;function si(e,t){return li(oi,e,!0,t)||e}var ci=Symbol.for(`v-ndc`);function li(e,t,n=!0,r=!1){let i=Qn||so;if(i){let n=i.type;if(e===oi){let e=wo(n,!1);if(e&&(e===t||e===an(t)||e===cn(an(t))))return n}let a=ui(i[e]||n[e],t)||ui(i.appContext[e],t);return!a&&r?n:a}}function ui(e,t){return e&&(e[t]||e[an(t)]||e[cn(an(t))])}function di(e,t,n,r){let i,a=n&&n[r],o=N(e);if(o||Yt(e)){let n=o&&dt(e),r=!1,s=!1;n&&(r=!pt(e),s=ft(e),e=Oe(e)),i=Array(e.length);for(let n=0,o=e.length;n<o;n++)i[n]=t(r?s?_t(gt(e[n])):gt(e[n]):e[n],n,void 0,a&&a[n])}else if(typeof e==`number`){if(!Number.isInteger(e)||e<0)i=[];else{i=Array(e);for(let n=0;n<e;n++)i[n]=t(n+1,n,void 0,a&&a[n])}}else if(F(e)){if(e[Symbol.iterator])i=Array.from(e,(e,n)=>t(e,n,void 0,a&&a[n]));else{let n=Object.keys(e);i=Array(n.length);for(let r=0,o=n.length;r<o;r++){let o=n[r];i[r]=t(e[o],o,r,a&&a[r])}}}else i=[];return n&&(n[r]=i),i}function fi(e,t,n,r,i,a){if(n??={},Qn.ce||Qn.parent&&Br(Qn.parent)&&Qn.parent.ce){let e=a!=null&&n.key==null?Ut({},n,{key:a}):n,i=Object.keys(e).length>0;return t!=="default"&&(e.name=t),Fa(),Va(ka,null,[I(`slot`,e,r&&r())],i?-2:64)}let o=e[t];o&&o._c&&(o._d=!1);let s=Na.length;Fa();let c;try{let i=o&&pi(o(n)),s=n.key||a||i&&i.key;c=Va(ka,{key:(s&&!Xt(s)?s:`_${t}`)+(!i&&r?`_fb`:``)},i||(r?r():[]),i&&e._===1?64:-2)}catch(e){for(let e=Na.length;e>s;e--)Ia();throw e}finally{o&&o._c&&(o._d=!0)}return!i&&c.scopeId&&(c.slotScopeIds=[c.scopeId+`-s`]),c}function pi(e){return e.some(e=>!Ha(e)||!(e.type===ja||e.type===ka&&!pi(e.children)))?e:null}var mi=e=>e?mo(e)?Co(e):mi(e.parent):null,hi=Ut(Object.create(null),{$:e=>e,$el:e=>e.vnode.el,$data:e=>e.data,$props:e=>e.props,$attrs:e=>e.attrs,$slots:e=>e.slots,$refs:e=>e.refs,$parent:e=>mi(e.parent),$root:e=>mi(e.root),$host:e=>e.ce,$emit:e=>e.emit,$options:e=>wi(e),$forceUpdate:e=>e.f||=()=>{Un(e.update)},$nextTick:e=>e.n||=Vn.bind(e.proxy),$watch:e=>ur.bind(e)}),gi=(e,t)=>e!==j&&!e.__isScriptSetup&&M(e,t),_i={get({_:e},t){if(t===`__v_skip`)return!0;let{ctx:n,setupState:r,data:i,props:a,accessCache:o,type:s,appContext:c}=e;if(t[0]!==`$`){let e=o[t];if(e!==void 0)switch(e){case 1:return r[t];case 2:return i[t];case 4:return n[t];case 3:return a[t]}else if(gi(r,t))return o[t]=1,r[t];else if(i!==j&&M(i,t))return o[t]=2,i[t];else if(M(a,t))return o[t]=3,a[t];else if(n!==j&&M(n,t))return o[t]=4,n[t];else yi&&(o[t]=0)}let l=hi[t],u,d;if(l)return t===`$attrs`&&we(e.attrs,`get`,``),l(e);if((u=s.__cssModules)&&(u=u[t]))return u;if(n!==j&&M(n,t))return o[t]=4,n[t];if(d=c.config.globalProperties,M(d,t))return d[t]},set({_:e},t,n){let{data:r,setupState:i,ctx:a}=e;return gi(i,t)?(i[t]=n,!0):r!==j&&M(r,t)?(r[t]=n,!0):M(e.props,t)||t[0]===`$`&&t.slice(1)in e?!1:(a[t]=n,!0)},has({_:{data:e,setupState:t,accessCache:n,ctx:r,appContext:i,props:a,type:o}},s){let c;return!!(n[s]||e!==j&&s[0]!==`$`&&M(e,s)||gi(t,s)||M(a,s)||M(r,s)||M(hi,s)||M(i.config.globalProperties,s)||(c=o.__cssModules)&&c[s])},defineProperty(e,t,n){return n.get==null?M(n,`value`)&&this.set(e,t,n.value,null):e._.accessCache[t]=0,Reflect.defineProperty(e,t,n)}};function vi(e){return N(e)?e.reduce((e,t)=>(e[t]=null,e),{}):e}var yi=!0;function bi(e){let t=wi(e),n=e.proxy,r=e.ctx;yi=!1,t.beforeCreate&&Si(t.beforeCreate,e,`bc`);let{data:i,computed:a,methods:o,watch:s,provide:c,inject:l,created:u,beforeMount:d,mounted:f,beforeUpdate:p,updated:m,activated:h,deactivated:g,beforeDestroy:_,beforeUnmount:v,destroyed:y,unmounted:b,render:x,renderTracked:S,renderTriggered:C,errorCaptured:w,serverPrefetch:T,expose:E,inheritAttrs:ee,components:te,directives:ne,filters:re}=t;if(l&&xi(l,r,null),o)for(let e in o){let t=o[e];P(t)&&(r[e]=t.bind(n))}if(i){let t=i.call(n,n);F(t)&&(e.data=st(t))}if(yi=!0,a)for(let e in a){let t=a[e],i=L({get:P(t)?t.bind(n,n):P(t.get)?t.get.bind(n,n):zt,set:!P(t)&&P(t.set)?t.set.bind(n):zt});Object.defineProperty(r,e,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e})}if(s)for(let e in s)Ci(s[e],r,n,e);if(c){let e=P(c)?c.call(n):c;Reflect.ownKeys(e).forEach(t=>{ir(t,e[t])})}u&&Si(u,e,`c`);function D(e,t){N(t)?t.forEach(t=>e(t.bind(n))):t&&e(t.bind(n))}if(D(Xr,d),D(Zr,f),D(Qr,p),D($r,m),D(Wr,h),D(Gr,g),D(ai,w),D(ii,S),D(ri,C),D(ei,v),D(ti,b),D(ni,T),N(E)){if(E.length){let t=e.exposed||={};E.forEach(e=>{Object.defineProperty(t,e,{get:()=>n[e],set:t=>n[e]=t,enumerable:!0})})}else e.exposed||={}}x&&e.render===zt&&(e.render=x),ee!=null&&(e.inheritAttrs=ee),te&&(e.components=te),ne&&(e.directives=ne),T&&Nr(e)}function xi(e,t,n=zt){N(e)&&(e=ki(e));for(let n in e){let r=e[n],i;i=F(r)?`default`in r?ar(r.from||n,r.default,!0):ar(r.from||n):ar(r),vt(i)?Object.defineProperty(t,n,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e}):t[n]=i}}function Si(e,t,n){jn(N(e)?e.map(e=>e.bind(t.proxy)):e.bind(t.proxy),t,n)}function Ci(e,t,n,r){let i=r.includes(`.`)?dr(n,r):()=>n[r];if(Yt(e)){let n=t[e];P(n)&&cr(i,n)}else if(P(e))cr(i,e.bind(n));else if(F(e)){if(N(e))e.forEach(e=>Ci(e,t,n,r));else{let r=P(e.handler)?e.handler.bind(n):t[e.handler];P(r)&&cr(i,r,e)}}}function wi(e){let t=e.type,{mixins:n,extends:r}=t,{mixins:i,optionsCache:a,config:{optionMergeStrategies:o}}=e.appContext,s=a.get(t),c;return s?c=s:!i.length&&!n&&!r?c=t:(c={},i.length&&i.forEach(e=>Ti(c,e,o,!0)),Ti(c,t,o)),F(t)&&a.set(t,c),c}function Ti(e,t,n,r=!1){let{mixins:i,extends:a}=t;a&&Ti(e,a,n,!0),i&&i.forEach(t=>Ti(e,t,n,!0));for(let i in t)if(!(r&&i===`expose`)){let r=Ei[i]||n&&n[i];e[i]=r?r(e[i],t[i]):t[i]}return e}var Ei={data:Di,props:Mi,emits:Mi,methods:ji,computed:ji,beforeCreate:Ai,created:Ai,beforeMount:Ai,mounted:Ai,beforeUpdate:Ai,updated:Ai,beforeDestroy:Ai,beforeUnmount:Ai,destroyed:Ai,unmounted:Ai,activated:Ai,deactivated:Ai,errorCaptured:Ai,serverPrefetch:Ai,components:ji,directives:ji,watch:Ni,provide:Di,inject:Oi};function Di(e,t){return t?e?function(){return Ut(P(e)?e.call(this,this):e,P(t)?t.call(this,this):t)}:t:e}function Oi(e,t){return ji(ki(e),ki(t))}function ki(e){if(N(e)){let t={};for(let n=0;n<e.length;n++)t[e[n]]=e[n];return t}return e}function Ai(e,t){return e?[...new Set([].concat(e,t))]:t}function ji(e,t){return e?Ut(Object.create(null),e,t):t}function Mi(e,t){return e?N(e)&&N(t)?[...new Set([...e,...t])]:Ut(Object.create(null),vi(e),vi(t??{})):t}function Ni(e,t){if(!e)return t;if(!t)return e;let n=Ut(Object.create(null),e);for(let r in t)n[r]=Ai(e[r],t[r]);return n}function Pi(){return{app:null,config:{isNativeTag:Bt,performance:!1,globalProperties:{},optionMergeStrategies:{},errorHandler:void 0,warnHandler:void 0,compilerOptions:{}},mixins:[],components:{},directives:{},provides:Object.create(null),optionsCache:new WeakMap,propsCache:new WeakMap,emitsCache:new WeakMap}}var Fi=0;function Ii(e,t){return function(n,r=null){P(n)||(n=Ut({},n)),r!=null&&!F(r)&&(r=null);let i=Pi(),a=new WeakSet,o=[],s=!1,c=i.app={_uid:Fi++,_component:n,_props:r,_container:null,_context:i,_instance:null,version:Do,get config(){return i.config},set config(e){},use(e,...t){return a.has(e)||(e&&P(e.install)?(a.add(e),e.install(c,...t)):P(e)&&(a.add(e),e(c,...t))),c},mixin(e){return i.mixins.includes(e)||i.mixins.push(e),c},component(e,t){return t?(i.components[e]=t,c):i.components[e]},directive(e,t){return t?(i.directives[e]=t,c):i.directives[e]},mount(a,o,l){if(!s){let u=c._ceVNode||I(n,r);return u.appContext=i,l===!0?l=`svg`:l===!1&&(l=void 0),o&&t?t(u,a):e(u,a,l),s=!0,c._container=a,a.__vue_app__=c,Co(u.component)}},onUnmount(e){o.push(e)},unmount(){s&&(jn(o,c._instance,16),e(null,c._container),delete c._container.__vue_app__)},provide(e,t){return i.provides[e]=t,c},runWithContext(e){let t=Li;Li=c;try{return e()}finally{Li=t}}};return c}}var Li=null,Ri=(e,t)=>t===`modelValue`||t===`model-value`?e.modelModifiers:e[`${t}Modifiers`]||e[`${an(t)}Modifiers`]||e[`${sn(t)}Modifiers`];function zi(e,t,...n){if(e.isUnmounted)return;let r=e.vnode.props||j,i=n,a=t.startsWith(`update:`),o=a&&Ri(r,t.slice(7));o&&(o.trim&&(i=n.map(e=>Yt(e)?e.trim():e)),o.number&&(i=i.map(fn)));let s,c=r[s=ln(t)]||r[s=ln(an(t))];!c&&a&&(c=r[s=ln(sn(t))]),c&&jn(c,e,6,i);let l=r[s+`Once`];if(l){if(!e.emitted)e.emitted={};else if(e.emitted[s])return;e.emitted[s]=!0,jn(l,e,6,i)}}var Bi=new WeakMap;function Vi(e,t,n=!1){let r=n?Bi:t.emitsCache,i=r.get(e);if(i!==void 0)return i;let a=e.emits,o={},s=!1;if(!P(e)){let r=e=>{let n=Vi(e,t,!0);n&&(s=!0,Ut(o,n))};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}return!a&&!s?(F(e)&&r.set(e,null),null):(N(a)?a.forEach(e=>o[e]=null):Ut(o,a),F(e)&&r.set(e,o),o)}function Hi(e,t){return!e||!Vt(t)?!1:(t=t.slice(2),t=t===`Once`?t:t.replace(/Once$/,``),M(e,t[0].toLowerCase()+t.slice(1))||M(e,sn(t))||M(e,t))}function Ui(e){let{type:t,vnode:n,proxy:r,withProxy:i,propsOptions:[a],slots:o,attrs:s,emit:c,render:l,renderCache:u,props:d,data:f,setupState:p,ctx:m,inheritAttrs:h}=e,g=er(e),_,v;try{if(n.shapeFlag&4){let e=i||r,t=e;_=Qa(l.call(t,e,u,d,p,f,m)),v=s}else{let e=t;_=Qa(e.length>1?e(d,{attrs:s,slots:o,emit:c}):e(d,null)),v=t.props?s:Gi(s)}}catch(t){Na.length=0,Mn(t,e,1),_=I(ja)}let y=_;if(v&&h!==!1){let e=Object.keys(v),{shapeFlag:t}=y;e.length&&t&7&&(a&&e.some(Ht)&&(v=Ki(v,a)),y=Ya(y,v,!1,!0))}return n.dirs&&(y=Ya(y,null,!1,!0),y.dirs=y.dirs?y.dirs.concat(n.dirs):n.dirs),n.transition&&kr(mr(y.type)&&Or(y)||y,n.transition),_=y,er(g),_}function Wi(e,t=!0){let n;for(let t=0;t<e.length;t++){let r=e[t];if(Ha(r)){if(r.type!==ja||r.children===`v-if`){if(n)return;n=r}}else return}return n}var Gi=e=>{let t;for(let n in e)(n===`class`||n===`style`||Vt(n))&&((t||={})[n]=e[n]);return t},Ki=(e,t)=>{let n={};for(let r in e)Ht(r)&&r.slice(9)in t||(n[r]=e[r]);return n};function qi(e,t,n){let{props:r,children:i,component:a}=e,{props:o,children:s,patchFlag:c}=t,l=a.emitsOptions;if(t.dirs||t.transition)return!0;if(n&&c>=0){if(c&1024)return!0;if(c&16)return r?Ji(r,o,l):!!o;if(c&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let n=e[t];if(Yi(o,r,n)&&!Hi(l,n))return!0}}}else return(i||s)&&(!s||!s.$stable)?!0:r===o?!1:r?!o||Ji(r,o,l):!!o;return!1}function Ji(e,t,n){let r=Object.keys(t);if(r.length!==Object.keys(e).length)return!0;for(let i=0;i<r.length;i++){let a=r[i];if(!M(e,a)||Yi(t,e,a)&&!Hi(n,a))return!0}return!1}function Yi(e,t,n){let r=e[n],i=t[n];return n===`style`&&F(r)&&F(i)?!Tn(r,i):r!==i}function Xi({vnode:e,parent:t,suspense:n},r){for(;t;){let n=t.subTree;if(n.suspense&&n.suspense.activeBranch===e&&(n.suspense.vnode.el=n.el=r,e=n),n===e)(e=t.vnode).el=r,t=t.parent;else break}n&&n.activeBranch===e&&(n.vnode.el=r)}var Zi={},Qi=()=>Object.create(Zi),$i=e=>Object.getPrototypeOf(e)===Zi;function ea(e,t,n,r=!1){let i={},a=Qi();e.propsDefaults=Object.create(null),na(e,t,i,a);for(let t in e.propsOptions[0])t in i||(i[t]=void 0);e.props=n?r?i:ct(i):e.type.props?i:a,e.attrs=a}function ta(e,t,n,r){let{props:i,attrs:a,vnode:{patchFlag:o}}=e,s=A(i),[c]=e.propsOptions,l=!1;if((r||o>0)&&!(o&16)){if(o&8){let n=e.vnode.dynamicProps;for(let r=0;r<n.length;r++){let o=n[r];if(Hi(e.emitsOptions,o))continue;let u=t[o];if(c){if(M(a,o))u!==a[o]&&(a[o]=u,l=!0);else{let t=an(o);i[t]=ra(c,s,t,u,e,!1)}}else u!==a[o]&&(a[o]=u,l=!0)}}}else{na(e,t,i,a)&&(l=!0);let r;for(let a in s)t&&(M(t,a)||(r=sn(a))!==a&&M(t,r))||(c?n&&(n[a]!==void 0||n[r]!==void 0)&&(i[a]=ra(c,s,a,void 0,e,!0)):delete i[a]);if(a!==s)for(let e in a)t&&M(t,e)||(delete a[e],l=!0)}l&&Te(e.attrs,`set`,``)}function na(e,t,n,r){let[i,a]=e.propsOptions,o=!1,s;if(t)for(let c in t){if(tn(c))continue;let l=t[c],u;i&&M(i,u=an(c))?!a||!a.includes(u)?n[u]=l:(s||={})[u]=l:Hi(e.emitsOptions,c)||c in r&&l===r[c]||(r[c]=l,o=!0)}if(a){let t=A(n),r=s||j;for(let o=0;o<a.length;o++){let s=a[o];n[s]=ra(i,t,s,r[s],e,!M(r,s))}}return o}function ra(e,t,n,r,i,a){let o=e[n];if(o!=null){let e=M(o,`default`);if(e&&r===void 0){let e=o.default;if(o.type!==Function&&!o.skipFactory&&P(e)){let{propsDefaults:a}=i;if(n in a)r=a[n];else{let o=fo(i);r=a[n]=e.call(null,t),o()}}else r=e;i.ce&&i.ce._setProp(n,r)}o[0]&&(a&&!e?r=!1:o[1]&&(r===``||r===sn(n))&&(r=!0))}return r}var ia=new WeakMap;function aa(e,t,n=!1){let r=n?ia:t.propsCache,i=r.get(e);if(i)return i;let a=e.props,o={},s=[],c=!1;if(!P(e)){let r=e=>{c=!0;let[n,r]=aa(e,t,!0);Ut(o,n),r&&s.push(...r)};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}if(!a&&!c)return F(e)&&r.set(e,Rt),Rt;if(N(a))for(let e=0;e<a.length;e++){let t=an(a[e]);oa(t)&&(o[t]=j)}else if(a)for(let e in a){let t=an(e);if(oa(t)){let n=a[e],r=o[t]=N(n)||P(n)?{type:n}:Ut({},n),i=r.type,c=!1,l=!0;if(N(i))for(let e=0;e<i.length;++e){let t=i[e],n=P(t)&&t.name;if(n===`Boolean`){c=!0;break}n===`String`&&(l=!1)}else c=P(i)&&i.name===`Boolean`;r[0]=c,r[1]=l,(c||M(r,`default`))&&s.push(t)}}let l=[o,s];return F(e)&&r.set(e,l),l}function oa(e){return e[0]!==`$`&&!tn(e)}var sa=e=>e===`_`||e===`_ctx`||e===`$stable`,ca=e=>N(e)?e.map(Qa):[Qa(e)],la=(e,t,n)=>{if(t._n)return t;let r=tr((...e)=>ca(t(...e)),n);return r._c=!1,r},ua=(e,t,n)=>{let r=e._ctx;for(let n in e){if(sa(n))continue;let i=e[n];if(P(i))t[n]=la(n,i,r);else if(i!=null){let e=ca(i);t[n]=()=>e}}},da=(e,t)=>{let n=ca(t);e.slots.default=()=>n},fa=(e,t,n)=>{for(let r in t)(n||!sa(r))&&(e[r]=t[r])},pa=(e,t,n)=>{let r=e.slots=Qi();if(e.vnode.shapeFlag&32){let e=t._;e?(fa(r,t,n),n&&dn(r,`_`,e,!0)):ua(t,r)}else t&&da(e,t)},ma=(e,t,n)=>{let{vnode:r,slots:i}=e,a=!0,o=j;if(r.shapeFlag&32){let e=t._;e?n&&e===1?a=!1:fa(i,t,n):(a=!t.$stable,ua(t,i)),o=t}else t&&(da(e,t),o={default:1});if(a)for(let e in i)!sa(e)&&o[e]==null&&delete i[e]},ha=Oa;function ga(e){return _a(e)}function _a(e,t){let n=mn();n.__VUE__=!0;let{insert:r,remove:i,patchProp:a,createElement:o,createText:s,createComment:c,setText:l,setElementText:u,parentNode:d,nextSibling:f,setScopeId:p=zt,insertStaticContent:m}=e,h=(e,t,n,r=null,i=null,a=null,o=void 0,s=null,c=!!t.dynamicChildren)=>{if(e===t)return;e&&!Ua(e,t)&&(r=k(e),de(e,i,a,!0),e=null),t.patchFlag===-2&&(c=!1,t.dynamicChildren=null),t.dynamicChildren&&e&&e.dynamicChildren&&e.dynamicChildren.hasOnce&&(t.dynamicChildren===Rt&&(t.dynamicChildren=[]),t.dynamicChildren.hasOnce=!0);let{type:l,ref:u,shapeFlag:d}=t;switch(l){case Aa:g(e,t,n,r);break;case ja:_(e,t,n,r);break;case Ma:e??v(t,n,r,o);break;case ka:ne(e,t,n,r,i,a,o,s,c);break;default:d&1?x(e,t,n,r,i,a,o,s,c):d&6?re(e,t,n,r,i,a,o,s,c):(d&64||d&128)&&l.process(e,t,n,r,i,a,o,s,c,ve)}u!=null&&i?Ir(u,e&&e.ref,a,t||e,!t):u==null&&e&&e.ref!=null&&Ir(e.ref,null,a,e,!0)},g=(e,t,n,i)=>{if(e==null)r(t.el=s(t.children),n,i);else{let n=t.el=e.el;t.children!==e.children&&l(n,t.children)}},_=(e,t,n,i)=>{e==null?r(t.el=c(t.children||``),n,i):t.el=e.el},v=(e,t,n,r)=>{[e.el,e.anchor]=m(e.children,t,n,r,e.el,e.anchor)},y=({el:e,anchor:t},n,i)=>{let a;for(;e&&e!==t;)a=f(e),r(e,n,i),e=a;r(t,n,i)},b=({el:e,anchor:t})=>{let n;for(;e&&e!==t;)n=f(e),i(e),e=n;i(t)},x=(e,t,n,r,i,a,o,s,c)=>{if(t.type===`svg`?o=`svg`:t.type===`math`&&(o=`mathml`),e==null)S(t,n,r,i,a,o,s,c);else{let n=e.el&&e.el._isVueCE?e.el:null;try{n&&n._beginPatch(),T(e,t,i,a,o,s,c)}finally{n&&n._endPatch()}}},S=(e,t,n,i,s,c,l,d)=>{let f,p,{props:m,shapeFlag:h,transition:g,dirs:_}=e;if(f=e.el=o(e.type,c,m&&m.is,m),h&8?u(f,e.children):h&16&&w(e.children,f,null,i,s,va(e,c),l,d),_&&rr(e,null,i,`created`),C(f,e,e.scopeId,l,i),m){for(let e in m)e!==`value`&&!tn(e)&&a(f,e,null,m[e],c,i);`value`in m&&a(f,`value`,null,m.value,c),(p=m.onVnodeBeforeMount)&&no(p,i,e)}_&&rr(e,null,i,`beforeMount`);let v=ba(s,g);v?g.beforeEnter(f):g&&!g.persisted&&(f[Da]=!0),r(f,t,n),((p=m&&m.onVnodeMounted)||v||_)&&ha(()=>{try{p&&no(p,i,e),v&&g.enter(f),_&&rr(e,null,i,`mounted`)}finally{}},s)},C=(e,t,n,r,i)=>{if(n&&p(e,n),r)for(let t=0;t<r.length;t++)p(e,r[t]);if(i){let n=i.subTree;if(t===n||Ea(n.type)&&(n.ssContent===t||n.ssFallback===t)){let t=i.vnode;C(e,t,t.scopeId,t.slotScopeIds,i.parent)}}},w=(e,t,n,r,i,a,o,s,c=0)=>{for(let l=c;l<e.length;l++){let c=e[l]=s?$a(e[l]):Qa(e[l]);h(null,c,t,n,r,i,a,o,s)}},T=(e,t,n,r,i,o,s)=>{let c=t.el=e.el,{patchFlag:l,dynamicChildren:d,dirs:f}=t;l|=e.patchFlag&16;let p=e.props||j,m=t.props||j,h;if(n&&ya(n,!1),(h=m.onVnodeBeforeUpdate)&&no(h,n,t,e),f&&rr(t,e,n,`beforeUpdate`),n&&ya(n,!0),d&&(!e.dynamicChildren||e.dynamicChildren.length!==d.length)&&(l=0,s=!1,d=null),(p.innerHTML&&m.innerHTML==null||p.textContent&&m.textContent==null)&&u(c,``),d?E(e.dynamicChildren,d,c,n,r,va(t,i),o):s||se(e,t,c,null,n,r,va(t,i),o,!1),l>0){if(l&16)ee(c,p,m,n,i);else if(l&2&&p.class!==m.class&&a(c,`class`,null,m.class,i),l&4&&a(c,`style`,p.style,m.style,i),l&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let r=e[t],o=p[r],s=m[r];(s!==o||r===`value`)&&a(c,r,o,s,i,n)}}l&1&&e.children!==t.children&&u(c,t.children)}else!s&&d==null&&ee(c,p,m,n,i);((h=m.onVnodeUpdated)||f)&&ha(()=>{h&&no(h,n,t,e),f&&rr(t,e,n,`updated`)},r)},E=(e,t,n,r,i,a,o)=>{for(let s=0;s<t.length;s++){let c=e[s],l=t[s],u=c.el||Ta(c),f=u&&(c.type===ka||!Ua(c,l)||c.shapeFlag&198)?d(u):n;h(c,l,f,null,r,i,a,o,!0)}},ee=(e,t,n,r,i)=>{if(t!==n){if(t!==j)for(let o in t)!tn(o)&&!(o in n)&&a(e,o,t[o],null,i,r);for(let o in n){if(tn(o))continue;let s=n[o],c=t[o];s!==c&&o!==`value`&&a(e,o,c,s,i,r)}`value`in n&&a(e,`value`,t.value,n.value,i)}},ne=(e,t,n,i,a,o,c,l,u)=>{let d=t.el=e?e.el:s(``),f=t.anchor=e?e.anchor:s(``),{patchFlag:p,dynamicChildren:m,slotScopeIds:h}=t;h&&(l=l?l.concat(h):h),e==null?(r(d,n,i),r(f,n,i),w(t.children||[],n,f,a,o,c,l,u)):p>0&&p&64&&m&&e.dynamicChildren&&e.dynamicChildren.length===m.length?(E(e.dynamicChildren,m,n,a,o,c,l),(t.key!=null||a&&t===a.subTree)&&xa(e,t,!0)):se(e,t,n,f,a,o,c,l,u)},re=(e,t,n,r,i,a,o,s,c)=>{t.slotScopeIds=s,e==null?t.shapeFlag&512?i.ctx.activate(t,n,r,o,c):D(t,n,r,i,a,o,c):ie(e,t,c)},D=(e,t,n,r,i,a,o)=>{let s=e.component=oo(e,r,i);if(Ur(e)&&(s.ctx.renderer=ve),go(s,!1,o),s.asyncDep){if(i&&i.registerDep(s,ae,o,a),!e.el){let r=s.subTree=I(ja);_(null,r,t,n),e.placeholder=r.el}}else ae(s,e,t,n,i,a,o)},ie=(e,t,n)=>{let r=t.component=e.component;if(qi(e,t,n)){if(r.asyncDep&&!r.asyncResolved){t.el=e.el,t.placeholder=e.placeholder,oe(r,t,n);return}r.next=t,r.update()}else t.el=e.el,t.placeholder=e.placeholder,r.vnode=t},ae=(e,t,n,r,i,a,o)=>{let s=()=>{if(e.isMounted){let{next:t,bu:n,u:r,parent:s,vnode:c}=e;{let n=Ca(e);if(n){t&&(t.el=c.el,oe(e,t,o)),n.asyncDep.then(()=>{let t=()=>{e.job.flags&8||(i&&i.pendingBranch?ha(t,i):l())};t.flags=48,ha(t,i)});return}}let u=t,f;ya(e,!1),t?(t.el=c.el,oe(e,t,o)):t=c,n&&un(n),(f=t.props&&t.props.onVnodeBeforeUpdate)&&no(f,s,t,c),ya(e,!0);let p=Ui(e),m=e.subTree;e.subTree=p,h(m,p,d(m.el||Ta(m)),k(m),e,i,a),t.el=p.el,u===null&&Xi(e,p.el),r&&ha(r,i),(f=t.props&&t.props.onVnodeUpdated)&&ha(()=>no(f,s,t,c),i)}else{let o,{el:s,props:c}=t,{bm:l,m:u,parent:d,root:f,type:p}=e,m=Br(t);if(ya(e,!1),l&&un(l),!m&&(o=c&&c.onVnodeBeforeMount)&&no(o,d,t),ya(e,!0),s&&be){let t=()=>{e.subTree=Ui(e),be(s,e.subTree,e,i,null)};m&&p.__asyncHydrate?p.__asyncHydrate(s,e,t):t()}else{f.ce&&f.ce._hasShadowRoot()&&f.ce._injectChildStyle(p,e.parent?e.parent.type:void 0);let o=e.subTree=Ui(e);h(null,o,n,r,e,i,a),t.el=o.el}if(u&&ha(u,i),!m&&(o=c&&c.onVnodeMounted)){let e=t;ha(()=>no(o,d,e),i)}(t.shapeFlag&256||d&&Br(d.vnode)&&d.vnode.shapeFlag&256)&&e.a&&ha(e.a,i),e.isMounted=!0,t=n=r=null}};e.scope.on();let c=e.effect=new te(s);e.scope.off();let l=e.update=c.run.bind(c),u=e.job=c.runIfDirty.bind(c);u.i=e,u.id=e.uid,c.scheduler=()=>Un(u),ya(e,!0),l()},oe=(e,t,n)=>{t.component=e;let r=e.vnode.props;e.vnode=t,e.next=null,ta(e,t.props,r,n),ma(e,t.children,n),me(),Kn(e),he()},se=(e,t,n,r,i,a,o,s,c=!1)=>{let l=e&&e.children,d=e?e.shapeFlag:0,f=t.children,{patchFlag:p,shapeFlag:m}=t;if(p>0){if(p&128){le(l,f,n,r,i,a,o,s,c);return}if(p&256){ce(l,f,n,r,i,a,o,s,c);return}}m&8?(d&16&&ge(l,i,a),f!==l&&u(n,f)):d&16?m&16?le(l,f,n,r,i,a,o,s,c):ge(l,i,a,!0):(d&8&&u(n,``),m&16&&w(f,n,r,i,a,o,s,c))},ce=(e,t,n,r,i,a,o,s,c)=>{e||=Rt,t||=Rt;let l=e.length,u=t.length,d=Math.min(l,u),f=0;for(;f<d;f++){let r=t[f]=c?$a(t[f]):Qa(t[f]);h(e[f],r,n,null,i,a,o,s,c)}l>u?ge(e,i,a,!0,!1,d):w(t,n,r,i,a,o,s,c,d)},le=(e,t,n,r,i,a,o,s,c)=>{let l=0,u=t.length,d=e.length-1,f=u-1;for(;l<=d&&l<=f;){let r=e[l],u=t[l]=c?$a(t[l]):Qa(t[l]);if(Ua(r,u))h(r,u,n,null,i,a,o,s,c);else break;l++}for(;l<=d&&l<=f;){let r=e[d],l=t[f]=c?$a(t[f]):Qa(t[f]);if(Ua(r,l))h(r,l,n,null,i,a,o,s,c);else break;d--,f--}if(l>d){if(l<=f){let e=f+1,d=e<u?t[e].el:r;for(;l<=f;)h(null,t[l]=c?$a(t[l]):Qa(t[l]),n,d,i,a,o,s,c),l++}}else if(l>f)for(;l<=d;)de(e[l],i,a,!0),l++;else{let p=l,m=l,g=new Map;for(l=m;l<=f;l++){let e=t[l]=c?$a(t[l]):Qa(t[l]);e.key!=null&&g.set(e.key,l)}let _,v=0,y=f-m+1,b=!1,x=0,S=Array(y);for(l=0;l<y;l++)S[l]=0;for(l=p;l<=d;l++){let r=e[l];if(v>=y){de(r,i,a,!0);continue}let u;if(r.key!=null)u=g.get(r.key);else for(_=m;_<=f;_++)if(S[_-m]===0&&Ua(r,t[_])){u=_;break}u===void 0?de(r,i,a,!0):(S[u-m]=l+1,u>=x?x=u:b=!0,h(r,t[u],n,null,i,a,o,s,c),v++)}let C=b?Sa(S):Rt;for(_=C.length-1,l=y-1;l>=0;l--){let e=m+l,d=t[e],f=t[e+1],p=e+1<u?f.el||Ta(f):r;S[l]===0?h(null,d,n,p,i,a,o,s,c):b&&(_<0||l!==C[_]?ue(d,n,p,2):_--)}}},ue=(e,t,n,a,o=null)=>{let{el:s,type:c,transition:l,children:u,shapeFlag:d}=e;if(d&6)ue(e.component.subTree,t,n,a);else if(d&128)e.suspense.move(t,n,a);else if(d&64)c.move(e,t,n,ve);else if(c===ka){r(s,t,n);for(let e=0;e<u.length;e++)ue(u[e],t,n,a);r(e.anchor,t,n)}else if(c===Ma)y(e,t,n);else if(a!==2&&d&1&&l){if(a===0)l.persisted&&!s[Er]?r(s,t,n):(l.beforeEnter(s),r(s,t,n),ha(()=>l.enter(s),o));else{let{leave:a,delayLeave:o,afterLeave:c}=l,u=()=>{e.ctx.isUnmounted?i(s):r(s,t,n)},d=()=>{let e=s._isLeaving||!!s[Er];s._isLeaving&&s[Er](!0),l.persisted&&!e?u():a(s,()=>{u(),c&&c()})};o?o(s,u,d):d()}}else r(s,t,n)},de=(e,t,n,r=!1,i=!1)=>{let{type:a,props:o,ref:s,children:c,dynamicChildren:l,shapeFlag:u,patchFlag:d,dirs:f,cacheIndex:p,memo:m}=e;if((d===-2||l&&l.hasOnce)&&(i=!1),s!=null&&(me(),Ir(s,null,n,e,!0),he()),p==null||e.ctx&&e.ctx!==t||(t.renderCache[p]=void 0),u&256&&t.ctx.deactivate(e))return;let h=u&1&&f,g=!Br(e),_;if(g&&(_=o&&o.onVnodeBeforeUnmount)&&no(_,t,e),u&6)pe(e.component,n,r);else{if(u&128){e.suspense.unmount(n,r);return}h&&rr(e,null,t,`beforeUnmount`),u&64?e.type.remove(e,t,n,ve,r):l&&!l.hasOnce&&(a!==ka||d>0&&d&64)?ge(l,t,n,!1,!0):(a===ka&&d&384||!i&&u&16)&&ge(c,t,n),r&&fe(e)}let v=m!=null&&p==null;(g&&(_=o&&o.onVnodeUnmounted)||h||v)&&ha(()=>{_&&no(_,t,e),h&&rr(e,null,t,`unmounted`),v&&(e.el=null)},n)},fe=e=>{let{type:t,el:n,anchor:r,transition:a}=e,o=t===ka;if(o&&!a){O(n,r);return}if(t===Ma){b(e),a&&!a.persisted&&a.afterLeave&&a.afterLeave();return}let s=o?Ar(e):e,c=()=>{o?d(n)&&O(n,r):i(n),a&&!a.persisted&&a.afterLeave&&a.afterLeave()};if(s&&s.shapeFlag&1&&a&&!a.persisted){let{leave:e,delayLeave:t}=a,n=s.el,r=()=>e(n,c);t?t(n,c,r):r()}else c()},O=(e,t)=>{let n;for(;e!==t;)n=f(e),i(e),e=n;i(t)},pe=(e,t,n)=>{let{bum:r,scope:i,job:a,subTree:o,um:s,m:c,a:l}=e;wa(c),wa(l),r&&un(r),i.stop(),a?(a.flags|=8,de(o,e,t,n)):o&&(o.transition=e.vnode.transition,de(o,e,t,n)),s&&ha(s,t);let u=()=>{e.isUnmounted=!0};u.flags=16,ha(u,t)},ge=(e,t,n,r=!1,i=!1,a=0)=>{for(let o=a;o<e.length;o++)de(e[o],t,n,r,i)},k=e=>{if(e.shapeFlag&6)return k(e.component.subTree);if(e.shapeFlag&128)return e.suspense.next();let t=f(e.anchor||e.el),n=t&&t[pr];return n?f(n):t},_e=(e,t,n)=>{Yn(()=>{e==null?t._vnode&&de(t._vnode,null,null,!0):h(t._vnode||null,e,t,null,null,null,n),t._vnode=e},e&&t._vnode?void 0:e&&e.component?e.component.uid:ao())},ve={p:h,um:de,m:ue,r:fe,mt:D,mc:w,pc:se,pbc:E,n:k,o:e},ye,be;return t&&([ye,be]=t(ve)),{render:_e,hydrate:ye,createApp:Ii(_e,ye)}}function va({type:e,props:t},n){return n===`svg`&&e===`foreignObject`||n===`mathml`&&e===`annotation-xml`&&t&&t.encoding&&t.encoding.includes(`html`)?void 0:n}function ya({effect:e,job:t},n){n?(e.flags|=32,t.flags|=4):(e.flags&=-33,t.flags&=-5)}function ba(e,t){return(!e||e&&!e.pendingBranch)&&t&&!t.persisted}function xa(e,t,n=!1){let r=e.children,i=t.children;if(N(r)&&N(i))for(let e=0;e<r.length;e++){let t=r[e],a=i[e];a.shapeFlag&1&&!a.dynamicChildren&&((a.patchFlag<=0||a.patchFlag===32)&&(a=i[e]=$a(i[e]),a.el=t.el),!n&&a.patchFlag!==-2&&xa(t,a)),a.type===Aa&&(a.patchFlag===-1&&(a=i[e]=$a(a)),a.el=t.el),a.type===ja&&!a.el&&(a.el=t.el)}}function Sa(e){let t=e.slice(),n=[0],r,i,a,o,s,c=e.length;for(r=0;r<c;r++){let c=e[r];if(c!==0){if(i=n[n.length-1],e[i]<c){t[r]=i,n.push(r);continue}for(a=0,o=n.length-1;a<o;)s=a+o>>1,e[n[s]]<c?a=s+1:o=s;c<e[n[a]]&&(a>0&&(t[r]=n[a-1]),n[a]=r)}}for(a=n.length,o=n[a-1];a-->0;)n[a]=o,o=t[o];return n}function Ca(e){let t=e.subTree.component;if(t)return t.asyncDep&&!t.asyncResolved?t:Ca(t)}function wa(e){if(e)for(let t=0;t<e.length;t++)e[t].flags|=8}function Ta(e){if(e.placeholder)return e.placeholder;let t=e.component;if(t)return Ta(t.subTree);let n=e.suspense;return n&&n.activeBranch?Ta(n.activeBranch):null}var Ea=e=>e.__isSuspense,Da=Symbol(`_deferredEnter`);function Oa(e,t){t&&t.pendingBranch?N(e)?t.effects.push(...e):t.effects.push(e):Gn(e)}var ka=Symbol.for(`v-fgt`),Aa=Symbol.for(`v-txt`),ja=Symbol.for(`v-cmt`),Ma=Symbol.for(`v-stc`),Na=[],Pa=null;function Fa(e=!1){Na.push(Pa=e?null:[])}function Ia(){Na.pop(),Pa=Na[Na.length-1]||null}var La=1;function Ra(e,t=!1){La+=e,e<0&&Pa&&t&&(Pa.hasOnce=!0)}function za(e){return e.dynamicChildren=La>0?Pa||Rt:null,Ia(),La>0&&Pa&&Pa.push(e),e}function Ba(e,t,n,r,i,a){return za(Ka(e,t,n,r,i,a,!0))}function Va(e,t,n,r,i){return za(I(e,t,n,r,i,!0))}function Ha(e){return e?e.__v_isVNode===!0:!1}function Ua(e,t){return e.type===t.type&&e.key===t.key}var Wa=({key:e})=>e??null,Ga=({ref:e,ref_key:t,ref_for:n})=>(typeof e==`number`&&(e=``+e),e==null?null:Yt(e)||vt(e)||P(e)?{i:Qn,r:e,k:t,f:!!n}:e);function Ka(e,t=null,n=null,r=0,i=null,a=e===ka?0:1,o=!1,s=!1){let c={__v_isVNode:!0,__v_skip:!0,type:e,props:t,key:t&&Wa(t),ref:t&&Ga(t),scopeId:$n,slotScopeIds:null,children:n,component:null,suspense:null,ssContent:null,ssFallback:null,dirs:null,transition:null,el:null,anchor:null,target:null,targetStart:null,targetAnchor:null,staticCount:0,shapeFlag:a,patchFlag:r,dynamicProps:i,dynamicChildren:null,appContext:null,ctx:Qn};return s?(eo(c,n),a&128&&e.normalize(c)):n&&(c.shapeFlag|=Yt(n)?8:16),La>0&&!o&&Pa&&(c.patchFlag>0||a&6)&&c.patchFlag!==32&&Pa.push(c),c}var I=qa;function qa(e,t=null,n=null,r=0,i=null,a=!1){if(e&&e!==ci||(e=ja),Ha(e)){let r=Ya(e,t,!0);return n&&eo(r,n),La>0&&!a&&Pa&&(r.shapeFlag&6?Pa[Pa.indexOf(e)]=r:Pa.push(r)),r.patchFlag=-2,r}if(To(e)&&(e=e.__vccOpts),t){t=Ja(t);let{class:e,style:n}=t;e&&!Yt(e)&&(t.class=bn(e)),F(n)&&(mt(n)&&!N(n)&&(n=Ut({},n)),t.style=hn(n))}let o=Yt(e)?1:Ea(e)?128:mr(e)?64:F(e)?4:P(e)?2:0;return Ka(e,t,n,r,i,o,a,!0)}function Ja(e){return e?mt(e)?Ut({},e):$i(e)?Ut({},e[bo]||e):e:null}function Ya(e,t,n=!1,r=!1){let{props:i,ref:a,patchFlag:o,children:s,transition:c}=e,l=t?to(i||{},t):i,u={__v_isVNode:!0,__v_skip:!0,type:e.type,props:l,key:l&&Wa(l),ref:t&&t.ref?n&&a?N(a)?a.concat(Ga(t)):[a,Ga(t)]:Ga(t):a,scopeId:e.scopeId,slotScopeIds:e.slotScopeIds,children:s,target:e.target,targetStart:e.targetStart,targetAnchor:e.targetAnchor,staticCount:e.staticCount,shapeFlag:e.shapeFlag,patchFlag:t&&e.type!==ka?o===-1?16:o|16:o,dynamicProps:e.dynamicProps,dynamicChildren:e.dynamicChildren,appContext:e.appContext,dirs:e.dirs,transition:c,component:e.component,suspense:e.suspense,ssContent:e.ssContent&&Ya(e.ssContent),ssFallback:e.ssFallback&&Ya(e.ssFallback),placeholder:e.placeholder,el:e.el,anchor:e.anchor,ctx:e.ctx,ce:e.ce,cacheIndex:e.cacheIndex};return c&&r&&kr(u,c.clone(u)),u}function Xa(e=` `,t=0){return I(Aa,null,e,t)}function Za(e=``,t=!1){return t?(Fa(),Va(ja,null,e)):I(ja,null,e)}function Qa(e){return e==null||typeof e==`boolean`?I(ja):N(e)?I(ka,null,e.slice()):Ha(e)?$a(e):I(Aa,null,String(e))}function $a(e){return e.el===null&&e.patchFlag!==-1||e.memo?e:Ya(e)}function eo(e,t){let n=0,{shapeFlag:r}=e;if(t==null)t=null;else if(N(t))n=16;else if(typeof t==`object`){if(r&65){let n=t.default;n&&(n._c&&(n._d=!1),eo(e,n()),n._c&&(n._d=!0));return}{n=32;let r=t._;!r&&!$i(t)?t._ctx=Qn:r===3&&Qn&&(Qn.slots._===1?t._=1:(t._=2,e.patchFlag|=1024))}}else if(P(t)){if(r&65){eo(e,{default:t});return}t={default:t,_ctx:Qn},n=32}else t=String(t),r&64?(n=16,t=[Xa(t)]):n=8;e.children=t,e.shapeFlag|=n}function to(...e){let t={};for(let n=0;n<e.length;n++){let r=e[n];for(let e in r)if(e===`class`)t.class!==r.class&&(t.class=bn([t.class,r.class]));else if(e===`style`)t.style=hn([t.style,r.style]);else if(Vt(e)){let n=t[e],i=r[e];i&&n!==i&&!(N(n)&&n.includes(i))?t[e]=n?[].concat(n,i):i:i==null&&n==null&&!Ht(e)&&(t[e]=i)}else e!==``&&(t[e]=r[e])}return t}function no(e,t,n,r=null){jn(e,t,7,[n,r])}var ro=Pi(),io=0;function ao(){return io}function oo(e,t,n){let r=e.type,i=(t?t.appContext:e.appContext)||ro,a={uid:io++,vnode:e,type:r,parent:t,appContext:i,root:null,next:null,subTree:null,effect:null,update:null,job:null,scope:new S(!0),render:null,proxy:null,exposed:null,exposeProxy:null,withProxy:null,provides:t?t.provides:Object.create(i.provides),ids:t?t.ids:[``,0,0],accessCache:null,renderCache:[],components:null,directives:null,propsOptions:aa(r,i),emitsOptions:Vi(r,i),emit:null,emitted:null,propsDefaults:j,inheritAttrs:r.inheritAttrs,ctx:j,data:j,props:j,attrs:j,slots:j,refs:j,setupState:j,setupContext:null,suspense:n,suspenseId:n?n.pendingId:0,asyncDep:null,asyncResolved:!1,isMounted:!1,isUnmounted:!1,isDeactivated:!1,bc:null,c:null,bm:null,m:null,bu:null,u:null,um:null,bum:null,da:null,a:null,rtg:null,rtc:null,ec:null,sp:null};return a.ctx={_:a},a.root=t?t.root:a,a.emit=zi.bind(null,a),e.ce&&e.ce(a),a}var so=null,co=()=>so||Qn,lo,uo;{let e=mn(),t=(t,n)=>{let r;return(r=e[t])||(r=e[t]=[]),r.push(n),e=>{r.length>1?r.forEach(t=>t(e)):r[0](e)}};lo=t(`__VUE_INSTANCE_SETTERS__`,e=>so=e),uo=t(`__VUE_SSR_SETTERS__`,e=>ho=e)}var fo=e=>{let t=so;return lo(e),e.scope.on(),()=>{e.scope.off(),lo(t)}},po=()=>{so&&so.scope.off(),lo(null)};function mo(e){return e.vnode.shapeFlag&4}var ho=!1;function go(e,t=!1,n=!1){t&&uo(t);let{props:r,children:i}=e.vnode,a=mo(e);ea(e,r,a,t),pa(e,i,n||t);let o=a?_o(e,t):void 0;return t&&uo(!1),o}function _o(e,t){let n=e.type;e.accessCache=Object.create(null),e.proxy=new Proxy(e.ctx,_i);let{setup:r}=n;if(r){me();let n=e.setupContext=r.length>1?So(e):null,i=fo(e),a=An(r,e,0,[e.props,n]),o=Zt(a);if(he(),i(),(o||e.sp)&&!Br(e)&&Nr(e),o){if(a.then(po,po),t)return a.then(n=>{uo(!0);try{vo(e,n,t)}finally{uo(!1)}}).catch(t=>{Mn(t,e,0,void 0,!0),e.ssrRender=(e,t)=>t(`<!---->`)});e.asyncDep=a}else vo(e,a,t)}else yo(e,t)}function vo(e,t,n){P(t)?e.type.__ssrInlineRender?e.ssrRender=t:e.render=t:F(t)&&(e.setupState=Tt(t)),yo(e,n)}function yo(e,t,n){let r=e.type;e.render||=r.render||zt;{let t=fo(e);me();try{bi(e)}finally{he(),t()}}}var bo=Symbol(),xo={get(e,t){return we(e,`get`,``),t===bo?e:e[t]}};function So(e){return{attrs:new Proxy(e.attrs,xo),slots:e.slots,emit:e.emit,expose:t=>{e.exposed=t||{}}}}function Co(e){return e.exposed?e.exposeProxy||=new Proxy(Tt(ht(e.exposed)),{get(t,n){if(n in t)return t[n];if(n in hi)return hi[n](e)},has(e,t){return t in e||t in hi}}):e.proxy}function wo(e,t=!0){return P(e)?e.displayName||e.name:e.name||t&&e.__name}function To(e){return P(e)&&`__vccOpts`in e}var L=(e,t)=>At(e,t,ho);function Eo(e,t,n){try{Ra(-1);let r=arguments.length;return r===2?F(t)&&!N(t)?Ha(t)?I(e,null,[t]):I(e,t):I(e,null,t):(r>3?n=Array.prototype.slice.call(arguments,2):r===3&&Ha(n)&&(n=[n]),I(e,t,n))}finally{Ra(1)}}var Do=`3.5.45`;function Oo(e){let t=Object.create(null);for(let n of e.split(`,`))t[n]=1;return e=>e in t}var ko=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&(e.charCodeAt(2)>122||e.charCodeAt(2)<97),Ao=e=>e.startsWith(`onUpdate:`),jo=Object.assign,Mo=Array.isArray,No=e=>Vo(e)===`[object Map]`,Po=e=>Vo(e)===`[object Set]`,Fo=e=>Vo(e)===`[object Date]`,Io=e=>typeof e==`function`,Lo=e=>typeof e==`string`,Ro=e=>typeof e==`symbol`,zo=e=>typeof e==`object`&&!!e,Bo=Object.prototype.toString,Vo=e=>Bo.call(e),Ho=e=>{let t=Object.create(null);return(n=>t[n]||(t[n]=e(n)))},Uo=/-\w/g,Wo=Ho(e=>e.replace(Uo,e=>e.slice(1).toUpperCase())),Go=/\B([A-Z])/g,Ko=Ho(e=>e.replace(Go,`-$1`).toLowerCase()),qo=Ho(e=>e.charAt(0).toUpperCase()+e.slice(1)),Jo=(e,...t)=>{for(let n=0;n<e.length;n++)e[n](...t)},Yo=e=>{let t=parseFloat(e);return isNaN(t)?e:t},Xo=`itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly`,Zo=Oo(Xo);Xo+``;function Qo(e){return!!e||e===``}function $o(e,t,n){if(e.length!==t.length)return!1;let r=!0;for(let i=0;r&&i<e.length;i++)r=rs(e[i],t[i],n);return r}function es(e,t,n){if(e.size!==t.size)return!1;let r=Array.from(t),i=new Uint8Array(r.length);for(let t of e){let e=-1;for(let a=0;a<r.length;a++)if(!i[a]&&rs(t,r[a],n)){e=a;break}if(e<0)return!1;i[e]=1}return!0}function ts(e,t,n){let r=No(e),i=No(t);if(r||i||(r=Po(e),i=Po(t),r||i))return r&&i?es(e,t,n):!1;if(Object.keys(e).length!==Object.keys(t).length)return!1;for(let r in e){let i=e.hasOwnProperty(r),a=t.hasOwnProperty(r);if(i&&!a||!i&&a||!rs(e[r],t[r],n))return!1}return String(e)===String(t)}function ns(e,t,n,r){n||=[new Map,new Map];let[i,a]=n;if(i.has(e)||a.has(t))return i.get(e)===t&&a.get(t)===e;i.set(e,t),a.set(t,e);let o=r(e,t,n);return i.delete(e),a.delete(t),o}function rs(e,t,n){if(e===t)return!0;let r=Fo(e),i=Fo(t);return r||i?r&&i?e.getTime()===t.getTime():!1:(r=Ro(e),i=Ro(t),r||i?e===t:(r=Mo(e),i=Mo(t),r||i?r&&i?ns(e,t,n,$o):!1:(r=zo(e),i=zo(t),r||i?!r||!i?!1:ns(e,t,n,ts):String(e)===String(t))))}function is(e,t){return e.findIndex(e=>rs(e,t))}var as=void 0,os=typeof window<`u`&&window.trustedTypes;if(os)try{as=os.createPolicy(`vue`,{createHTML:e=>e})}catch{}var ss=as?e=>as.createHTML(e):e=>e,cs=`http://www.w3.org/2000/svg`,ls=`http://www.w3.org/1998/Math/MathML`,us=typeof document<`u`?document:null,ds=us&&us.createElement(`template`),fs={insert:(e,t,n)=>{t.insertBefore(e,n||null)},remove:e=>{let t=e.parentNode;t&&t.removeChild(e)},createElement:(e,t,n,r)=>{let i=t===`svg`?us.createElementNS(cs,e):t===`mathml`?us.createElementNS(ls,e):n?us.createElement(e,{is:n}):us.createElement(e);return e===`select`&&r&&r.multiple!=null&&i.setAttribute(`multiple`,r.multiple),i},createText:e=>us.createTextNode(e),createComment:e=>us.createComment(e),setText:(e,t)=>{e.nodeValue=t},setElementText:(e,t)=>{e.textContent=t},parentNode:e=>e.parentNode,nextSibling:e=>e.nextSibling,querySelector:e=>us.querySelector(e),setScopeId(e,t){e.setAttribute(t,``)},insertStaticContent(e,t,n,r,i,a){let o=n?n.previousSibling:t.lastChild;if(i&&(i===a||i.nextSibling))for(;t.insertBefore(i.cloneNode(!0),n),i!==a&&(i=i.nextSibling););else{ds.innerHTML=ss(r===`svg`?`<svg>${e}</svg>`:r===`mathml`?`<math>${e}</math>`:e);let i=ds.content;if(r===`svg`||r===`mathml`){let e=i.firstChild;for(;e.firstChild;)i.appendChild(e.firstChild);i.removeChild(e)}t.insertBefore(i,n)}return[o?o.nextSibling:t.firstChild,n?n.previousSibling:t.lastChild]}},ps=Symbol(`_vtc`);function ms(e,t,n){let r=e[ps];r&&(t=(t?[t,...r]:[...r]).join(` `)),t==null?e.removeAttribute(`class`):n?e.setAttribute(`class`,t):e.className=t}var hs=Symbol(`_vod`),gs=Symbol(`_vsh`),_s={name:`show`,beforeMount(e,{value:t},{transition:n}){e[hs]=e.style.display===`none`?``:e.style.display,n&&t?n.beforeEnter(e):vs(e,t)},mounted(e,{value:t},{transition:n}){n&&t&&n.enter(e)},updated(e,{value:t,oldValue:n},{transition:r}){!t!=!n&&(r?t?(r.beforeEnter(e),vs(e,!0),r.enter(e)):r.leave(e,()=>{vs(e,!1)}):vs(e,t))},beforeUnmount(e,{value:t}){vs(e,t)}};function vs(e,t){e.style.display=t?e[hs]:`none`,e[gs]=!t}var ys=Symbol(``),bs=/(?:^|;)\s*display\s*:/;function xs(e,t,n){let r=e.style,i=Lo(n),a=!1;if(n&&!i){if(t){if(Lo(t))for(let e of t.split(`;`)){let t=e.slice(0,e.indexOf(`:`)).trim();n[t]??Cs(r,t,``)}else for(let e in t)n[e]??Cs(r,e,``)}for(let i in n){i===`display`&&(a=!0);let o=n[i];o==null?Cs(r,i,``):Ds(e,i,!Lo(t)&&t?t[i]:void 0,o)||Cs(r,i,o)}}else if(i){if(t!==n){let e=r[ys];e&&(n+=`;`+e),r.cssText=n,a=bs.test(n)}}else t&&e.removeAttribute(`style`);hs in e&&(i&&t===n||(e[hs]=a?r.display:``),e[gs]&&(r.display=`none`))}var Ss=/\s*!important$/;function Cs(e,t,n){if(Mo(n))n.forEach(n=>Cs(e,t,n));else if(n??=``,t.startsWith(`--`))Ss.test(n)?e.setProperty(t,n.replace(Ss,``),`important`):e.setProperty(t,n);else{let r=Es(e,t);Ss.test(n)?e.setProperty(Ko(r),n.replace(Ss,``),`important`):e[r]=n}}var ws=[`Webkit`,`Moz`,`ms`],Ts={};function Es(e,t){let n=Ts[t];if(n)return n;let r=an(t);if(r!==`filter`&&r in e)return Ts[t]=r;r=qo(r);for(let n=0;n<ws.length;n++){let i=ws[n]+r;if(i in e)return Ts[t]=i}return t}function Ds(e,t,n,r){return e.tagName===`TEXTAREA`&&(t===`width`||t===`height`)&&Lo(r)&&n===r}var Os=`http://www.w3.org/1999/xlink`;function ks(e,t,n,r,i,a=Zo(t)){r&&t.startsWith(`xlink:`)?n==null?e.removeAttributeNS(Os,t.slice(6,t.length)):e.setAttributeNS(Os,t,n):n==null||a&&!Qo(n)?e.removeAttribute(t):e.setAttribute(t,a?``:Ro(n)?String(n):n)}function As(e,t,n,r,i){if(t===`innerHTML`||t===`textContent`){n!=null&&(e[t]=t===`innerHTML`?ss(n):n);return}let a=e.tagName;if(t===`value`&&a!==`PROGRESS`&&!a.includes(`-`)){let r=a===`OPTION`?e.getAttribute(`value`)||``:e.value,i=n==null?e.type===`checkbox`?`on`:``:String(n);r===i&&`_value`in e||(e.value=i),n??e.removeAttribute(t),e._value=n;return}let o=!1;if(n===``||n==null){let r=typeof e[t];r===`boolean`?n=Qo(n):n==null&&r===`string`?(n=``,o=!0):r===`number`&&(n=0,o=!0)}try{e[t]=n}catch{}o&&e.removeAttribute(i||t)}function js(e,t,n,r){e.addEventListener(t,n,r)}function Ms(e,t,n,r){e.removeEventListener(t,n,r)}var Ns=Symbol(`_vei`);function Ps(e,t,n,r,i=null){let a=e[Ns]||(e[Ns]={}),o=a[t];if(r&&o)o.value=r;else{let[n,s]=Ls(t);r?js(e,n,a[t]=Vs(r,i),s):o&&(Ms(e,n,o,s),a[t]=void 0)}}var Fs=/(Once|Passive|Capture)$/,Is=/^on:?(?:Once|Passive|Capture)$/;function Ls(e){let t,n;for(;(n=e.match(Fs))&&!Is.test(e);)t||={},e=e.slice(0,e.length-n[1].length),t[n[1].toLowerCase()]=!0;return[e[2]===`:`?e.slice(3):Ko(e.slice(2)),t]}var Rs=0,zs=Promise.resolve(),Bs=()=>Rs||=(zs.then(()=>Rs=0),Date.now());function Vs(e,t){let n=e=>{if(!e._vts)e._vts=Date.now();else if(e._vts<=n.attached)return;let r=n.value;if(Mo(r)){let n=e.stopImmediatePropagation;e.stopImmediatePropagation=()=>{n.call(e),e._stopped=!0};let i=r.slice(),a=[e];for(let n=0;n<i.length&&!e._stopped;n++){let e=i[n];e&&jn(e,t,5,a)}}else jn(r,t,5,[e])};return n.value=e,n.attached=Bs(),n}var Hs=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&e.charCodeAt(2)>96&&e.charCodeAt(2)<123,Us=(e,t,n,r,i,a)=>{let o=i===`svg`;t===`class`?ms(e,r,o):t===`style`?xs(e,n,r):ko(t)?Ao(t)||Ps(e,t,n,r,a):(t[0]===`.`?(t=t.slice(1),1):t[0]===`^`?(t=t.slice(1),0):Ws(e,t,r,o))?(As(e,t,r),e.tagName.includes(`-`)||t!==`value`&&t!==`checked`&&t!==`selected`||ks(e,t,r,o,a,t!==`value`)):e._isVueCE&&(Gs(e,t)||e._def.__asyncLoader&&(/[A-Z]/.test(t)||!Lo(r)))?As(e,Wo(t),r,a,t):(t===`true-value`?e._trueValue=r:t===`false-value`&&(e._falseValue=r),ks(e,t,r,o))};function Ws(e,t,n,r){if(r)return!!(t===`innerHTML`||t===`textContent`||t in e&&Hs(t)&&Io(n));if(t===`spellcheck`||t===`draggable`||t===`translate`||t===`autocorrect`||t===`sandbox`&&e.tagName===`IFRAME`||t===`form`||t===`list`&&e.tagName===`INPUT`||t===`type`&&e.tagName===`TEXTAREA`)return!1;if(t===`width`||t===`height`){let t=e.tagName;if(t===`IMG`||t===`VIDEO`||t===`CANVAS`||t===`SOURCE`)return!1}return Hs(t)&&Lo(n)?!1:t in e}function Gs(e,t){let n=e._def.props;if(!n)return!1;let r=Wo(t);return Array.isArray(n)?n.some(e=>Wo(e)===r):Object.keys(n).some(e=>Wo(e)===r)}var Ks=e=>{let t=e.props[`onUpdate:modelValue`]||!1;return Mo(t)?e=>Jo(t,e):t};function qs(e){e.target.composing=!0}function Js(e){let t=e.target;t.composing&&(t.composing=!1,t.dispatchEvent(new Event(`input`)))}var Ys=Symbol(`_assign`),Xs=Symbol(`_initialValue`);function Zs(e,t,n){return t&&(e=e.trim()),n&&(e=Yo(e)),e}var Qs={created(e,{modifiers:{lazy:t,trim:n,number:r}},i){e.parentNode&&(e.type===`text`?e[Xs]=e.defaultValue.replace(/[\r\n]/g,``):e.type===`textarea`&&(e[Xs]=e.defaultValue.replace(/\r\n?/g,`
`))),e[Ys]=Ks(i);let a=r||i.props&&i.props.type===`number`;js(e,t?`change`:`input`,t=>{t.target.composing||e[Ys](Zs(e.value,n,a))}),(n||a)&&js(e,`change`,()=>{e.value=Zs(e.value,n,a)}),t||(js(e,`compositionstart`,qs),js(e,`compositionend`,Js),js(e,`change`,Js))},mounted(e,{value:t,modifiers:{trim:n,number:r}}){let i=t??``,a=e[Xs];delete e[Xs],a!==void 0&&(e.type===`text`||e.type===`textarea`)&&e.value!==a?e[Ys](Zs(e.value,n,r)):e.value=i},beforeUpdate(e,{value:t,oldValue:n,modifiers:{lazy:r,trim:i,number:a}},o){if(e[Ys]=Ks(o),e.composing)return;let s=(a||e.type===`number`)&&!/^0\d/.test(e.value)?Yo(e.value):e.value,c=t??``;if(s===c)return;let l=e.getRootNode();(l instanceof Document||l instanceof ShadowRoot)&&l.activeElement===e&&e.type!==`range`&&(r&&t===n||i&&e.value.trim()===c)||(e.value=c)}},$s={deep:!0,created(e,t,n){e[Ys]=Ks(n),js(e,`change`,()=>{let t=e._modelValue,n=ac(e),r=e.checked,i=e[Ys];if(Mo(t)){let e=is(t,n),a=e!==-1;if(r&&!a)i(t.concat(n));else if(!r&&a){let n=[...t];n.splice(e,1),i(n)}}else if(Po(t)){let e=new Set(t);r?e.add(n):e.delete(n),i(e)}else i(oc(e,r))})},mounted:ec,beforeUpdate(e,t,n){e[Ys]=Ks(n),ec(e,t,n)}};function ec(e,{value:t,oldValue:n},r){e._modelValue=t;let i;if(Mo(t))i=is(t,r.props.value)>-1;else if(Po(t))i=t.has(r.props.value);else{if(t===n)return;i=rs(t,oc(e,!0))}e.checked!==i&&(e.checked=i)}var tc={created(e,{value:t},n){e.checked=rs(t,n.props.value),e[Ys]=Ks(n),js(e,`change`,()=>{e[Ys](ac(e))})},beforeUpdate(e,{value:t,oldValue:n},r){e[Ys]=Ks(r),t!==n&&(e.checked=rs(t,r.props.value))}},nc={deep:!0,created(e,{value:t,modifiers:{number:n}},r){e._modelValue=t,js(e,`change`,()=>{let t=Array.prototype.filter.call(e.options,e=>e.selected).map(e=>n?Yo(ac(e)):ac(e)),r=e.multiple,i=r?Po(e._modelValue)?new Set(t):t:t[0],a=e._pendingValue=[r,r?Mo(i)?t.slice():t:i];try{e[Ys](i)}finally{Vn(()=>{e._pendingValue===a&&(e._pendingValue=void 0)})}}),e[Ys]=Ks(r)},mounted(e,{value:t,modifiers:{number:n}}){ic(e,t,n)},beforeUpdate(e,{value:t},n){e._modelValue=t,e[Ys]=Ks(n)},updated(e,{value:t,modifiers:{number:n}}){let r=e._pendingValue;e._pendingValue=void 0,r&&r[0]===e.multiple&&rc(t,r[1],r[0])||ic(e,t,n)}};function rc(e,t,n){if(!n||Mo(e))return rs(e,t);if(Po(e)){if(e.size!==t.length)return!1;for(let n of t)if(!e.has(n))return!1;return!0}return!1}function ic(e,t,n=!1){let r=e.multiple,i=Mo(t);if(!r||i||Po(t)){for(let a=0,o=e.options.length;a<o;a++){let o=e.options[a],s=ac(o);if(r){if(i){let e=typeof s;o.selected=e===`string`||e===`number`?t.some(e=>String(e)===String(s)):is(t,s)>-1}else o.selected=t.has(s)||n&&typeof s==`string`&&t.has(Yo(s))}else if(rs(ac(o),t)){e.selectedIndex!==a&&(e.selectedIndex=a);return}}!r&&e.selectedIndex!==-1&&(e.selectedIndex=-1)}}function ac(e){return`_value`in e?e._value:e.value}function oc(e,t){let n=t?`_trueValue`:`_falseValue`;return n in e?e[n]:t}var sc=[`ctrl`,`shift`,`alt`,`meta`],cc={stop:e=>e.stopPropagation(),prevent:e=>e.preventDefault(),self:e=>e.target!==e.currentTarget,ctrl:e=>!e.ctrlKey,shift:e=>!e.shiftKey,alt:e=>!e.altKey,meta:e=>!e.metaKey,left:e=>`button`in e&&e.button!==0,middle:e=>`button`in e&&e.button!==1,right:e=>`button`in e&&e.button!==2,exact:(e,t)=>sc.some(n=>e[`${n}Key`]&&!t.includes(n))},lc=(e,t)=>{if(!e)return e;let n=e._withMods||={},r=t.join(`.`);return n[r]||(n[r]=((n,...r)=>{for(let e=0;e<t.length;e++){let r=cc[t[e]];if(r&&r(n,t))return}return e(n,...r)}))},uc=jo({patchProp:Us},fs),dc;function fc(){return dc||=ga(uc)}var pc=((...e)=>{fc().render(...e)}),mc=((...e)=>{let t=fc().createApp(...e),{mount:n}=t;return t.mount=e=>{let r=gc(e);if(!r)return;let i=t._component;Io(i)||i.render||i.template||(i.template=r.innerHTML),r.nodeType===1&&(r.textContent=``);let a=n(r,!1,hc(r));return r instanceof Element&&(r.removeAttribute(`v-cloak`),r.setAttribute(`data-v-app`,``)),a},t});function hc(e){if(e instanceof SVGElement)return`svg`;if(typeof MathMLElement==`function`&&e instanceof MathMLElement)return`mathml`}function gc(e){return Lo(e)?document.querySelector(e):e}function _c(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function vc(e,t){if(e){if(typeof e==`string`)return _c(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?_c(e,t):void 0}}function yc(e){"@babel/helpers - typeof";return yc=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},yc(e)}function bc(e,t){if(yc(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t||`default`);if(yc(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function xc(e){var t=bc(e,`string`);return yc(t)==`symbol`?t:t+``}function Sc(e,t,n){return(t=xc(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}var Cc=typeof global==`object`&&global&&global.Object===Object&&global,wc=typeof self==`object`&&self&&self.Object===Object&&self,Tc=Cc||wc||Function(`return this`)(),Ec=Tc.Symbol,Dc=Object.prototype,Oc=Dc.hasOwnProperty,kc=Dc.toString,Ac=Ec?Ec.toStringTag:void 0;function jc(e){var t=Oc.call(e,Ac),n=e[Ac];try{e[Ac]=void 0;var r=!0}catch{}var i=kc.call(e);return r&&(t?e[Ac]=n:delete e[Ac]),i}var Mc=Object.prototype.toString;function Nc(e){return Mc.call(e)}var Pc=`[object Null]`,Fc=`[object Undefined]`,Ic=Ec?Ec.toStringTag:void 0;function Lc(e){return e==null?e===void 0?Fc:Pc:Ic&&Ic in Object(e)?jc(e):Nc(e)}function Rc(e){return typeof e==`object`&&!!e}var zc=`[object Symbol]`;function Bc(e){return typeof e==`symbol`||Rc(e)&&Lc(e)==zc}function Vc(e,t){for(var n=-1,r=e==null?0:e.length,i=Array(r);++n<r;)i[n]=t(e[n],n,e);return i}var Hc=Array.isArray,Uc=1/0,Wc=Ec?Ec.prototype:void 0,Gc=Wc?Wc.toString:void 0;function Kc(e){if(typeof e==`string`)return e;if(Hc(e))return Vc(e,Kc)+``;if(Bc(e))return Gc?Gc.call(e):``;var t=e+``;return t==`0`&&1/e==-Uc?`-0`:t}function qc(e){var t=typeof e;return e!=null&&(t==`object`||t==`function`)}function Jc(e){return e}var Yc=`[object AsyncFunction]`,Xc=`[object Function]`,Zc=`[object GeneratorFunction]`,Qc=`[object Proxy]`;function $c(e){if(!qc(e))return!1;var t=Lc(e);return t==Xc||t==Zc||t==Yc||t==Qc}var el=Tc[`__core-js_shared__`],tl=function(){var e=/[^.]+$/.exec(el&&el.keys&&el.keys.IE_PROTO||``);return e?`Symbol(src)_1.`+e:``}();function nl(e){return!!tl&&tl in e}var rl=Function.prototype.toString;function il(e){if(e!=null){try{return rl.call(e)}catch{}try{return e+``}catch{}}return``}var al=/[\\^$.*+?()[\]{}|]/g,ol=/^\[object .+?Constructor\]$/,sl=Function.prototype,cl=Object.prototype,ll=sl.toString,ul=cl.hasOwnProperty,dl=RegExp(`^`+ll.call(ul).replace(al,`\\$&`).replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g,`$1.*?`)+`$`);function fl(e){return!qc(e)||nl(e)?!1:($c(e)?dl:ol).test(il(e))}function pl(e,t){return e?.[t]}function ml(e,t){var n=pl(e,t);return fl(n)?n:void 0}var hl=ml(Tc,`WeakMap`),gl=Object.create,_l=function(){function e(){}return function(t){if(!qc(t))return{};if(gl)return gl(t);e.prototype=t;var n=new e;return e.prototype=void 0,n}}();function vl(e,t,n){switch(n.length){case 0:return e.call(t);case 1:return e.call(t,n[0]);case 2:return e.call(t,n[0],n[1]);case 3:return e.call(t,n[0],n[1],n[2])}return e.apply(t,n)}function yl(e,t){var n=-1,r=e.length;for(t||=Array(r);++n<r;)t[n]=e[n];return t}var bl=800,xl=16,Sl=Date.now;function Cl(e){var t=0,n=0;return function(){var r=Sl(),i=xl-(r-n);if(n=r,i>0){if(++t>=bl)return arguments[0]}else t=0;return e.apply(void 0,arguments)}}function wl(e){return function(){return e}}var Tl=function(){try{var e=ml(Object,`defineProperty`);return e({},``,{}),e}catch{}}(),El=Cl(Tl?function(e,t){return Tl(e,`toString`,{configurable:!0,enumerable:!1,value:wl(t),writable:!0})}:Jc);function Dl(e,t){for(var n=-1,r=e==null?0:e.length;++n<r&&t(e[n],n,e)!==!1;);return e}var Ol=0x1fffffffffffff,kl=/^(?:0|[1-9]\d*)$/;function Al(e,t){var n=typeof e;return t??=Ol,!!t&&(n==`number`||n!=`symbol`&&kl.test(e))&&e>-1&&e%1==0&&e<t}function jl(e,t,n){t==`__proto__`&&Tl?Tl(e,t,{configurable:!0,enumerable:!0,value:n,writable:!0}):e[t]=n}function Ml(e,t){return e===t||e!==e&&t!==t}var Nl=Object.prototype.hasOwnProperty;function Pl(e,t,n){var r=e[t];(!(Nl.call(e,t)&&Ml(r,n))||n===void 0&&!(t in e))&&jl(e,t,n)}function Fl(e,t,n,r){var i=!n;n||={};for(var a=-1,o=t.length;++a<o;){var s=t[a],c=r?r(n[s],e[s],s,n,e):void 0;c===void 0&&(c=e[s]),i?jl(n,s,c):Pl(n,s,c)}return n}var Il=Math.max;function Ll(e,t,n){return t=Il(t===void 0?e.length-1:t,0),function(){for(var r=arguments,i=-1,a=Il(r.length-t,0),o=Array(a);++i<a;)o[i]=r[t+i];i=-1;for(var s=Array(t+1);++i<t;)s[i]=r[i];return s[t]=n(o),vl(e,this,s)}}function Rl(e,t){return El(Ll(e,t,Jc),e+``)}var zl=0x1fffffffffffff;function Bl(e){return typeof e==`number`&&e>-1&&e%1==0&&e<=zl}function Vl(e){return e!=null&&Bl(e.length)&&!$c(e)}function Hl(e,t,n){if(!qc(n))return!1;var r=typeof t;return(r==`number`?Vl(n)&&Al(t,n.length):r==`string`&&t in n)?Ml(n[t],e):!1}function Ul(e){return Rl(function(t,n){var r=-1,i=n.length,a=i>1?n[i-1]:void 0,o=i>2?n[2]:void 0;for(a=e.length>3&&typeof a==`function`?(i--,a):void 0,o&&Hl(n[0],n[1],o)&&(a=i<3?void 0:a,i=1),t=Object(t);++r<i;){var s=n[r];s&&e(t,s,r,a)}return t})}var Wl=Object.prototype;function Gl(e){var t=e&&e.constructor;return e===(typeof t==`function`&&t.prototype||Wl)}function Kl(e,t){for(var n=-1,r=Array(e);++n<e;)r[n]=t(n);return r}var ql=`[object Arguments]`;function Jl(e){return Rc(e)&&Lc(e)==ql}var Yl=Object.prototype,Xl=Yl.hasOwnProperty,Zl=Yl.propertyIsEnumerable,Ql=Jl(function(){return arguments}())?Jl:function(e){return Rc(e)&&Xl.call(e,`callee`)&&!Zl.call(e,`callee`)};function $l(){return!1}var eu=typeof exports==`object`&&exports&&!exports.nodeType&&exports,tu=eu&&typeof module==`object`&&module&&!module.nodeType&&module,nu=tu&&tu.exports===eu?Tc.Buffer:void 0,ru=(nu?nu.isBuffer:void 0)||$l,iu=`[object Arguments]`,au=`[object Array]`,ou=`[object Boolean]`,su=`[object Date]`,cu=`[object Error]`,lu=`[object Function]`,uu=`[object Map]`,du=`[object Number]`,fu=`[object Object]`,pu=`[object RegExp]`,mu=`[object Set]`,hu=`[object String]`,gu=`[object WeakMap]`,_u=`[object ArrayBuffer]`,vu=`[object DataView]`,yu=`[object Float32Array]`,bu=`[object Float64Array]`,xu=`[object Int8Array]`,Su=`[object Int16Array]`,Cu=`[object Int32Array]`,wu=`[object Uint8Array]`,Tu=`[object Uint8ClampedArray]`,Eu=`[object Uint16Array]`,Du=`[object Uint32Array]`,R={};R[yu]=R[bu]=R[xu]=R[Su]=R[Cu]=R[wu]=R[Tu]=R[Eu]=R[Du]=!0,R[iu]=R[au]=R[_u]=R[ou]=R[vu]=R[su]=R[cu]=R[lu]=R[uu]=R[du]=R[fu]=R[pu]=R[mu]=R[hu]=R[gu]=!1;function Ou(e){return Rc(e)&&Bl(e.length)&&!!R[Lc(e)]}function ku(e){return function(t){return e(t)}}var Au=typeof exports==`object`&&exports&&!exports.nodeType&&exports,ju=Au&&typeof module==`object`&&module&&!module.nodeType&&module,Mu=ju&&ju.exports===Au&&Cc.process,Nu=function(){try{return ju&&ju.require&&ju.require(`util`).types||Mu&&Mu.binding&&Mu.binding(`util`)}catch{}}(),Pu=Nu&&Nu.isTypedArray,Fu=Pu?ku(Pu):Ou,Iu=Object.prototype.hasOwnProperty;function Lu(e,t){var n=Hc(e),r=!n&&Ql(e),i=!n&&!r&&ru(e),a=!n&&!r&&!i&&Fu(e),o=n||r||i||a,s=o?Kl(e.length,String):[],c=s.length;for(var l in e)(t||Iu.call(e,l))&&!(o&&(l==`length`||i&&(l==`offset`||l==`parent`)||a&&(l==`buffer`||l==`byteLength`||l==`byteOffset`)||Al(l,c)))&&s.push(l);return s}function Ru(e,t){return function(n){return e(t(n))}}var zu=Ru(Object.keys,Object),Bu=Object.prototype.hasOwnProperty;function Vu(e){if(!Gl(e))return zu(e);var t=[];for(var n in Object(e))Bu.call(e,n)&&n!=`constructor`&&t.push(n);return t}function Hu(e){return Vl(e)?Lu(e):Vu(e)}function Uu(e){var t=[];if(e!=null)for(var n in Object(e))t.push(n);return t}var Wu=Object.prototype.hasOwnProperty;function Gu(e){if(!qc(e))return Uu(e);var t=Gl(e),n=[];for(var r in e)(r!=`constructor`||!t&&Wu.call(e,r))&&n.push(r);return n}function Ku(e){return Vl(e)?Lu(e,!0):Gu(e)}var qu=ml(Object,`create`),Ju=`__lodash_hash_undefined__`,Yu=Object.prototype.hasOwnProperty,Xu=Object.prototype.hasOwnProperty,Zu=`__lodash_hash_undefined__`;function Qu(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}Qu.prototype.clear=function(){this.__data__=qu?qu(null):{},this.size=0},Qu.prototype.delete=function(e){var t=this.has(e)&&delete this.__data__[e];return this.size-=+!!t,t},Qu.prototype.get=function(e){var t=this.__data__;if(qu){var n=t[e];return n===Ju?void 0:n}return Yu.call(t,e)?t[e]:void 0},Qu.prototype.has=function(e){var t=this.__data__;return qu?t[e]!==void 0:Xu.call(t,e)},Qu.prototype.set=function(e,t){var n=this.__data__;return this.size+=+!this.has(e),n[e]=qu&&t===void 0?Zu:t,this};function $u(e,t){for(var n=e.length;n--;)if(Ml(e[n][0],t))return n;return-1}var ed=Array.prototype.splice;function td(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}td.prototype.clear=function(){this.__data__=[],this.size=0},td.prototype.delete=function(e){var t=this.__data__,n=$u(t,e);return n<0?!1:(n==t.length-1?t.pop():ed.call(t,n,1),--this.size,!0)},td.prototype.get=function(e){var t=this.__data__,n=$u(t,e);return n<0?void 0:t[n][1]},td.prototype.has=function(e){return $u(this.__data__,e)>-1},td.prototype.set=function(e,t){var n=this.__data__,r=$u(n,e);return r<0?(++this.size,n.push([e,t])):n[r][1]=t,this};var nd=ml(Tc,`Map`);function rd(e){var t=typeof e;return t==`string`||t==`number`||t==`symbol`||t==`boolean`?e!==`__proto__`:e===null}function id(e,t){var n=e.__data__;return rd(t)?n[typeof t==`string`?`string`:`hash`]:n.map}function ad(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}ad.prototype.clear=function(){this.size=0,this.__data__={hash:new Qu,map:new(nd||td),string:new Qu}},ad.prototype.delete=function(e){var t=id(this,e).delete(e);return this.size-=+!!t,t},ad.prototype.get=function(e){return id(this,e).get(e)},ad.prototype.has=function(e){return id(this,e).has(e)},ad.prototype.set=function(e,t){var n=id(this,e),r=n.size;return n.set(e,t),this.size+=n.size==r?0:1,this};function od(e){return e==null?``:Kc(e)}function sd(e,t){for(var n=-1,r=t.length,i=e.length;++n<r;)e[i+n]=t[n];return e}var cd=Ru(Object.getPrototypeOf,Object),ld=`[object Object]`,ud=Function.prototype,dd=Object.prototype,fd=ud.toString,pd=dd.hasOwnProperty,md=fd.call(Object);function hd(e){if(!Rc(e)||Lc(e)!=ld)return!1;var t=cd(e);if(t===null)return!0;var n=pd.call(t,`constructor`)&&t.constructor;return typeof n==`function`&&n instanceof n&&fd.call(n)==md}function gd(e,t,n){var r=-1,i=e.length;t<0&&(t=-t>i?0:i+t),n=n>i?i:n,n<0&&(n+=i),i=t>n?0:n-t>>>0,t>>>=0;for(var a=Array(i);++r<i;)a[r]=e[r+t];return a}function _d(e,t,n){var r=e.length;return n=n===void 0?r:n,!t&&n>=r?e:gd(e,t,n)}var vd=RegExp(`[\\u200d\\ud800-\\udfff\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff\\ufe0e\\ufe0f]`);function yd(e){return vd.test(e)}function bd(e){return e.split(``)}var xd=`\\ud800-\\udfff`,Sd=`\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff`,Cd=`\\ufe0e\\ufe0f`,wd=`[`+xd+`]`,Td=`[`+Sd+`]`,Ed=`\\ud83c[\\udffb-\\udfff]`,Dd=`(?:`+Td+`|`+Ed+`)`,Od=`[^`+xd+`]`,kd=`(?:\\ud83c[\\udde6-\\uddff]){2}`,Ad=`[\\ud800-\\udbff][\\udc00-\\udfff]`,jd=`\\u200d`,Md=Dd+`?`,Nd=`[`+Cd+`]?`,Pd=`(?:`+jd+`(?:`+[Od,kd,Ad].join(`|`)+`)`+Nd+Md+`)*`,Fd=Nd+Md+Pd,Id=`(?:`+[Od+Td+`?`,Td,kd,Ad,wd].join(`|`)+`)`,Ld=RegExp(Ed+`(?=`+Ed+`)|`+Id+Fd,`g`);function Rd(e){return e.match(Ld)||[]}function zd(e){return yd(e)?Rd(e):bd(e)}function Bd(e){return function(t){t=od(t);var n=yd(t)?zd(t):void 0,r=n?n[0]:t.charAt(0),i=n?_d(n,1).join(``):t.slice(1);return r[e]()+i}}var Vd=Bd(`toUpperCase`);function Hd(e){return Vd(od(e).toLowerCase())}function Ud(e,t,n,r){var i=-1,a=e==null?0:e.length;for(r&&a&&(n=e[++i]);++i<a;)n=t(n,e[i],i,e);return n}function Wd(e){return function(t){return e?.[t]}}var Gd=Wd({À:`A`,Á:`A`,Â:`A`,Ã:`A`,Ä:`A`,Å:`A`,à:`a`,á:`a`,â:`a`,ã:`a`,ä:`a`,å:`a`,Ç:`C`,ç:`c`,Ð:`D`,ð:`d`,È:`E`,É:`E`,Ê:`E`,Ë:`E`,è:`e`,é:`e`,ê:`e`,ë:`e`,Ì:`I`,Í:`I`,Î:`I`,Ï:`I`,ì:`i`,í:`i`,î:`i`,ï:`i`,Ñ:`N`,ñ:`n`,Ò:`O`,Ó:`O`,Ô:`O`,Õ:`O`,Ö:`O`,Ø:`O`,ò:`o`,ó:`o`,ô:`o`,õ:`o`,ö:`o`,ø:`o`,Ù:`U`,Ú:`U`,Û:`U`,Ü:`U`,ù:`u`,ú:`u`,û:`u`,ü:`u`,Ý:`Y`,ý:`y`,ÿ:`y`,Æ:`Ae`,æ:`ae`,Þ:`Th`,þ:`th`,ß:`ss`,Ā:`A`,Ă:`A`,Ą:`A`,ā:`a`,ă:`a`,ą:`a`,Ć:`C`,Ĉ:`C`,Ċ:`C`,Č:`C`,ć:`c`,ĉ:`c`,ċ:`c`,č:`c`,Ď:`D`,Đ:`D`,ď:`d`,đ:`d`,Ē:`E`,Ĕ:`E`,Ė:`E`,Ę:`E`,Ě:`E`,ē:`e`,ĕ:`e`,ė:`e`,ę:`e`,ě:`e`,Ĝ:`G`,Ğ:`G`,Ġ:`G`,Ģ:`G`,ĝ:`g`,ğ:`g`,ġ:`g`,ģ:`g`,Ĥ:`H`,Ħ:`H`,ĥ:`h`,ħ:`h`,Ĩ:`I`,Ī:`I`,Ĭ:`I`,Į:`I`,İ:`I`,ĩ:`i`,ī:`i`,ĭ:`i`,į:`i`,ı:`i`,Ĵ:`J`,ĵ:`j`,Ķ:`K`,ķ:`k`,ĸ:`k`,Ĺ:`L`,Ļ:`L`,Ľ:`L`,Ŀ:`L`,Ł:`L`,ĺ:`l`,ļ:`l`,ľ:`l`,ŀ:`l`,ł:`l`,Ń:`N`,Ņ:`N`,Ň:`N`,Ŋ:`N`,ń:`n`,ņ:`n`,ň:`n`,ŋ:`n`,Ō:`O`,Ŏ:`O`,Ő:`O`,ō:`o`,ŏ:`o`,ő:`o`,Ŕ:`R`,Ŗ:`R`,Ř:`R`,ŕ:`r`,ŗ:`r`,ř:`r`,Ś:`S`,Ŝ:`S`,Ş:`S`,Š:`S`,ś:`s`,ŝ:`s`,ş:`s`,š:`s`,Ţ:`T`,Ť:`T`,Ŧ:`T`,ţ:`t`,ť:`t`,ŧ:`t`,Ũ:`U`,Ū:`U`,Ŭ:`U`,Ů:`U`,Ű:`U`,Ų:`U`,ũ:`u`,ū:`u`,ŭ:`u`,ů:`u`,ű:`u`,ų:`u`,Ŵ:`W`,ŵ:`w`,Ŷ:`Y`,ŷ:`y`,Ÿ:`Y`,Ź:`Z`,Ż:`Z`,Ž:`Z`,ź:`z`,ż:`z`,ž:`z`,Ĳ:`IJ`,ĳ:`ij`,Œ:`Oe`,œ:`oe`,ŉ:`'n`,ſ:`s`}),Kd=/[\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u017f]/g,qd=RegExp(`[\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff]`,`g`);function Jd(e){return e=od(e),e&&e.replace(Kd,Gd).replace(qd,``)}var Yd=/[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g;function Xd(e){return e.match(Yd)||[]}var Zd=/[a-z][A-Z]|[A-Z]{2}[a-z]|[0-9][a-zA-Z]|[a-zA-Z][0-9]|[^a-zA-Z0-9 ]/;function Qd(e){return Zd.test(e)}var $d=`\\ud800-\\udfff`,ef=`\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff`,tf=`\\u2700-\\u27bf`,nf=`a-z\\xdf-\\xf6\\xf8-\\xff`,rf=`\\xac\\xb1\\xd7\\xf7`,af=`\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf`,of=`\\u2000-\\u206f`,sf=` \\t\\x0b\\f\\xa0\\ufeff\\n\\r\\u2028\\u2029\\u1680\\u180e\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u202f\\u205f\\u3000`,cf=`A-Z\\xc0-\\xd6\\xd8-\\xde`,lf=`\\ufe0e\\ufe0f`,uf=rf+af+of+sf,df=`['’]`,ff=`[`+uf+`]`,pf=`[`+ef+`]`,mf=`\\d+`,hf=`[`+tf+`]`,gf=`[`+nf+`]`,_f=`[^`+$d+uf+mf+tf+nf+cf+`]`,vf=`(?:`+pf+`|\\ud83c[\\udffb-\\udfff])`,yf=`[^`+$d+`]`,bf=`(?:\\ud83c[\\udde6-\\uddff]){2}`,xf=`[\\ud800-\\udbff][\\udc00-\\udfff]`,Sf=`[`+cf+`]`,Cf=`\\u200d`,wf=`(?:`+gf+`|`+_f+`)`,Tf=`(?:`+Sf+`|`+_f+`)`,Ef=`(?:`+df+`(?:d|ll|m|re|s|t|ve))?`,Df=`(?:`+df+`(?:D|LL|M|RE|S|T|VE))?`,Of=vf+`?`,kf=`[`+lf+`]?`,Af=`(?:`+Cf+`(?:`+[yf,bf,xf].join(`|`)+`)`+kf+Of+`)*`,jf=`\\d*(?:1st|2nd|3rd|(?![123])\\dth)(?=\\b|[A-Z_])`,Mf=`\\d*(?:1ST|2ND|3RD|(?![123])\\dTH)(?=\\b|[a-z_])`,Nf=kf+Of+Af,Pf=`(?:`+[hf,bf,xf].join(`|`)+`)`+Nf,Ff=RegExp([Sf+`?`+gf+`+`+Ef+`(?=`+[ff,Sf,`$`].join(`|`)+`)`,Tf+`+`+Df+`(?=`+[ff,Sf+wf,`$`].join(`|`)+`)`,Sf+`?`+wf+`+`+Ef,Sf+`+`+Df,Mf,jf,mf,Pf].join(`|`),`g`);function If(e){return e.match(Ff)||[]}function Lf(e,t,n){return e=od(e),t=n?void 0:t,t===void 0?Qd(e)?If(e):Xd(e):e.match(t)||[]}var Rf=RegExp(`['’]`,`g`);function zf(e){return function(t){return Ud(Lf(Jd(t).replace(Rf,``)),e,``)}}var Bf=zf(function(e,t,n){return t=t.toLowerCase(),e+(n?Hd(t):t)}),Vf=200;function Hf(e){var t=this.__data__=new td(e);this.size=t.size}Hf.prototype.clear=function(){this.__data__=new td,this.size=0},Hf.prototype.delete=function(e){var t=this.__data__,n=t.delete(e);return this.size=t.size,n},Hf.prototype.get=function(e){return this.__data__.get(e)},Hf.prototype.has=function(e){return this.__data__.has(e)},Hf.prototype.set=function(e,t){var n=this.__data__;if(n instanceof td){var r=n.__data__;if(!nd||r.length<Vf-1)return r.push([e,t]),this.size=++n.size,this;n=this.__data__=new ad(r)}return n.set(e,t),this.size=n.size,this};function Uf(e,t){return e&&Fl(t,Hu(t),e)}function Wf(e,t){return e&&Fl(t,Ku(t),e)}var Gf=typeof exports==`object`&&exports&&!exports.nodeType&&exports,Kf=Gf&&typeof module==`object`&&module&&!module.nodeType&&module,qf=Kf&&Kf.exports===Gf?Tc.Buffer:void 0,Jf=qf?qf.allocUnsafe:void 0;function Yf(e,t){if(t)return e.slice();var n=e.length,r=Jf?Jf(n):new e.constructor(n);return e.copy(r),r}function Xf(e,t){for(var n=-1,r=e==null?0:e.length,i=0,a=[];++n<r;){var o=e[n];t(o,n,e)&&(a[i++]=o)}return a}function Zf(){return[]}var Qf=Object.prototype.propertyIsEnumerable,$f=Object.getOwnPropertySymbols,ep=$f?function(e){return e==null?[]:(e=Object(e),Xf($f(e),function(t){return Qf.call(e,t)}))}:Zf;function tp(e,t){return Fl(e,ep(e),t)}var np=Object.getOwnPropertySymbols?function(e){for(var t=[];e;)sd(t,ep(e)),e=cd(e);return t}:Zf;function rp(e,t){return Fl(e,np(e),t)}function ip(e,t,n){var r=t(e);return Hc(e)?r:sd(r,n(e))}function ap(e){return ip(e,Hu,ep)}function op(e){return ip(e,Ku,np)}var sp=ml(Tc,`DataView`),cp=ml(Tc,`Promise`),lp=ml(Tc,`Set`),up=`[object Map]`,dp=`[object Object]`,fp=`[object Promise]`,pp=`[object Set]`,mp=`[object WeakMap]`,hp=`[object DataView]`,gp=il(sp),_p=il(nd),vp=il(cp),yp=il(lp),bp=il(hl),xp=Lc;(sp&&xp(new sp(new ArrayBuffer(1)))!=hp||nd&&xp(new nd)!=up||cp&&xp(cp.resolve())!=fp||lp&&xp(new lp)!=pp||hl&&xp(new hl)!=mp)&&(xp=function(e){var t=Lc(e),n=t==dp?e.constructor:void 0,r=n?il(n):``;if(r)switch(r){case gp:return hp;case _p:return up;case vp:return fp;case yp:return pp;case bp:return mp}return t});var Sp=xp,Cp=Object.prototype.hasOwnProperty;function wp(e){var t=e.length,n=new e.constructor(t);return t&&typeof e[0]==`string`&&Cp.call(e,`index`)&&(n.index=e.index,n.input=e.input),n}var Tp=Tc.Uint8Array;function Ep(e){var t=new e.constructor(e.byteLength);return new Tp(t).set(new Tp(e)),t}function Dp(e,t){var n=t?Ep(e.buffer):e.buffer;return new e.constructor(n,e.byteOffset,e.byteLength)}var Op=/\w*$/;function kp(e){var t=new e.constructor(e.source,Op.exec(e));return t.lastIndex=e.lastIndex,t}var Ap=Ec?Ec.prototype:void 0,jp=Ap?Ap.valueOf:void 0;function Mp(e){return jp?Object(jp.call(e)):{}}function Np(e,t){var n=t?Ep(e.buffer):e.buffer;return new e.constructor(n,e.byteOffset,e.length)}var Pp=`[object Boolean]`,Fp=`[object Date]`,Ip=`[object Map]`,Lp=`[object Number]`,Rp=`[object RegExp]`,zp=`[object Set]`,Bp=`[object String]`,Vp=`[object Symbol]`,Hp=`[object ArrayBuffer]`,Up=`[object DataView]`,Wp=`[object Float32Array]`,Gp=`[object Float64Array]`,Kp=`[object Int8Array]`,qp=`[object Int16Array]`,Jp=`[object Int32Array]`,Yp=`[object Uint8Array]`,Xp=`[object Uint8ClampedArray]`,Zp=`[object Uint16Array]`,Qp=`[object Uint32Array]`;function $p(e,t,n){var r=e.constructor;switch(t){case Hp:return Ep(e);case Pp:case Fp:return new r(+e);case Up:return Dp(e,n);case Wp:case Gp:case Kp:case qp:case Jp:case Yp:case Xp:case Zp:case Qp:return Np(e,n);case Ip:return new r;case Lp:case Bp:return new r(e);case Rp:return kp(e);case zp:return new r;case Vp:return Mp(e)}}function em(e){return typeof e.constructor==`function`&&!Gl(e)?_l(cd(e)):{}}var tm=`[object Map]`;function nm(e){return Rc(e)&&Sp(e)==tm}var rm=Nu&&Nu.isMap,im=rm?ku(rm):nm,am=`[object Set]`;function om(e){return Rc(e)&&Sp(e)==am}var sm=Nu&&Nu.isSet,cm=sm?ku(sm):om,lm=1,um=2,dm=4,fm=`[object Arguments]`,pm=`[object Array]`,mm=`[object Boolean]`,hm=`[object Date]`,gm=`[object Error]`,_m=`[object Function]`,vm=`[object GeneratorFunction]`,ym=`[object Map]`,bm=`[object Number]`,xm=`[object Object]`,Sm=`[object RegExp]`,Cm=`[object Set]`,wm=`[object String]`,Tm=`[object Symbol]`,Em=`[object WeakMap]`,Dm=`[object ArrayBuffer]`,Om=`[object DataView]`,km=`[object Float32Array]`,Am=`[object Float64Array]`,jm=`[object Int8Array]`,Mm=`[object Int16Array]`,Nm=`[object Int32Array]`,Pm=`[object Uint8Array]`,Fm=`[object Uint8ClampedArray]`,Im=`[object Uint16Array]`,Lm=`[object Uint32Array]`,z={};z[fm]=z[pm]=z[Dm]=z[Om]=z[mm]=z[hm]=z[km]=z[Am]=z[jm]=z[Mm]=z[Nm]=z[ym]=z[bm]=z[xm]=z[Sm]=z[Cm]=z[wm]=z[Tm]=z[Pm]=z[Fm]=z[Im]=z[Lm]=!0,z[gm]=z[_m]=z[Em]=!1;function Rm(e,t,n,r,i,a){var o,s=t&lm,c=t&um,l=t&dm;if(n&&(o=i?n(e,r,i,a):n(e)),o!==void 0)return o;if(!qc(e))return e;var u=Hc(e);if(u){if(o=wp(e),!s)return yl(e,o)}else{var d=Sp(e),f=d==_m||d==vm;if(ru(e))return Yf(e,s);if(d==xm||d==fm||f&&!i){if(o=c||f?{}:em(e),!s)return c?rp(e,Wf(o,e)):tp(e,Uf(o,e))}else{if(!z[d])return i?e:{};o=$p(e,d,s)}}a||=new Hf;var p=a.get(e);if(p)return p;a.set(e,o),cm(e)?e.forEach(function(r){o.add(Rm(r,t,n,r,e,a))}):im(e)&&e.forEach(function(r,i){o.set(i,Rm(r,t,n,i,e,a))});var m=u?void 0:(l?c?op:ap:c?Ku:Hu)(e);return Dl(m||e,function(r,i){m&&(i=r,r=e[i]),Pl(o,i,Rm(r,t,n,i,e,a))}),o}var zm=1,Bm=4;function Vm(e){return Rm(e,zm|Bm)}function Hm(e){return function(t,n,r){for(var i=-1,a=Object(t),o=r(t),s=o.length;s--;){var c=o[e?s:++i];if(n(a[c],c,a)===!1)break}return t}}var Um=Hm();function Wm(e,t,n){(n!==void 0&&!Ml(e[t],n)||n===void 0&&!(t in e))&&jl(e,t,n)}function Gm(e){return Rc(e)&&Vl(e)}function Km(e,t){if((t!==`constructor`||typeof e[t]!=`function`)&&t!=`__proto__`)return e[t]}function qm(e){return Fl(e,Ku(e))}function Jm(e,t,n,r,i,a,o){var s=Km(e,n),c=Km(t,n),l=o.get(c);if(l)Wm(e,n,l);else{var u=a?a(s,c,n+``,e,t,o):void 0,d=u===void 0;if(d){var f=Hc(c),p=!f&&ru(c),m=!f&&!p&&Fu(c);u=c,f||p||m?Hc(s)?u=s:Gm(s)?u=yl(s):p?(d=!1,u=Yf(c,!0)):m?(d=!1,u=Np(c,!0)):u=[]:hd(c)||Ql(c)?(u=s,Ql(s)?u=qm(s):(!qc(s)||$c(s))&&(u=em(c))):d=!1}d&&(o.set(c,u),i(u,c,r,a,o),o.delete(c)),Wm(e,n,u)}}function Ym(e,t,n,r,i){e!==t&&Um(t,function(a,o){if(i||=new Hf,qc(a))Jm(e,t,o,n,Ym,r,i);else{var s=r?r(Km(e,o),a,o+``,e,t,i):void 0;s===void 0&&(s=a),Wm(e,o,s)}},Ku)}var Xm=Ul(function(e,t,n,r){Ym(e,t,n,r)}),Zm=`[object String]`;function Qm(e){return typeof e==`string`||!Hc(e)&&Rc(e)&&Lc(e)==Zm}var $m=`[object Boolean]`;function eh(e){return e===!0||e===!1||Rc(e)&&Lc(e)==$m}var th=zf(function(e,t,n){return e+(n?`-`:``)+t.toLowerCase()}),nh=Ul(function(e,t,n){Ym(e,t,n)});function rh(e){if(Array.isArray(e))return e}function ih(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t===0){if(Object(n)!==n)return;c=!1}else for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function ah(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function oh(e,t){return rh(e)||ih(e,t)||vc(e,t)||ah()}var sh=typeof globalThis<`u`?globalThis:typeof window<`u`?window:typeof global<`u`?global:typeof self<`u`?self:{};function ch(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,`default`)?e.default:e}var lh={exports:{}},uh={exports:{}};uh.exports,(function(){var e,t,n,r,i,a;typeof performance<`u`&&performance!==null&&performance.now?uh.exports=function(){return performance.now()}:typeof process<`u`&&process!==null&&process.hrtime?(uh.exports=function(){return(e()-i)/1e6},t=process.hrtime,e=function(){var e=t();return e[0]*1e9+e[1]},r=e(),a=process.uptime()*1e9,i=r-a):Date.now?(uh.exports=function(){return Date.now()-n},n=Date.now()):(uh.exports=function(){return new Date().getTime()-n},n=new Date().getTime())}).call(sh);var dh=uh.exports;lh.exports;for(var fh=dh,ph=typeof window>`u`?sh:window,mh=[`moz`,`webkit`],hh=`AnimationFrame`,gh=ph[`request`+hh],_h=ph[`cancel`+hh]||ph[`cancelRequest`+hh],vh=0;!gh&&vh<mh.length;vh++)gh=ph[mh[vh]+`Request`+hh],_h=ph[mh[vh]+`Cancel`+hh]||ph[mh[vh]+`CancelRequest`+hh];if(!gh||!_h){var yh=0,bh=0,xh=[],Sh=1e3/60;gh=function(e){if(xh.length===0){var t=fh(),n=Math.max(0,Sh-(t-yh));yh=n+t,setTimeout(function(){var e=xh.slice(0);xh.length=0;for(var t=function(){if(!e[n].cancelled)try{e[n].callback(yh)}catch(e){setTimeout(function(){throw e},0)}},n=0;n<e.length;n++)t()},Math.round(n))}return xh.push({handle:++bh,callback:e,cancelled:!1}),bh},_h=function(e){for(var t=0;t<xh.length;t++)xh[t].handle===e&&(xh[t].cancelled=!0)}}lh.exports=function(e){return gh.call(ph,e)},lh.exports.cancel=function(){_h.apply(ph,arguments)},lh.exports.polyfill=function(e){e||=ph,e.requestAnimationFrame=gh,e.cancelAnimationFrame=_h},lh.exports;var Ch=typeof window>`u`,wh=function(e){return(e||``).replace(/^[\s\uFEFF]+|[\s\uFEFF]+$/g,``)},Th=function(){return!Ch&&document.addEventListener?function(e,t,n,r){e&&t&&n&&e.addEventListener(t,n,r)}:function(e,t,n){e&&t&&n&&e.attachEvent(`on${t}`,n)}}(),Eh=function(){return!Ch&&document.removeEventListener?function(e,t,n,r){e&&t&&e.removeEventListener(t,n,r)}:function(e,t,n){e&&t&&e.detachEvent(`on${t}`,n)}}();function Dh(e,t){if(!e||!t)return!1;if(t.indexOf(` `)!==-1)throw Error(`className should not contain space.`);return e.classList?e.classList.contains(t):` ${e.className} `.indexOf(` ${t} `)>-1}function Oh(e,t){if(e){for(var n=e.className,r=(t||``).split(` `),i=0,a=r.length;i<a;i++){var o=r[i];o&&(e.classList?e.classList.add(o):Dh(e,o)||(n+=` ${o}`))}e.classList||(e.className=n)}}function kh(e,t){if(e&&t){for(var n=t.split(` `),r=` ${e.className} `,i=0,a=n.length;i<a;i++){var o=n[i];o&&(e.classList?e.classList.remove(o):Dh(e,o)&&(r=r.replace(` ${o} `,` `)))}e.classList||(e.className=wh(r))}}var Ah=function(e,t){var n=$c(e)?e(t):e;return n?Qm(n)?document.querySelector(n):n instanceof HTMLElement?n:document.body:document.body},jh=function(e){return Ha(e)&&e.type===ja};function Mh(e,t,n){var r=e;return r.install=function(i,a){i.component(t||a||r.name,e),n&&i.directive(n.name,n.comp)},r}function Nh(e){var t;return qc(e)&&`defaultNode`in e?t=e.defaultNode:(Ha(e)||Qm(e))&&(t=e),t}function Ph(e){return qc(e)&&`params`in e?e.params:{}}function Fh(e){return qc(e)&&`slotFirst`in e?e.slotFirst:!1}var Ih={exports:{}};Ih.exports,(function(e,t){(function(t,n){e.exports=n()})(sh,function(){var e=1e3,t=6e4,n=36e5,r=`millisecond`,i=`second`,a=`minute`,o=`hour`,s=`day`,c=`week`,l=`month`,u=`quarter`,d=`year`,f=`date`,p=`Invalid Date`,m=/^(\d{4})[-/]?(\d{1,2})?[-/]?(\d{0,2})[Tt\s]*(\d{1,2})?:?(\d{1,2})?:?(\d{1,2})?[.:]?(\d+)?$/,h=/\[([^\]]+)]|Y{1,4}|M{1,4}|D{1,2}|d{1,4}|H{1,2}|h{1,2}|a|A|m{1,2}|s{1,2}|Z{1,2}|SSS/g,g={name:`en`,weekdays:`Sunday_Monday_Tuesday_Wednesday_Thursday_Friday_Saturday`.split(`_`),months:`January_February_March_April_May_June_July_August_September_October_November_December`.split(`_`),ordinal:function(e){var t=[`th`,`st`,`nd`,`rd`],n=e%100;return`[`+e+(t[(n-20)%10]||t[n]||t[0])+`]`}},_=function(e,t,n){var r=String(e);return!r||r.length>=t?e:``+Array(t+1-r.length).join(n)+e},v={s:_,z:function(e){var t=-e.utcOffset(),n=Math.abs(t),r=Math.floor(n/60),i=n%60;return(t<=0?`+`:`-`)+_(r,2,`0`)+`:`+_(i,2,`0`)},m:function e(t,n){if(t.date()<n.date())return-e(n,t);var r=12*(n.year()-t.year())+(n.month()-t.month()),i=t.clone().add(r,l),a=n-i<0,o=t.clone().add(r+(a?-1:1),l);return+(-(r+(n-i)/(a?i-o:o-i))||0)},a:function(e){return e<0?Math.ceil(e)||0:Math.floor(e)},p:function(e){return{M:l,y:d,w:c,d:s,D:f,h:o,m:a,s:i,ms:r,Q:u}[e]||String(e||``).toLowerCase().replace(/s$/,``)},u:function(e){return e===void 0}},y=`en`,b={};b[y]=g;var x=`$isDayjsObject`,S=function(e){return e instanceof E||!(!e||!e[x])},C=function e(t,n,r){var i;if(!t)return y;if(typeof t==`string`){var a=t.toLowerCase();b[a]&&(i=a),n&&(b[a]=n,i=a);var o=t.split(`-`);if(!i&&o.length>1)return e(o[0])}else{var s=t.name;b[s]=t,i=s}return!r&&i&&(y=i),i||!r&&y},w=function(e,t){if(S(e))return e.clone();var n=yc(t)==`object`?t:{};return n.date=e,n.args=arguments,new E(n)},T=v;T.l=C,T.i=S,T.w=function(e,t){return w(e,{locale:t.$L,utc:t.$u,x:t.$x,$offset:t.$offset})};var E=function(){function g(e){this.$L=C(e.locale,null,!0),this.parse(e),this.$x=this.$x||e.x||{},this[x]=!0}var _=g.prototype;return _.parse=function(e){this.$d=function(e){var t=e.date,n=e.utc;if(t===null)return new Date(NaN);if(T.u(t))return new Date;if(t instanceof Date)return new Date(t);if(typeof t==`string`&&!/Z$/i.test(t)){var r=t.match(m);if(r){var i=r[2]-1||0,a=(r[7]||`0`).substring(0,3);return n?new Date(Date.UTC(r[1],i,r[3]||1,r[4]||0,r[5]||0,r[6]||0,a)):new Date(r[1],i,r[3]||1,r[4]||0,r[5]||0,r[6]||0,a)}}return new Date(t)}(e),this.init()},_.init=function(){var e=this.$d;this.$y=e.getFullYear(),this.$M=e.getMonth(),this.$D=e.getDate(),this.$W=e.getDay(),this.$H=e.getHours(),this.$m=e.getMinutes(),this.$s=e.getSeconds(),this.$ms=e.getMilliseconds()},_.$utils=function(){return T},_.isValid=function(){return this.$d.toString()!==p},_.isSame=function(e,t){var n=w(e);return this.startOf(t)<=n&&n<=this.endOf(t)},_.isAfter=function(e,t){return w(e)<this.startOf(t)},_.isBefore=function(e,t){return this.endOf(t)<w(e)},_.$g=function(e,t,n){return T.u(e)?this[t]:this.set(n,e)},_.unix=function(){return Math.floor(this.valueOf()/1e3)},_.valueOf=function(){return this.$d.getTime()},_.startOf=function(e,t){var n=this,r=!!T.u(t)||t,u=T.p(e),p=function(e,t){var i=T.w(n.$u?Date.UTC(n.$y,t,e):new Date(n.$y,t,e),n);return r?i:i.endOf(s)},m=function(e,t){return T.w(n.toDate()[e].apply(n.toDate(`s`),(r?[0,0,0,0]:[23,59,59,999]).slice(t)),n)},h=this.$W,g=this.$M,_=this.$D,v=`set`+(this.$u?`UTC`:``);switch(u){case d:return r?p(1,0):p(31,11);case l:return r?p(1,g):p(0,g+1);case c:var y=this.$locale().weekStart||0,b=(h<y?h+7:h)-y;return p(r?_-b:_+(6-b),g);case s:case f:return m(v+`Hours`,0);case o:return m(v+`Minutes`,1);case a:return m(v+`Seconds`,2);case i:return m(v+`Milliseconds`,3);default:return this.clone()}},_.endOf=function(e){return this.startOf(e,!1)},_.$set=function(e,t){var n,c=T.p(e),u=`set`+(this.$u?`UTC`:``),p=(n={},n[s]=u+`Date`,n[f]=u+`Date`,n[l]=u+`Month`,n[d]=u+`FullYear`,n[o]=u+`Hours`,n[a]=u+`Minutes`,n[i]=u+`Seconds`,n[r]=u+`Milliseconds`,n)[c],m=c===s?this.$D+(t-this.$W):t;if(c===l||c===d){var h=this.clone().set(f,1);h.$d[p](m),h.init(),this.$d=h.set(f,Math.min(this.$D,h.daysInMonth())).$d}else p&&this.$d[p](m);return this.init(),this},_.set=function(e,t){return this.clone().$set(e,t)},_.get=function(e){return this[T.p(e)]()},_.add=function(r,u){var f,p=this;r=Number(r);var m=T.p(u),h=function(e){var t=w(p);return T.w(t.date(t.date()+Math.round(e*r)),p)};if(m===l)return this.set(l,this.$M+r);if(m===d)return this.set(d,this.$y+r);if(m===s)return h(1);if(m===c)return h(7);var g=(f={},f[a]=t,f[o]=n,f[i]=e,f)[m]||1,_=this.$d.getTime()+r*g;return T.w(_,this)},_.subtract=function(e,t){return this.add(-1*e,t)},_.format=function(e){var t=this,n=this.$locale();if(!this.isValid())return n.invalidDate||p;var r=e||`YYYY-MM-DDTHH:mm:ssZ`,i=T.z(this),a=this.$H,o=this.$m,s=this.$M,c=n.weekdays,l=n.months,u=n.meridiem,d=function(e,n,i,a){return e&&(e[n]||e(t,r))||i[n].slice(0,a)},f=function(e){return T.s(a%12||12,e,`0`)},m=u||function(e,t,n){var r=e<12?`AM`:`PM`;return n?r.toLowerCase():r};return r.replace(h,function(e,r){return r||function(e){switch(e){case`YY`:return String(t.$y).slice(-2);case`YYYY`:return T.s(t.$y,4,`0`);case`M`:return s+1;case`MM`:return T.s(s+1,2,`0`);case`MMM`:return d(n.monthsShort,s,l,3);case`MMMM`:return d(l,s);case`D`:return t.$D;case`DD`:return T.s(t.$D,2,`0`);case`d`:return String(t.$W);case`dd`:return d(n.weekdaysMin,t.$W,c,2);case`ddd`:return d(n.weekdaysShort,t.$W,c,3);case`dddd`:return c[t.$W];case`H`:return String(a);case`HH`:return T.s(a,2,`0`);case`h`:return f(1);case`hh`:return f(2);case`a`:return m(a,o,!0);case`A`:return m(a,o,!1);case`m`:return String(o);case`mm`:return T.s(o,2,`0`);case`s`:return String(t.$s);case`ss`:return T.s(t.$s,2,`0`);case`SSS`:return T.s(t.$ms,3,`0`);case`Z`:return i}return null}(e)||i.replace(`:`,``)})},_.utcOffset=function(){return 15*-Math.round(this.$d.getTimezoneOffset()/15)},_.diff=function(r,f,p){var m,h=this,g=T.p(f),_=w(r),v=(_.utcOffset()-this.utcOffset())*t,y=this-_,b=function(){return T.m(h,_)};switch(g){case d:m=b()/12;break;case l:m=b();break;case u:m=b()/3;break;case c:m=(y-v)/6048e5;break;case s:m=(y-v)/864e5;break;case o:m=y/n;break;case a:m=y/t;break;case i:m=y/e;break;default:m=y}return p?m:T.a(m)},_.daysInMonth=function(){return this.endOf(l).$D},_.$locale=function(){return b[this.$L]},_.locale=function(e,t){if(!e)return this.$L;var n=this.clone(),r=C(e,t,!0);return r&&(n.$L=r),n},_.clone=function(){return T.w(this.$d,this)},_.toDate=function(){return new Date(this.valueOf())},_.toJSON=function(){return this.isValid()?this.toISOString():null},_.toISOString=function(){return this.$d.toISOString()},_.toString=function(){return this.$d.toUTCString()},g}(),ee=E.prototype;return w.prototype=ee,[[`$ms`,r],[`$s`,i],[`$m`,a],[`$H`,o],[`$W`,s],[`$M`,l],[`$y`,d],[`$D`,f]].forEach(function(e){ee[e[1]]=function(t){return this.$g(t,e[0],e[1])}}),w.extend=function(e,t){return e.$i||=(e(t,E,w),!0),w},w.locale=C,w.isDayjs=S,w.unix=function(e){return w(1e3*e)},w.en=b[y],w.Ls=b,w.p={},w})})(Ih,Ih.exports);var Lh=Ih.exports,Rh={exports:{}};Rh.exports,(function(e,t){(function(t,n){e.exports=n(Lh)})(sh,function(e){function t(e){return e&&yc(e)==`object`&&`default`in e?e:{default:e}}var n=t(e),r={name:`zh-cn`,weekdays:`星期日_星期一_星期二_星期三_星期四_星期五_星期六`.split(`_`),weekdaysShort:`周日_周一_周二_周三_周四_周五_周六`.split(`_`),weekdaysMin:`日_一_二_三_四_五_六`.split(`_`),months:`一月_二月_三月_四月_五月_六月_七月_八月_九月_十月_十一月_十二月`.split(`_`),monthsShort:`1月_2月_3月_4月_5月_6月_7月_8月_9月_10月_11月_12月`.split(`_`),ordinal:function(e,t){return t===`W`?e+`周`:e+`日`},weekStart:1,yearStart:4,formats:{LT:`HH:mm`,LTS:`HH:mm:ss`,L:`YYYY/MM/DD`,LL:`YYYY年M月D日`,LLL:`YYYY年M月D日Ah点mm分`,LLLL:`YYYY年M月D日ddddAh点mm分`,l:`YYYY/M/D`,ll:`YYYY年M月D日`,lll:`YYYY年M月D日 HH:mm`,llll:`YYYY年M月D日dddd HH:mm`},relativeTime:{future:`%s内`,past:`%s前`,s:`几秒`,m:`1 分钟`,mm:`%d 分钟`,h:`1 小时`,hh:`%d 小时`,d:`1 天`,dd:`%d 天`,M:`1 个月`,MM:`%d 个月`,y:`1 年`,yy:`%d 年`},meridiem:function(e,t){var n=100*e+t;return n<600?`凌晨`:n<900?`早上`:n<1100?`上午`:n<1300?`中午`:n<1800?`下午`:`晚上`}};return n.default.locale(r,null,!0),r})})(Rh,Rh.exports),Rh.exports;var zh={autoComplete:{empty:`暂无数据`},pagination:{itemsPerPage:`{size} 条/页`,jumpTo:`跳至`,page:`页`,total:`共 {count} 条数据`},cascader:{empty:`暂无数据`,loadingText:`加载中`,placeholder:`请选择`},calendar:{yearSelection:`{year} 年`,monthSelection:`{month} 月`,yearRadio:`年`,monthRadio:`月`,hideWeekend:`隐藏周末`,showWeekend:`显示周末`,today:`今天`,thisMonth:`本月`,week:`一,二,三,四,五,六,日`,cellMonth:`1 月,2 月,3 月,4 月,5 月,6 月,7 月,8 月,9 月,10 月,11 月,12 月`},transfer:{title:`{checked} / {total} 项`,empty:`暂无数据`,placeholder:`请输入关键词搜索`},timePicker:{dayjsLocale:`zh-cn`,now:`此刻`,confirm:`确定`,anteMeridiem:`上午`,postMeridiem:`下午`,placeholder:`选择时间`},dialog:{confirm:`确认`,cancel:`取消`},drawer:{confirm:`确认`,cancel:`取消`},popconfirm:{confirm:{content:`确定`},cancel:{content:`取消`}},table:{empty:`暂无数据`,loadingText:`正在加载中，请稍后`,loadingMoreText:`点击加载更多`,filterInputPlaceholder:`请输入内容（无默认值）`,sortAscendingOperationText:`点击升序`,sortCancelOperationText:`点击取消排序`,sortDescendingOperationText:`点击降序`,clearFilterResultButtonText:`清空筛选`,columnConfigButtonText:`列配置`,columnConfigTitleText:`表格列配置`,columnConfigDescriptionText:`请选择需要在表格中显示的数据列`,confirmText:`确认`,cancelText:`取消`,resetText:`重置`,selectAllText:`全选`,searchResultText:`搜索“{result}”，找到 {count} 条结果`},select:{empty:`暂无数据`,loadingText:`加载中`,placeholder:`请选择`},tree:{empty:`暂无数据`},treeSelect:{empty:`暂无数据`,loadingText:`加载中`,placeholder:`请选择`},datePicker:{dayjsLocale:`zh-cn`,placeholder:{date:`请选择日期`,month:`请选择月份`,year:`请选择年份`,quarter:`请选择季度`,week:`请选择周`},weekdays:[`一`,`二`,`三`,`四`,`五`,`六`,`日`],months:[`1 月`,`2 月`,`3 月`,`4 月`,`5 月`,`6 月`,`7 月`,`8 月`,`9 月`,`10 月`,`11 月`,`12 月`],quarters:[`一季度`,`二季度`,`三季度`,`四季度`],rangeSeparator:` - `,direction:`ltr`,format:`YYYY-MM-DD`,dayAriaLabel:`日`,weekAbbreviation:`周`,yearAriaLabel:`年`,monthAriaLabel:`月`,confirm:`确定`,selectTime:`选择时间`,selectDate:`选择日期`,nextYear:`下一年`,preYear:`上一年`,nextMonth:`下个月`,preMonth:`上个月`,preDecade:`上个十年`,nextDecade:`下个十年`,now:`当前`},upload:{sizeLimitMessage:`文件大小不能超过 {sizeLimit}`,cancelUploadText:`取消上传`,triggerUploadText:{fileInput:`选择文件`,image:`点击上传图片`,normal:`点击上传`,reupload:`重新选择`,continueUpload:`继续选择`,delete:`删除`,uploading:`上传中`},dragger:{dragDropText:`释放鼠标`,draggingText:`拖拽到此区域`,clickAndDragText:`点击上方“选择文件”或将文件拖拽到此区域`},file:{fileNameText:`文件名`,fileSizeText:`文件大小`,fileStatusText:`状态`,fileOperationText:`操作`,fileOperationDateText:`上传日期`},progress:{uploadingText:`上传中`,waitingText:`待上传`,failText:`上传失败`,successText:`上传成功`}},form:{errorMessage:{date:"请输入正确的${name}",url:"请输入正确的${name}",required:"${name}必填",whitespace:"${name}不能为空",max:"${name}字符长度不能超过 ${validate} 个字符，一个中文等于两个字符",min:"${name}字符长度不能少于 ${validate} 个字符，一个中文等于两个字符",len:"${name}字符长度必须是 ${validate}",enum:"${name}只能是${validate}等",idcard:"请输入正确的${name}",telnumber:"请输入正确的${name}",pattern:"请输入正确的${name}",validator:"${name}不符合要求",boolean:"${name}数据类型必须是布尔类型",number:"${name}必须是数字",email:"请输入正确的${name}"},colonText:`：`},input:{placeholder:`请输入`},list:{loadingText:`正在加载中，请稍等`,loadingMoreText:`点击加载更多`},alert:{expandText:`展开更多`,collapseText:`收起`},anchor:{copySuccessText:`链接复制成功`,copyText:`复制链接`},colorPicker:{swatchColorTitle:`系统预设颜色`,recentColorTitle:`最近使用颜色`,clearConfirmText:`确定清空最近使用的颜色吗？`,singleColor:`单色`,gradientColor:`渐变`},guide:{finishButtonProps:{content:`完成`,theme:`primary`},nextButtonProps:{content:`下一步`,theme:`primary`},skipButtonProps:{content:`跳过`,theme:`default`},prevButtonProps:{content:`上一步`,theme:`default`}},image:{errorText:`图片无法显示`,loadingText:`图片加载中`},imageViewer:{errorText:`图片加载失败，可尝试重新加载`,mirrorTipText:`镜像`,rotateTipText:`旋转`,originalSizeTipText:`原始大小`,previewText:`预览`},typography:{expandText:`展开`,collapseText:`收起`,copiedText:`复制成功`},rate:{rateText:[`极差`,`失望`,`一般`,`满意`,`惊喜`]},empty:{titleText:{maintenance:`建设中`,success:`成功`,fail:`失败`,empty:`暂无数据`,networkError:`网络错误`}},descriptions:{colonText:`：`},chat:{placeholder:`请输入消息...`,stopBtnText:`中止`,refreshTipText:`重新生成`,copyTipText:`复制`,likeTipText:`点赞`,dislikeTipText:`点踩`,copyCodeBtnText:`复制代码`,copyCodeSuccessText:`已复制`,clearHistoryBtnText:`清空历史记录`,copyTextSuccess:`已成功复制到剪贴板`,copyTextFail:`复制到剪贴板失败`,confirmClearHistory:`确定要清空所有的消息吗？`,loadingText:`思考中...`,loadingEndText:`已深度思考`,uploadImageText:`上传图片`,uploadAttachmentText:`上传附件`,shareTipText:`分享`},qrcode:{expiredText:`二维码过期`,refreshText:`点击刷新`,scannedText:`已扫描`}},Bh={classPrefix:`t`,animation:{include:[`ripple`,`expand`,`fade`],exclude:[]},attach:null,calendar:{firstDayOfWeek:1,fillWithZero:!0,controllerConfig:void 0},icon:{},input:{autocomplete:``},dialog:{closeOnEscKeydown:!0,closeOnOverlayClick:!0,placement:`top`,confirmBtnTheme:{default:`primary`,info:`primary`,warning:`primary`,danger:`primary`,success:`primary`}},loading:{size:`medium`,delay:0,showOverlay:!0,inheritColor:!1,preventScrollThrough:!0},message:{},popconfirm:{confirmBtnTheme:{default:`primary`,warning:`primary`,danger:`primary`}},table:{expandIcon:void 0,sortIcon:void 0,filterIcon:void 0,treeExpandAndFoldIcon:void 0,hideSortTips:!1,size:`medium`},select:{clearIcon:void 0,filterable:!1},drawer:{closeOnEscKeydown:!0,closeOnOverlayClick:!0,size:`small`},tree:{folderIcon:void 0},datePicker:{firstDayOfWeek:1},steps:{checkIcon:void 0,errorIcon:void 0},tag:{closeIcon:void 0},form:{requiredMark:void 0},empty:{titleText:{maintenance:void 0,success:void 0,fail:void 0,empty:void 0,networkError:void 0},image:{maintenance:void 0,success:void 0,fail:void 0,empty:void 0,networkError:void 0}}},Vh=function(e){return e.ripple=`ripple`,e.expand=`expand`,e.fade=`fade`,e}(Vh||{}),Hh=nh(Bh,zh),Uh=Symbol(`configProvide`),Wh=function(e,t){return Xm(e,t,function(e,t){if(Hc(e))return t})};function Gh(e){return e===0?0:e===1?1:2}function Kh(e){if(Qm(e)){var t=e,n,r={},i=[...arguments].slice(1);if(i.length>0){var a=i[0],o=i[1];typeof a==`number`?(n=a,o&&yc(o)===`object`?r=o:r.count=n):yc(a)===`object`&&a!==null&&(r=a)}if(t.includes(`|`)){var s=t.split(`|`).map(function(e){return e.trim()}),c;if(typeof n==`number`?c=n:typeof r?.count==`number`&&(c=r.count),typeof c==`number`){var l=Gh(c);t=l<s.length?s[l]:s[s.length-1]}else t=oh(s,1)[0]}return r&&Object.keys(r).length>0&&(t=t.replace(/\{\s*([\w-]+)\s*\}/g,function(e,t){return Object.prototype.hasOwnProperty.call(r,t)?String(r[t]):e})),t}return``}var qh=yt();function Jh(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:void 0,t=arguments.length>1?arguments[1]:void 0,n=null;co()?(n=ar(Uh,null),n||=qh):n=qh;var r=L(function(){return n?.value||Hh}),i=L(function(){return Object.assign({},r.value[e],t)});return{t:function(e){var t=[...arguments].slice(1);return $c(e)?t.length?e.apply(void 0,t):e(Eo):Kh.apply(void 0,[e].concat(t))},global:i,globalConfig:i,classPrefix:L(function(){return r.value.classPrefix})}}var Yh=function(e){var t=Vm(Hh),n=L(function(){return Object.assign({},Wh(t,e.globalConfig))});return ir(Uh,n),qh.value||=n.value,n};function Xh(e,t){for(var n=0;n<t.length;n++){var r=t[n];r.enumerable=r.enumerable||!1,r.configurable=!0,`value`in r&&(r.writable=!0),Object.defineProperty(e,xc(r.key),r)}}function Zh(e,t,n){return t&&Xh(e.prototype,t),n&&Xh(e,n),Object.defineProperty(e,"prototype",{writable:!1}),e}function Qh(e,t){if(!(e instanceof t))throw TypeError(`Cannot call a class as a function`)}function $h(){var e=co();return function(t,n){var r;return $c(e.props[t])?r=e.props[t](Eo):e.slots[t]?r=e.slots[t]&&e.slots[t](null)[0]:n&&(r=I(n[e.props.theme],null,null)),r}}var eg=Object.prototype.hasOwnProperty,tg=function(e,t){return eg.call(e,t)},ng=function(e,t){return tg(e,t)?e[t]:void 0};function rg(e,t,n){var r,i,a=(r=e.slots)[Bf(t)]?.call(r,n);return a&&a.filter(function(e){return!jh(e)}).length||(a=(i=e.slots)[th(t)]?.call(i,n),a&&a.filter(function(e){return!jh(e)}).length)?a:null}function ig(e){return[void 0,null,``].includes(e)?!0:!(e instanceof Array?e:[e]).filter(function(e){var t;return(e==null||(t=e.type)==null?void 0:t.toString())!==`Symbol(Comment)`}).length}function ag(e,t){var n=e?.vnode.props||{};return tg(n,Bf(t))||tg(n,th(t))}var og=function(){var e=co();return function(t,n){var r=Ph(n),i=Nh(n),a=Fh(n),o=e.slots[Bf(t)]||e.slots[th(t)];if(a&&o)return rg(e,t,r);if(ag(e,t)){var s=e.props[Bf(t)]||e.props[th(t)],c=e.type.props[t]?.type;return c?.length>1&&c.includes(Boolean)&&c.includes(Function)&&s===``&&!o?i:s===!1||s===null?void 0:s===!0?rg(e,t,r)||i:$c(s)?s(Eo,r):[void 0,``].includes(s)&&o?rg(e,t,r):s}if(o)return rg(e,t,r);var l=e.props[Bf(t)]||e.props[th(t)];return l===!1||l===null?void 0:l===!0?i:$c(l)?l(Eo,r):l}},sg=function(){var e=og();return function(t,n){var r=Nh(n);return e(t,n)||r}},cg=function(){var e=og();return function(t,n,r){var i=Ph(r),a=Nh(r),o=i?{params:i}:void 0,s=e(t,o),c=e(n,o),l=ig(s)?c:s;return ig(l)?a:l}},lg=function(e){return e.filter(function(e){return!jh(e)})};function ug(e){return e?Qm(e)?e:Array.isArray(e)?lg(e).map(function(e){return ug(e)}).filter(Boolean).join(` `):jh(e)?``:Qm(e.children)?e.children:Array.isArray(e.children)?lg(e.children).map(function(e){return ug(e)}).filter(Boolean).join(` `):e.children&&qc(e.children)?Object.values(e.children).map(function(e){return!e||$c(e)?``:ug(e)}).filter(Boolean).join(` `):``:``}function dg(e){var t=Jh(`classPrefix`).classPrefix;return L(function(){return e?`${t.value}-${e}`:t.value})}function fg(){var e=Jh(`classPrefix`).classPrefix;return{classPrefix:e,SIZE:L(function(){return{small:`${e.value}-size-s`,medium:`${e.value}-size-m`,large:`${e.value}-size-l`,default:``,xs:`${e.value}-size-xs`,xl:`${e.value}-size-xl`,block:`${e.value}-size-full-width`}}),STATUS:L(function(){return{loading:`${e.value}-is-loading`,loadMore:`${e.value}-is-load-more`,disabled:`${e.value}-is-disabled`,focused:`${e.value}-is-focused`,success:`${e.value}-is-success`,error:`${e.value}-is-error`,warning:`${e.value}-is-warning`,selected:`${e.value}-is-selected`,active:`${e.value}-is-active`,checked:`${e.value}-is-checked`,current:`${e.value}-is-current`,hidden:`${e.value}-is-hidden`,visible:`${e.value}-is-visible`,expanded:`${e.value}-is-expanded`,indeterminate:`${e.value}-is-indeterminate`}})}}function pg(e){var t=co(),n=L(function(){return t.props.disabled}),r=ar(`formDisabled`,Object.create(null));return L(function(){var t,i;return Hc(n.value)&&n.value.length===2?n.value:eh(e==null||(t=e.beforeDisabled)==null?void 0:t.value)?e.beforeDisabled.value:eh(n.value)?n.value:eh(e==null||(i=e.afterDisabled)==null?void 0:i.value)?e.afterDisabled.value:eh(r.disabled?.value)?r.disabled.value:!1})}function mg(e){var t=Jh(`icon`).globalConfig,n={};return Object.keys(e).forEach(function(r){n[r]=t.value?.[r]||e[r]}),n}var hg=Vh.expand,gg=Vh.ripple,_g=Vh.fade;function vg(){var e=Jh(`animation`).globalConfig,t=function(t){var n,r=e.value;return r&&!((n=r.exclude)!=null&&n.includes(t))&&r.include?.includes(t)};return{keepExpand:t(hg),keepRipple:t(gg),keepFade:t(_g)}}var yg=[`dialog`,`drawer`],bg=1e3,xg=5e3,Sg=1;new(Zh(function e(){var t=this;Qh(this,e),Sc(this,`popupStack`,{popup:new Set,dialog:new Set,message:new Set,drawer:new Set}),Sc(this,`zIndexStack`,[]),Sc(this,`getNextZIndex`,function(e){return(e===`message`?Array.from(t.popupStack.message).pop()||xg:Array.from(t.popupStack.popup).pop()||bg)+Sg}),Sc(this,`add`,function(e){var n=t.getNextZIndex(e);return t.popupStack[e].add(n),yg.includes(e)&&t.popupStack.popup.add(n),t.zIndexStack.push(n),n}),Sc(this,`delete`,function(e,n){t.popupStack[n].delete(e),yg.includes(n)&&t.popupStack.popup.delete(e);var r=t.zIndexStack.indexOf(e);r!==-1&&t.zIndexStack.splice(r,1)}),Sc(this,`isTopInteractivePopup`,function(e,n){return yg.includes(e)?n===t.zIndexStack[t.zIndexStack.length-1]:t.popupStack[e]?.size>1?n===Array.from(t.popupStack[e]).pop():!0}),Sc(this,`getLastZIndex`,function(){return t.zIndexStack[t.zIndexStack.length-1]})}));function Cg(e){var t=co(),n=L(function(){return t.props.readonly}),r=ar(`formReadonly`,Object.create(null));return L(function(){var t,i;return eh(e==null||(t=e.beforeReadonly)==null?void 0:t.value)?e.beforeReadonly.value:eh(n?.value)?n.value:eh(e==null||(i=e.afterReadonly)==null?void 0:i.value)?e.afterReadonly.value:eh(r.readonly?.value)?r.readonly.value:!1})}function wg(e,t){if(typeof window<`u`&&window&&window.ResizeObserver){var n=null,r=function(){n&&e.value&&(n.unobserve(e.value),n.disconnect(),n=null)},i=function(e){n=new ResizeObserver(t),n.observe(e)};e&&cr(e,function(e){r(),e&&i(e)},{immediate:!0,flush:`post`}),ei(function(){r()})}}function Tg(e,t){e&&Object.keys(t).forEach(function(n){e.style[n]=t[n]})}var Eg=200,Dg=20,Og=`skewX(-8deg)`,kg=200,Ag=`rgba(0, 0, 0, 0)`,jg=`rgba(0, 0, 0, 0.35)`,Mg=function(e,t){var n;if(t)return t;if(e!=null&&(n=e.dataset)!=null&&n.ripple)return e.dataset.ripple;if(e instanceof Element){var r=getComputedStyle(e).getPropertyValue(`--ripple-color`);if(r)return r}return jg};function Ng(e,t){var n=yt(null),r=dg(),i=vg().keepRipple,a=function(a){var o=e.value;if(o&&o instanceof Element){var s=Mg(o,t?.value);if(a.button===0&&e&&i&&!(o.classList.contains(`${r.value}-is-active`)||o.classList.contains(`${r.value}-is-disabled`)||o.classList.contains(`${r.value}-is-checked`)||o.classList.contains(`${r.value}-is-loading`))&&o instanceof Element){var c=getComputedStyle(o),l=parseInt(c.borderWidth,10),u=l>0?l:0;n.value.parentNode===null&&(Tg(n.value,{position:`absolute`,left:`${0-u}px`,top:`${0-u}px`,width:`calc(100% + ${u*2}px)`,height:`calc(100% + ${u*2}px)`,borderRadius:c.borderRadius,pointerEvents:`none`,overflow:`hidden`}),o.appendChild(n.value));var d=document.createElement(`div`);Tg(d,{marginTop:`0`,marginLeft:`0`,right:`100%`,width:`calc(100% + ${Dg}px)`,height:`100%`,transition:`transform ${Eg}ms cubic-bezier(.38, 0, .24, 1), background ${Eg*2}ms linear`,transform:Og,pointerEvents:`none`,position:`absolute`,zIndex:0,backgroundColor:s,opacity:`0.9`});for(var f=new WeakMap,p=o.children.length,m=0;m<p;++m){var h=o.children[m];h.style.zIndex===``&&h!==n.value&&(h.style.zIndex=`1`,f.set(h,!0))}var g=o.style.position;!g&&o instanceof Element&&(g=getComputedStyle(o).position),(g===``||g===`static`)&&(o.style.position=`relative`),n.value.insertBefore(d,n.value.firstChild),setTimeout(function(){d.style.transform=`translateX(calc(100% - ${Dg}px)) ${Og}`},0);var _=!1,v=null,y=function(){_||(_=!0,d.style.backgroundColor=Ag,v&&=(v.disconnect(),null),e.value&&(e.value.removeEventListener(`pointerup`,y,!1),e.value.removeEventListener(`pointerleave`,y,!1)),setTimeout(function(){d.remove(),n.value.children.length===0&&n.value.remove()},Eg*2+100))};typeof MutationObserver<`u`&&(v=new MutationObserver(function(){if(o&&o instanceof Element){var e=o.classList;(e.contains(`${r.value}-is-loading`)||e.contains(`${r.value}-is-disabled`)||e.contains(`${r.value}-is-active`)||e.contains(`${r.value}-is-checked`))&&(d.style.transition=`transform ${Eg}ms cubic-bezier(.38, 0, .24, 1), background ${kg}ms linear`,y())}}),v.observe(o,{attributes:!0,attributeFilter:[`class`]})),e.value.addEventListener(`pointerup`,y,!1),e.value.addEventListener(`pointerleave`,y,!1)}}};Zr(function(){var t=e?.value;t&&(n.value=document.createElement(`div`),t.addEventListener(`pointerdown`,a,!1))}),ti(function(){var t;e==null||(t=e.value)==null||t.removeEventListener(`pointerdown`,a,!1)})}function Pg(e,t){var n=$c(e)?L(e):yt(e),r=$c(t)?L(t):yt(t),i=yt(),a=function(){i.value=Ah(n.value,r.value)};return Zr(function(){return a()}),cr([n,r],function(){return a()}),i}function Fg(e,t,n,r){var i=arguments.length>4&&arguments[4]!==void 0?arguments[4]:`value`,a=co(),o=a.emit,s=a.vnode,c=yt(),l=function(e){var t,n=[...arguments].slice(1);(t=Ct(r))==null||t.apply(void 0,[e].concat(n))},u=s.props||{},d=Object.prototype.hasOwnProperty.call(u,`modelValue`)||Object.prototype.hasOwnProperty.call(u,`model-value`),f=Object.prototype.hasOwnProperty.call(u,i)||Object.prototype.hasOwnProperty.call(u,th(i));return d?[t,function(e){o(`update:modelValue`,e);var t=[...arguments].slice(1);l.apply(void 0,[e].concat(t))}]:f?[e,function(e){o(`update:${i}`,e);var t=[...arguments].slice(1);l.apply(void 0,[e].concat(t))}]:(c.value=n,[c,function(e){c.value=e;var t=[...arguments].slice(1);l.apply(void 0,[e].concat(t))}])}var Ig=Mh(jr({name:`TConfigProvider`,props:{globalConfig:{type:Object}},setup:function(e){Yh(e);var t=og();return function(){return I(ka,null,[t(`default`)])}}})),Lg={exports:{}};Lg.exports,(function(e,t){(function(t,n){e.exports=n()})(sh,function(){return{name:`en`,weekdays:`Sunday_Monday_Tuesday_Wednesday_Thursday_Friday_Saturday`.split(`_`),months:`January_February_March_April_May_June_July_August_September_October_November_December`.split(`_`),ordinal:function(e){var t=[`th`,`st`,`nd`,`rd`],n=e%100;return`[`+e+(t[(n-20)%10]||t[n]||t[0])+`]`}}})})(Lg,Lg.exports),Lg.exports;var Rg={autoComplete:{empty:`Empty Data`},pagination:{itemsPerPage:`{size} / page`,jumpTo:`Jump to`,page:``,total:`no items | 1 item | {count} items`},cascader:{empty:`Empty Data`,loadingText:`loading...`,placeholder:`please select`},calendar:{yearSelection:`{year}`,monthSelection:`{month}`,yearRadio:`year`,monthRadio:`month`,hideWeekend:`Hide Week`,showWeekend:`Show Week`,today:`Today`,thisMonth:`This Month`,week:`Monday,Tuesday,Wedsday,Thuresday,Friday,Saturday,Sunday`,cellMonth:`January,February,March,April,May,June,July,August,September,October,November,December`},transfer:{title:`{checked} / {total}`,empty:`Empty Data`,placeholder:`enter keyword to search`},timePicker:{dayjsLocale:`en`,now:`Now`,confirm:`Confirm`,anteMeridiem:`AM`,postMeridiem:`PM`,placeholder:`please select`},dialog:{confirm:`Confirm`,cancel:`Cancel`},drawer:{confirm:`Confirm`,cancel:`Cancel`},popconfirm:{confirm:{content:`OK`},cancel:{content:`Cancel`}},table:{empty:`Empty Data`,loadingText:`loading...`,loadingMoreText:`loading more`,filterInputPlaceholder:``,sortAscendingOperationText:`click to sort ascending`,sortCancelOperationText:`click to cancel sorting`,sortDescendingOperationText:`click to sort descending`,clearFilterResultButtonText:`Clear`,columnConfigButtonText:`Column Config`,columnConfigTitleText:`Table Column Config`,columnConfigDescriptionText:`Please select columns to show them in the table`,confirmText:`Confirm`,cancelText:`Cancel`,resetText:`Reset`,selectAllText:`Select All`,searchResultText:`Search "{result}". Found no items. | Search "{result}". Found 1 item. | Search "{result}". Found {count} items.`},select:{empty:`Empty Data`,loadingText:`loading...`,placeholder:`please select`},tree:{empty:`Empty Data`},treeSelect:{empty:`Empty Data`,loadingText:`loading...`,placeholder:`please select`},datePicker:{dayjsLocale:`en`,placeholder:{date:`select date`,month:`select month`,year:`select year`,quarter:`select quarter`,week:`select week`},weekdays:[`Mon`,`Tue`,`Wed`,`Thu`,`Fri`,`Sat`,`Sun`],months:[`Jan`,`Feb`,`Mar`,`Apr`,`May`,`Jun`,`Jul`,`Aug`,`Sep`,`Oct`,`Nov`,`Dec`],quarters:[`Q1`,`Q2`,`Q3`,`Q4`],rangeSeparator:` - `,direction:`ltr`,format:`YYYY-MM-DD`,dayAriaLabel:`D`,yearAriaLabel:`Y`,monthAriaLabel:`M`,weekAbbreviation:`W`,confirm:`Confirm`,selectTime:`Select Time`,selectDate:`Select Date`,nextYear:`Next Year`,preYear:`Last Year`,nextMonth:`Next Month`,preMonth:`Last Month`,preDecade:`Last Decade`,nextDecade:`Next Decade`,now:`Now`},upload:{sizeLimitMessage:`File is too large to upload. {sizeLimit}`,cancelUploadText:`Cancel`,triggerUploadText:{fileInput:`Upload`,image:`Click to upload`,normal:`Upload`,reupload:`ReUpload`,continueUpload:`Continue Upload`,delete:`Delete`,uploading:`Uploading`},dragger:{dragDropText:`Drop here`,draggingText:`Drag file to this area to upload`,clickAndDragText:`Click "Upload" or Drag file to this area to upload`},file:{fileNameText:`filename`,fileSizeText:`size`,fileStatusText:`status`,fileOperationText:`operation`,fileOperationDateText:`date`},progress:{uploadingText:`Uploading`,waitingText:`Waiting`,failText:`Failed`,successText:`Success`}},form:{errorMessage:{date:"${name} is invalid",url:"${name} is invalid",required:"${name} is required",whitespace:"${name} cannot be empty",max:"${name} cannot be longer than ${validate} characters",min:"${name} must be at least ${validate} characters",len:"${name} must be exactly ${validate} characters",enum:"${name} must be one of ${validate}",idcard:"${name} is invalid",telnumber:"${name} is invalid",pattern:"${name} is invalid",validator:"${name} is invalid",boolean:"${name} is not a boolean",number:"${name} must be a number",email:"${name} is invalid"},colonText:`:`},input:{placeholder:`please enter`},list:{loadingText:`loading...`,loadingMoreText:`loading more`},alert:{expandText:`expand`,collapseText:`collapse`},anchor:{copySuccessText:`copy the link successfully`,copyText:`copy link`},colorPicker:{swatchColorTitle:`System Default`,recentColorTitle:`Recently Used`,clearConfirmText:`Clear recently used colors?`,singleColor:`Single`,gradientColor:`Gradient`},guide:{finishButtonProps:{content:`Finish`,theme:`primary`},nextButtonProps:{content:`Next Step`,theme:`primary`},skipButtonProps:{content:`Skip`,theme:`default`},prevButtonProps:{content:`Last Step`,theme:`default`}},image:{errorText:`unable to load`,loadingText:`loading`},imageViewer:{errorText:`unable to load`,mirrorTipText:`mirror`,rotateTipText:`rotate`,originalSizeTipText:`original`,previewText:`preview`},typography:{expandText:`more`,collapseText:`collapse`,copiedText:`copied`},rate:{rateText:[`terrible`,`disappointed`,`normal`,`satisfied`,`surprised`]},empty:{titleText:{maintenance:`Under Construction`,success:`Success`,fail:`Failure`,empty:`No Data`,networkError:`Network Error`}},descriptions:{colonText:`:`},chat:{placeholder:`please enter message...`,stopBtnText:`stop`,refreshTipText:`regenerate`,copyTipText:`copy`,likeTipText:`like`,dislikeTipText:`dislike`,copyCodeBtnText:`copy code`,copyCodeSuccessText:`copied`,clearHistoryBtnText:`clear history`,copyTextSuccess:`copied`,copyTextFail:`copy failed`,confirmClearHistory:`Are you sure to clear all messages?`,loadingText:`thinking...`,loadingEndText:`deep thinking end`,uploadImageText:`upload image`,uploadAttachmentText:`upload attachment`,shareTipText:`share`},qrcode:{expiredText:`expired`,refreshText:`refresh`,scannedText:`scanned`}},zg=typeof window<`u`,Bg=(e,t=!1)=>t?Symbol.for(e):Symbol(e),Vg=(e,t,n)=>Hg({l:e,k:t,s:n}),Hg=e=>JSON.stringify(e).replace(/\u2028/g,`\\u2028`).replace(/\u2029/g,`\\u2029`).replace(/\u0027/g,`\\u0027`),B=e=>typeof e==`number`&&isFinite(e),Ug=e=>n_(e)===`[object Date]`,Wg=e=>n_(e)===`[object RegExp]`,Gg=e=>q(e)&&Object.keys(e).length===0,Kg=Object.assign,qg=Object.create,V=(e=null)=>qg(e),Jg,Yg=()=>Jg||=typeof globalThis<`u`?globalThis:typeof self<`u`?self:typeof window<`u`?window:typeof global<`u`?global:V(),Xg=Object.prototype.hasOwnProperty;function Zg(e,t){return Xg.call(e,t)}function Qg(e,t){let n=e[t];return Zg(e,t)?n:void 0}function $g(e){return Zg(Object.prototype,e)}var H=Array.isArray,U=e=>typeof e==`function`,W=e=>typeof e==`string`,G=e=>typeof e==`boolean`,K=e=>typeof e==`object`&&!!e,e_=e=>K(e)&&U(e.then)&&U(e.catch),t_=Object.prototype.toString,n_=e=>t_.call(e),q=e=>n_(e)===`[object Object]`,r_=e=>e==null?``:H(e)||q(e)&&e.toString===t_?JSON.stringify(e,null,2):String(e);function i_(e,t=``){return e.reduce((e,n,r)=>r===0?e+n:e+t+n,``)}function a_(e,t){typeof console<`u`&&(console.warn(`[intlify] `+e),t&&console.warn(t.stack))}function o_(e){return e.replace(/&/g,`&amp;`).replace(/</g,`&lt;`).replace(/>/g,`&gt;`).replace(/"/g,`&quot;`).replace(/'/g,`&apos;`).replace(/\//g,`&#x2F;`).replace(/=/g,`&#x3D;`)}function s_(e){return e.replace(/&(?![a-z0-9#]{2,6};)/gi,`&amp;`).replace(/"/g,`&quot;`).replace(/'/g,`&apos;`).replace(/</g,`&lt;`).replace(/>/g,`&gt;`)}var c_=/^javascript:/i,l_=/^(?:href|xlink:href|src|action|formaction)$/i,u_=/&#(?:x([0-9a-f]+)|(\d+));?/gi,d_=/&(?:Tab|NewLine);/g,f_=/&colon;?/gi,p_=/[\u0000-\u0020\u007f-\u009f]/g,m_=/(?:^|[\s"'<>/])on\w+\s*=\s*["']?[^"'>]+["']?/i,h_=/(^|[\s"'<>/])on(\w+\s*=)/gi,g_=/(?:^|[\s"'<>/])srcdoc\s*=/i,__=/(^|[\s"'<>/])s(rcdoc\s*=)/gi,v_=/<(?:base|animate|set|script)(?=[\s/>]|$)/i,y_=/<(base|animate|set|script)(?=[\s/>]|$)/gi,b_=/(^|[\s"'<>/])((?:href|xlink:href|src|action|formaction)\s*=\s*)([^\s"'=<>`]+)/gi;function x_(e,t,n){let r=t||n;if(!r)return e;let i=Number.parseInt(r,t?16:10);return i<=127?String.fromCharCode(i):e}function S_(e){let t=e.replace(u_,x_).replace(d_,``).replace(f_,`:`).replace(p_,``);return c_.test(t)}function C_(e){let t=/url\s*\(/gi,n=``,r=0,i;for(;(i=t.exec(e))!==null;){let a=i.index,o=t.lastIndex-1,s=o+1,c=1,l=null;for(;s<e.length;s++){let t=e[s];if(l)t===l&&(l=null);else if(t===`"`||t===`'`)l=t;else if(t===`(`)c++;else if(t===`)`&&(c--,c===0))break}if(c!==0)break;let u=e.slice(o+1,s).trim(),d=u.startsWith(`"`)&&u.endsWith(`"`)||u.startsWith(`'`)&&u.endsWith(`'`)?u.slice(1,-1).trim():u;n+=e.slice(r,a),n+=S_(d)?`url(about:blank)`:e.slice(a,s+1),r=s+1}return n+e.slice(r)}function w_(e,t){return l_.test(e)&&S_(t)?`about:blank`:s_(e.toLowerCase()===`style`?C_(t):t)}function T_(e){return e=e.replace(/([\w:-]+)\s*=\s*"([^"]*)"/g,(e,t,n)=>`${t}="${w_(t,n)}"`),e=e.replace(/([\w:-]+)\s*=\s*'([^']*)'/g,(e,t,n)=>`${t}='${w_(t,n)}'`),m_.test(e)&&(e=e.replace(h_,`$1&#111;n$2`)),g_.test(e)&&(e=e.replace(__,`$1&#115;$2`)),v_.test(e)&&(e=e.replace(y_,`&lt;$1`)),e=e.replace(b_,(e,t,n,r)=>S_(r)?`${t}${n}about:blank`:e),e}var E_=e=>!K(e)||H(e);function D_(e,t){if(E_(e)||E_(t)||t===Object.prototype)throw Error(`Invalid value`);let n=[{src:e,des:t}];for(;n.length;){let{src:e,des:t}=n.pop();Object.keys(e).forEach(r=>{if(r===`__proto__`)return;let i=e[r];if(H(i)){let e=[];e.length=i.length,t[r]=e,n.push({src:i,des:e})}else K(i)?((!K(t[r])||H(t[r]))&&(t[r]=V()),n.push({src:i,des:t[r]})):t[r]=i})}}function O_(e,t,n){return{line:e,column:t,offset:n}}function k_(e,t,n){let r={start:e,end:t};return n!=null&&(r.source=n),r}var J={EXPECTED_TOKEN:1,INVALID_TOKEN_IN_PLACEHOLDER:2,UNTERMINATED_SINGLE_QUOTE_IN_PLACEHOLDER:3,UNKNOWN_ESCAPE_SEQUENCE:4,INVALID_UNICODE_ESCAPE_SEQUENCE:5,UNBALANCED_CLOSING_BRACE:6,UNTERMINATED_CLOSING_BRACE:7,EMPTY_PLACEHOLDER:8,NOT_ALLOW_NEST_PLACEHOLDER:9,INVALID_LINKED_FORMAT:10,MUST_HAVE_MESSAGES_IN_PLURAL:11,UNEXPECTED_EMPTY_LINKED_MODIFIER:12,UNEXPECTED_EMPTY_LINKED_KEY:13,UNEXPECTED_LEXICAL_ANALYSIS:14,UNHANDLED_CODEGEN_NODE_TYPE:15,UNHANDLED_MINIFIER_NODE_TYPE:16};J.EXPECTED_TOKEN,J.INVALID_TOKEN_IN_PLACEHOLDER,J.UNTERMINATED_SINGLE_QUOTE_IN_PLACEHOLDER,J.UNKNOWN_ESCAPE_SEQUENCE,J.INVALID_UNICODE_ESCAPE_SEQUENCE,J.UNBALANCED_CLOSING_BRACE,J.UNTERMINATED_CLOSING_BRACE,J.EMPTY_PLACEHOLDER,J.NOT_ALLOW_NEST_PLACEHOLDER,J.INVALID_LINKED_FORMAT,J.MUST_HAVE_MESSAGES_IN_PLURAL,J.UNEXPECTED_EMPTY_LINKED_MODIFIER,J.UNEXPECTED_EMPTY_LINKED_KEY,J.UNEXPECTED_LEXICAL_ANALYSIS,J.UNHANDLED_CODEGEN_NODE_TYPE,J.UNHANDLED_MINIFIER_NODE_TYPE;function A_(e,t,n={}){let{domain:r,messages:i,args:a}=n,o=SyntaxError(String(e));return o.code=e,t&&(o.location=t),o.domain=r,o}function j_(e){throw e}var M_=` `,N_=`\r`,P_=`
`,F_=`\u2028`,I_=`\u2029`;function L_(e){let t=e,n=0,r=1,i=1,a=0,o=e=>t[e]===N_&&t[e+1]===P_,s=e=>t[e]===P_,c=e=>t[e]===I_,l=e=>t[e]===F_,u=e=>o(e)||s(e)||c(e)||l(e),d=()=>n,f=()=>r,p=()=>i,m=()=>a,h=e=>o(e)||c(e)||l(e)?P_:t[e],g=()=>h(n),_=()=>h(n+a);function v(){return a=0,u(n)&&(r++,i=0),o(n)&&n++,n++,i++,t[n]}function y(){return o(n+a)&&a++,a++,t[n+a]}function b(){n=0,r=1,i=1,a=0}function x(e=0){a=e}function S(){let e=n+a;for(;e!==n;)v();a=0}return{index:d,line:f,column:p,peekOffset:m,charAt:h,currentChar:g,currentPeek:_,next:v,peek:y,reset:b,resetPeek:x,skipToPeek:S}}var R_=void 0,z_=`'`,B_=`tokenizer`;function V_(e,t={}){let n=t.location!==!1,r=L_(e),i=()=>r.index(),a=()=>O_(r.line(),r.column(),r.index()),o=a(),s=i(),c={currentType:13,offset:s,startLoc:o,endLoc:o,lastType:13,lastOffset:s,lastStartLoc:o,lastEndLoc:o,braceNest:0,inLinked:!1,text:``},l=()=>c,{onError:u}=t;function d(e,t,r,...i){let a=l();if(t.column+=r,t.offset+=r,u){let r=A_(e,n?k_(a.startLoc,t):null,{domain:B_,args:i});u(r)}}function f(e,t,r){e.endLoc=a(),e.currentType=t;let i={type:t};return n&&(i.loc=k_(e.startLoc,e.endLoc)),r!=null&&(i.value=r),i}let p=e=>f(e,13);function m(e,t){return e.currentChar()===t?(e.next(),t):(d(J.EXPECTED_TOKEN,a(),0,t),``)}function h(e){let t=``;for(;e.currentPeek()===M_||e.currentPeek()===P_;)t+=e.currentPeek(),e.peek();return t}function g(e){let t=h(e);return e.skipToPeek(),t}function _(e){if(e===R_)return!1;let t=e.charCodeAt(0);return t>=97&&t<=122||t>=65&&t<=90||t===95}function v(e){if(e===R_)return!1;let t=e.charCodeAt(0);return t>=48&&t<=57}function y(e,t){let{currentType:n}=t;if(n!==2)return!1;h(e);let r=_(e.currentPeek());return e.resetPeek(),r}function b(e,t){let{currentType:n}=t;if(n!==2)return!1;h(e);let r=v(e.currentPeek()===`-`?e.peek():e.currentPeek());return e.resetPeek(),r}function x(e,t){let{currentType:n}=t;if(n!==2)return!1;h(e);let r=e.currentPeek()===z_;return e.resetPeek(),r}function S(e,t){let{currentType:n}=t;if(n!==7)return!1;h(e);let r=e.currentPeek()===`.`;return e.resetPeek(),r}function C(e,t){let{currentType:n}=t;if(n!==8)return!1;h(e);let r=_(e.currentPeek());return e.resetPeek(),r}function w(e,t){let{currentType:n}=t;if(n!==7&&n!==11)return!1;h(e);let r=e.currentPeek()===`:`;return e.resetPeek(),r}function T(e,t){let{currentType:n}=t;if(n!==9)return!1;let r=()=>{let t=e.currentPeek();return t===`{`?_(e.peek()):t===`@`||t===`|`||t===`:`||t===`.`||t===M_||!t?!1:t===P_?(e.peek(),r()):ee(e,!1)},i=r();return e.resetPeek(),i}function E(e){h(e);let t=e.currentPeek()===`|`;return e.resetPeek(),t}function ee(e,t=!0){let n=(t=!1,r=``)=>{let i=e.currentPeek();return i===`{`||i===`@`||!i?t:i===`|`?r!==M_&&r!==P_:i===M_?(e.peek(),n(!0,M_)):i!==P_||(e.peek(),n(!0,P_))},r=n();return t&&e.resetPeek(),r}function te(e,t){let n=e.currentChar();if(n!==R_)return t(n)?(e.next(),n):null}function ne(e){let t=e.charCodeAt(0);return t>=97&&t<=122||t>=65&&t<=90||t>=48&&t<=57||t===95||t===36}function re(e){return te(e,ne)}function D(e){let t=e.charCodeAt(0);return t>=97&&t<=122||t>=65&&t<=90||t>=48&&t<=57||t===95||t===36||t===45}function ie(e){return te(e,D)}function ae(e){let t=e.charCodeAt(0);return t>=48&&t<=57}function oe(e){return te(e,ae)}function se(e){let t=e.charCodeAt(0);return t>=48&&t<=57||t>=65&&t<=70||t>=97&&t<=102}function ce(e){return te(e,se)}function le(e){let t=``,n=``;for(;t=oe(e);)n+=t;return n}function ue(e){let t=``;for(;;){let n=e.currentChar();if(n===`\\`){let r=e.peek();r===`{`||r===`}`||r===`@`||r===`|`||r===`\\`?(t+=n+r,e.next(),e.next()):(e.resetPeek(),t+=n,e.next())}else if(n===`{`||n===`}`||n===`@`||n===`|`||!n)break;else if(n===M_||n===P_){if(ee(e))t+=n,e.next();else if(E(e))break;else t+=n,e.next()}else t+=n,e.next()}return t}function de(e){g(e);let t=``,n=``;for(;t=ie(e);)n+=t;let r=e.currentChar();if(r&&r!==`}`&&r!==R_&&r!==M_&&r!==P_&&r!==`　`){let t=k(e);return d(J.INVALID_TOKEN_IN_PLACEHOLDER,a(),0,n+t),n+t}return e.currentChar()===R_&&d(J.UNTERMINATED_CLOSING_BRACE,a(),0),n}function fe(e){g(e);let t=``;return e.currentChar()===`-`?(e.next(),t+=`-${le(e)}`):t+=le(e),e.currentChar()===R_&&d(J.UNTERMINATED_CLOSING_BRACE,a(),0),t}function O(e){return e!==z_&&e!==P_}function pe(e){g(e),m(e,`'`);let t=``,n=``;for(;t=te(e,O);)n+=t===`\\`?me(e):t;let r=e.currentChar();return r===P_||r===R_?(d(J.UNTERMINATED_SINGLE_QUOTE_IN_PLACEHOLDER,a(),0),r===P_&&(e.next(),m(e,`'`)),n):(m(e,`'`),n)}function me(e){let t=e.currentChar();switch(t){case`\\`:case`'`:return e.next(),`\\${t}`;case`u`:return he(e,t,4);case`U`:return he(e,t,6);default:return d(J.UNKNOWN_ESCAPE_SEQUENCE,a(),0,t),``}}function he(e,t,n){m(e,t);let r=``;for(let i=0;i<n;i++){let n=ce(e);if(!n){d(J.INVALID_UNICODE_ESCAPE_SEQUENCE,a(),0,`\\${t}${r}${e.currentChar()}`);break}r+=n}return`\\${t}${r}`}function ge(e){return e!==`{`&&e!==`}`&&e!==M_&&e!==P_}function k(e){g(e);let t=``,n=``;for(;t=te(e,ge);)n+=t;return n}function _e(e){let t=``,n=``;for(;t=re(e);)n+=t;return n}function ve(e){let t=n=>{let r=e.currentChar();return r===`{`||r===`@`||r===`|`||r===`(`||r===`)`||!r||r===M_?n:(n+=r,e.next(),t(n))};return t(``)}function ye(e){g(e);let t=m(e,`|`);return g(e),t}function be(e,t){let n=null;switch(e.currentChar()){case`{`:return t.braceNest>=1&&d(J.NOT_ALLOW_NEST_PLACEHOLDER,a(),0),e.next(),n=f(t,2,`{`),g(e),t.braceNest++,n;case`}`:return t.braceNest>0&&t.currentType===2&&d(J.EMPTY_PLACEHOLDER,a(),0),e.next(),n=f(t,3,`}`),t.braceNest--,t.braceNest>0&&g(e),t.inLinked&&t.braceNest===0&&(t.inLinked=!1),n;case`@`:return t.braceNest>0&&d(J.UNTERMINATED_CLOSING_BRACE,a(),0),n=xe(e,t)||p(t),t.braceNest=0,n;default:{let r=!0,i=!0,o=!0;if(E(e))return t.braceNest>0&&d(J.UNTERMINATED_CLOSING_BRACE,a(),0),n=f(t,1,ye(e)),t.braceNest=0,t.inLinked=!1,n;if(t.braceNest>0&&(t.currentType===4||t.currentType===5||t.currentType===6))return d(J.UNTERMINATED_CLOSING_BRACE,a(),0),t.braceNest=0,Se(e,t);if(r=y(e,t))return n=f(t,4,de(e)),g(e),n;if(i=b(e,t))return n=f(t,5,fe(e)),g(e),n;if(o=x(e,t))return n=f(t,6,pe(e)),g(e),n;if(!r&&!i&&!o)return n=f(t,12,k(e)),d(J.INVALID_TOKEN_IN_PLACEHOLDER,a(),0,n.value),g(e),n;break}}return n}function xe(e,t){let{currentType:n}=t,r=null,i=e.currentChar();switch(n!==7&&n!==8&&n!==11&&n!==9||i!==P_&&i!==M_||d(J.INVALID_LINKED_FORMAT,a(),0),i){case`@`:return e.next(),r=f(t,7,`@`),t.inLinked=!0,r;case`.`:return g(e),e.next(),f(t,8,`.`);case`:`:return g(e),e.next(),f(t,9,`:`);default:return E(e)?(r=f(t,1,ye(e)),t.braceNest=0,t.inLinked=!1,r):S(e,t)||w(e,t)?(g(e),xe(e,t)):C(e,t)?(g(e),f(t,11,_e(e))):T(e,t)?(g(e),i===`{`?be(e,t)||r:f(t,10,ve(e))):(n===7&&d(J.INVALID_LINKED_FORMAT,a(),0),t.braceNest=0,t.inLinked=!1,Se(e,t))}}function Se(e,t){let n={type:13};if(t.braceNest>0)return be(e,t)||p(t);if(t.inLinked)return xe(e,t)||p(t);switch(e.currentChar()){case`{`:return be(e,t)||p(t);case`}`:return d(J.UNBALANCED_CLOSING_BRACE,a(),0),e.next(),f(t,3,`}`);case`@`:return xe(e,t)||p(t);default:if(E(e))return n=f(t,1,ye(e)),t.braceNest=0,t.inLinked=!1,n;if(ee(e))return f(t,0,ue(e))}return n}function Ce(){let{currentType:e,offset:t,startLoc:n,endLoc:o}=c;return c.lastType=e,c.lastOffset=t,c.lastStartLoc=n,c.lastEndLoc=o,c.offset=i(),c.startLoc=a(),r.currentChar()===R_?f(c,13):Se(r,c)}return{nextToken:Ce,currentOffset:i,currentPosition:a,context:l}}var H_=`parser`,U_=/(?:\\\\|\\'|\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{6}))/g,W_=/\\([\\@{}|])/g;function G_(e,t){return t}function K_(e,t,n){switch(e){case`\\\\`:return`\\`;case`\\'`:return`'`;default:{let e=parseInt(t||n,16);return e<=55295||e>=57344?String.fromCodePoint(e):`�`}}}function q_(e={}){let t=e.location!==!1,{onError:n}=e;function r(e,r,i,a,...o){let s=e.currentPosition();if(s.offset+=a,s.column+=a,n){let e=A_(r,t?k_(i,s):null,{domain:H_,args:o});n(e)}}function i(e,n,r){let i={type:e};return t&&(i.start=n,i.end=n,i.loc={start:r,end:r}),i}function a(e,n,r,i){t&&(e.end=n,e.loc&&(e.loc.end=r))}function o(e,t){let n=e.context(),r=i(3,n.offset,n.startLoc);return r.value=t.replace(W_,G_),a(r,e.currentOffset(),e.currentPosition()),r}function s(e,t){let{lastOffset:n,lastStartLoc:r}=e.context(),o=i(5,n,r);return o.index=parseInt(t,10),e.nextToken(),a(o,e.currentOffset(),e.currentPosition()),o}function c(e,t){let{lastOffset:n,lastStartLoc:r}=e.context(),o=i(4,n,r);return o.key=t,e.nextToken(),a(o,e.currentOffset(),e.currentPosition()),o}function l(e,t){let{lastOffset:n,lastStartLoc:r}=e.context(),o=i(9,n,r);return o.value=t.replace(U_,K_),e.nextToken(),a(o,e.currentOffset(),e.currentPosition()),o}function u(e){let t=e.nextToken(),n=e.context(),{lastOffset:o,lastStartLoc:s}=n,c=i(8,o,s);return t.type===11?(t.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,n.lastStartLoc,0,J_(t)),c.value=t.value||``,a(c,e.currentOffset(),e.currentPosition()),{node:c}):(r(e,J.UNEXPECTED_EMPTY_LINKED_MODIFIER,n.lastStartLoc,0),c.value=``,a(c,o,s),{nextConsumeToken:t,node:c})}function d(e,t){let n=e.context(),r=i(7,n.offset,n.startLoc);return r.value=t,a(r,e.currentOffset(),e.currentPosition()),r}function f(e){let t=e.context(),n=i(6,t.offset,t.startLoc),o=e.nextToken();if(o.type===8){let t=u(e);n.modifier=t.node,o=t.nextConsumeToken||e.nextToken()}switch(o.type!==9&&r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,J_(o)),o=e.nextToken(),o.type===2&&(o=e.nextToken()),o.type){case 10:o.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,J_(o)),n.key=d(e,o.value||``);break;case 4:o.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,J_(o)),n.key=c(e,o.value||``);break;case 5:o.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,J_(o)),n.key=s(e,o.value||``);break;case 6:o.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,J_(o)),n.key=l(e,o.value||``);break;default:{r(e,J.UNEXPECTED_EMPTY_LINKED_KEY,t.lastStartLoc,0);let s=e.context(),c=i(7,s.offset,s.startLoc);return c.value=``,a(c,s.offset,s.startLoc),n.key=c,a(n,s.offset,s.startLoc),{nextConsumeToken:o,node:n}}}return a(n,e.currentOffset(),e.currentPosition()),{node:n}}function p(e){let t=e.context(),n=i(2,t.currentType===1?e.currentOffset():t.offset,t.currentType===1?t.endLoc:t.startLoc);n.items=[];let u=null;do{let i=u||e.nextToken();switch(u=null,i.type){case 0:i.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,J_(i)),n.items.push(o(e,i.value||``));break;case 5:i.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,J_(i)),n.items.push(s(e,i.value||``));break;case 4:i.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,J_(i)),n.items.push(c(e,i.value||``));break;case 6:i.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,J_(i)),n.items.push(l(e,i.value||``));break;case 7:{let t=f(e);n.items.push(t.node),u=t.nextConsumeToken||null;break}}}while(t.currentType!==13&&t.currentType!==1);return a(n,t.currentType===1?t.lastOffset:e.currentOffset(),t.currentType===1?t.lastEndLoc:e.currentPosition()),n}function m(e,t,n,o){let s=e.context(),c=o.items.length===0,l=i(1,t,n);l.cases=[],l.cases.push(o);do{let t=p(e);c||=t.items.length===0,l.cases.push(t)}while(s.currentType!==13);return c&&r(e,J.MUST_HAVE_MESSAGES_IN_PLURAL,n,0),a(l,e.currentOffset(),e.currentPosition()),l}function h(e){let t=e.context(),{offset:n,startLoc:r}=t,i=p(e);return t.currentType===13?i:m(e,n,r,i)}function g(n){let o=V_(n,Kg({},e)),s=o.context(),c=i(0,s.offset,s.startLoc);return t&&c.loc&&(c.loc.source=n),c.body=h(o),e.onCacheKey&&(c.cacheKey=e.onCacheKey(n)),s.currentType!==13&&r(o,J.UNEXPECTED_LEXICAL_ANALYSIS,s.lastStartLoc,0,n[s.offset]||``),a(c,o.currentOffset(),o.currentPosition()),c}return{parse:g}}function J_(e){if(e.type===13)return`EOF`;let t=(e.value||``).replace(/\r?\n/gu,`\\n`);return t.length>10?t.slice(0,9)+`…`:t}function Y_(e,t={}){let n={ast:e,helpers:new Set};return{context:()=>n,helper:e=>(n.helpers.add(e),e)}}function X_(e,t){for(let n=0;n<e.length;n++)Z_(e[n],t)}function Z_(e,t){switch(e.type){case 1:X_(e.cases,t),t.helper(`plural`);break;case 2:X_(e.items,t);break;case 6:Z_(e.key,t),t.helper(`linked`),t.helper(`type`);break;case 5:t.helper(`interpolate`),t.helper(`list`);break;case 4:t.helper(`interpolate`),t.helper(`named`)}}function Q_(e,t={}){let n=Y_(e);n.helper(`normalize`),e.body&&Z_(e.body,n);let r=n.context();e.helpers=Array.from(r.helpers)}function $_(e){let t=e.body;return t.type===2?e1(t):t.cases.forEach(e=>e1(e)),e}function e1(e){if(e.items.length===1){let t=e.items[0];(t.type===3||t.type===9)&&(e.static=t.value,delete t.value)}else{let t=[];for(let n=0;n<e.items.length;n++){let r=e.items[n];if(r.type!==3&&r.type!==9||r.value==null)break;t.push(r.value)}if(t.length===e.items.length){e.static=i_(t);for(let t=0;t<e.items.length;t++){let n=e.items[t];(n.type===3||n.type===9)&&delete n.value}}}}function t1(e){switch(e.t=e.type,e.type){case 0:{let t=e;t1(t.body),t.b=t.body,delete t.body;break}case 1:{let t=e,n=t.cases;for(let e=0;e<n.length;e++)t1(n[e]);t.c=n,delete t.cases;break}case 2:{let t=e,n=t.items;for(let e=0;e<n.length;e++)t1(n[e]);t.i=n,delete t.items,t.static&&(t.s=t.static,delete t.static);break}case 3:case 9:case 8:case 7:{let t=e;t.value&&(t.v=t.value,delete t.value);break}case 6:{let t=e;t1(t.key),t.k=t.key,delete t.key,t.modifier&&(t1(t.modifier),t.m=t.modifier,delete t.modifier);break}case 5:{let t=e;t.i=t.index,delete t.index;break}case 4:{let t=e;t.k=t.key,delete t.key;break}}delete e.type}function n1(e,t){let{filename:n,breakLineCode:r,needIndent:i}=t,a=t.location!==!1,o={filename:n,code:``,column:1,line:1,offset:0,map:void 0,breakLineCode:r,needIndent:i,indentLevel:0};a&&e.loc&&(o.source=e.loc.source);let s=()=>o;function c(e,t){o.code+=e}function l(e,t=!0){let n=t?r:``;c(i?n+`  `.repeat(e):n)}function u(e=!0){let t=++o.indentLevel;e&&l(t)}function d(e=!0){let t=--o.indentLevel;e&&l(t)}function f(){l(o.indentLevel)}return{context:s,push:c,indent:u,deindent:d,newline:f,helper:e=>`_${e}`,needIndent:()=>o.needIndent}}function r1(e,t){let{helper:n}=e;e.push(`${n(`linked`)}(`),s1(e,t.key),t.modifier?(e.push(`, `),s1(e,t.modifier),e.push(`, _type`)):e.push(`, undefined, _type`),e.push(`)`)}function i1(e,t){let{helper:n,needIndent:r}=e;e.push(`${n(`normalize`)}([`),e.indent(r());let i=t.items.length;for(let n=0;n<i&&(s1(e,t.items[n]),n!==i-1);n++)e.push(`, `);e.deindent(r()),e.push(`])`)}function a1(e,t){let{helper:n,needIndent:r}=e;if(t.cases.length>1){e.push(`${n(`plural`)}([`),e.indent(r());let i=t.cases.length;for(let n=0;n<i&&(s1(e,t.cases[n]),n!==i-1);n++)e.push(`, `);e.deindent(r()),e.push(`])`)}}function o1(e,t){t.body?s1(e,t.body):e.push(`null`)}function s1(e,t){let{helper:n}=e;switch(t.type){case 0:o1(e,t);break;case 1:a1(e,t);break;case 2:i1(e,t);break;case 6:r1(e,t);break;case 8:case 7:e.push(JSON.stringify(t.value),t);break;case 5:e.push(`${n(`interpolate`)}(${n(`list`)}(${t.index}))`,t);break;case 4:e.push(`${n(`interpolate`)}(${n(`named`)}(${JSON.stringify(t.key)}))`,t);break;case 9:case 3:e.push(JSON.stringify(t.value),t)}}var c1=(e,t={})=>{let n=W(t.mode)?t.mode:`normal`,r=W(t.filename)?t.filename:`message.intl`;t.sourceMap;let i=t.breakLineCode==null?n===`arrow`?`;`:`
`:t.breakLineCode,a=t.needIndent?t.needIndent:n!==`arrow`,o=e.helpers||[],s=n1(e,{filename:r,breakLineCode:i,needIndent:a});s.push(n===`normal`?`function __msg__ (ctx) {`:`(ctx) => {`),s.indent(a),o.length>0&&(s.push(`const { ${i_(o.map(e=>`${e}: _${e}`),`, `)} } = ctx`),s.newline()),s.push(`return `),s1(s,e),s.deindent(a),s.push(`}`),delete e.helpers;let{code:c,map:l}=s.context();return{ast:e,code:c,map:l?l.toJSON():void 0}};function l1(e,t={}){let n=Kg({},t),r=!!n.jit,i=!!n.minify,a=n.optimize==null||n.optimize,o=q_(n).parse(e);return r?(a&&$_(o),i&&t1(o),{ast:o,code:``}):(Q_(o,n),c1(o,n))}function u1(){typeof __INTLIFY_DROP_MESSAGE_COMPILER__!=`boolean`&&(Yg().__INTLIFY_DROP_MESSAGE_COMPILER__=!1)}function d1(e){return K(e)&&x1(e)===0&&(Zg(e,`b`)||Zg(e,`body`))}var f1=[`b`,`body`];function p1(e){return O1(e,f1)}var m1=[`c`,`cases`];function h1(e){return O1(e,m1,[])}var g1=[`s`,`static`];function _1(e){return O1(e,g1)}var v1=[`i`,`items`];function y1(e){return O1(e,v1,[])}var b1=[`t`,`type`];function x1(e){return O1(e,b1)}var S1=[`v`,`value`];function C1(e,t){let n=O1(e,S1);if(n!=null)return n;throw A1(t)}var w1=[`m`,`modifier`];function T1(e){return O1(e,w1)}var E1=[`k`,`key`];function D1(e){let t=O1(e,E1);if(t)return t;throw A1(6)}function O1(e,t,n){for(let n=0;n<t.length;n++){let r=t[n];if(Zg(e,r)&&e[r]!=null)return e[r]}return n}var k1=[...f1,...m1,...g1,...v1,...E1,...w1,...S1,...b1];function A1(e){return Error(`unhandled node type: ${e}`)}function j1(e){return t=>M1(t,e)}function M1(e,t){let n=p1(t);if(n==null)throw A1(0);if(x1(n)===1){let t=h1(n);return e.plural(t.reduce((t,n)=>[...t,N1(e,n)],[]))}return N1(e,n)}function N1(e,t){let n=_1(t);if(n!=null)return e.type===`text`?n:e.normalize([n]);{let n=y1(t).reduce((t,n)=>[...t,P1(e,n)],[]);return e.normalize(n)}}function P1(e,t){let n=x1(t);switch(n){case 3:case 9:return C1(t,n);case 4:{let r=t;if(Zg(r,`k`)&&r.k)return e.interpolate(e.named(r.k));if(Zg(r,`key`)&&r.key)return e.interpolate(e.named(r.key));throw A1(n)}case 5:{let r=t;if(Zg(r,`i`)&&B(r.i))return e.interpolate(e.list(r.i));if(Zg(r,`index`)&&B(r.index))return e.interpolate(e.list(r.index));throw A1(n)}case 6:{let n=t,r=T1(n),i=D1(n);return e.linked(P1(e,i),r?P1(e,r):void 0,e.type)}case 7:case 8:return C1(t,n);default:throw Error(`unhandled node on format message part: ${n}`)}}var F1=e=>e,I1=V();function L1(e,t={}){let n=!1,r=t.onError||j_;return t.onError=e=>{n=!0,r(e)},{...l1(e,t),detectError:n}}function R1(e,t){if(!__INTLIFY_DROP_MESSAGE_COMPILER__&&W(e)){G(t.warnHtmlMessage)&&t.warnHtmlMessage;let n=(t.onCacheKey||F1)(e),r=I1[n];if(r)return r;let{ast:i,detectError:a}=L1(e,{...t,location:!1,jit:!0}),o=j1(i);return a?o:I1[n]=o}{if(!d1(e))return(()=>e);let t=e.cacheKey;return t?I1[t]||(I1[t]=j1(e)):j1(e)}}var z1={INVALID_ARGUMENT:17,INVALID_DATE_ARGUMENT:18,INVALID_ISO_DATE_ARGUMENT:19,NOT_SUPPORT_NON_STRING_MESSAGE:20,NOT_SUPPORT_LOCALE_PROMISE_VALUE:21,NOT_SUPPORT_LOCALE_ASYNC_FUNCTION:22,NOT_SUPPORT_LOCALE_TYPE:23};function B1(e){return A_(e,null,void 0)}z1.INVALID_ARGUMENT,z1.INVALID_DATE_ARGUMENT,z1.INVALID_ISO_DATE_ARGUMENT,z1.NOT_SUPPORT_NON_STRING_MESSAGE,z1.NOT_SUPPORT_LOCALE_PROMISE_VALUE,z1.NOT_SUPPORT_LOCALE_ASYNC_FUNCTION,z1.NOT_SUPPORT_LOCALE_TYPE;function V1(e,t){return t.locale==null?U1(e.locale):U1(t.locale)}var H1;function U1(e){if(W(e))return e;if(U(e)){if(e.resolvedOnce&&H1!=null)return H1;if(e.constructor.name===`Function`){let t=e();if(e_(t))throw B1(z1.NOT_SUPPORT_LOCALE_PROMISE_VALUE);return H1=t}throw B1(z1.NOT_SUPPORT_LOCALE_ASYNC_FUNCTION)}throw B1(z1.NOT_SUPPORT_LOCALE_TYPE)}function W1(e,t,n){return[...new Set([n,...H(t)?t:K(t)?Object.keys(t).filter(e=>e!=="default"):W(t)?[t]:[n]])]}function G1(e,t,n){let r=W(n)?n:s0,i=e,a;K(t)?(i.__localeChainObjectCache||=new WeakMap,a=i.__localeChainObjectCache.get(t),a||(a=new Map,i.__localeChainObjectCache.set(t,a))):(i.__localeChainCache||=new Map,a=i.__localeChainCache.get(t),a||(a=new Map,i.__localeChainCache.set(t,a)));let o=a.get(r);if(o)return o;let s=[],c=[n];for(;H(c);)c=K1(s,c,t);let l=H(t)||!q(t)?t:t.default?t.default:null;return c=W(l)?[l]:l,H(c)&&K1(s,c,!1),a.set(r,s),s}function K1(e,t,n){let r=!0;for(let i=0;i<t.length&&G(r);i++)W(t[i])&&(r=q1(e,t[i],n));return r}function q1(e,t,n){let r,i=t.split(`-`);do r=J1(e,i.join(`-`),n),i.splice(-1,1);while(i.length&&r===!0);return r}function J1(e,t,n){let r=!1;if(!e.includes(t)&&(r=!0,t)){r=t[t.length-1]!==`!`;let i=t.replace(/!/g,``);e.push(i),(H(n)||q(n))&&n[i]&&(r=n[i])}return r}var Y1=[];Y1[0]={w:[0],i:[3,0],"[":[4],o:[7]},Y1[1]={w:[1],".":[2],"[":[4],o:[7]},Y1[2]={w:[2],i:[3,0],0:[3,0]},Y1[3]={i:[3,0],0:[3,0],w:[1,1],".":[2,1],"[":[4,1],o:[7,1]},Y1[4]={"'":[5,0],'"':[6,0],"[":[4,2],"]":[1,3],o:8,l:[4,0]},Y1[5]={"'":[4,0],o:8,l:[5,0]},Y1[6]={'"':[4,0],o:8,l:[6,0]};var X1=/^\s?(?:true|false|-?[\d.]+|'[^']*'|"[^"]*")\s?$/;function Z1(e){return X1.test(e)}function Q1(e){let t=e.charCodeAt(0);return t===e.charCodeAt(e.length-1)&&(t===34||t===39)?e.slice(1,-1):e}function $1(e){if(e==null)return`o`;switch(e.charCodeAt(0)){case 91:case 93:case 46:case 34:case 39:return e;case 95:case 36:case 45:return`i`;case 9:case 10:case 13:case 160:case 65279:case 8232:case 8233:return`w`}return`i`}function e0(e){let t=e.trim();return e.charAt(0)===`0`&&isNaN(parseInt(e))?!1:Z1(t)?Q1(t):`*`+t}function t0(e){let t=[],n=-1,r=0,i=0,a,o,s,c,l,u,d,f=[];f[0]=()=>{o===void 0?o=s:o+=s},f[1]=()=>{o!==void 0&&(t.push(o),o=void 0)},f[2]=()=>{f[0](),i++},f[3]=()=>{if(i>0)i--,r=4,f[0]();else{if(i=0,o===void 0||(o=e0(o),o===!1))return!1;f[1]()}};function p(){let t=e[n+1];if(r===5&&t===`'`||r===6&&t===`"`)return n++,s=`\\`+t,f[0](),!0}for(;r!==null;)if(n++,a=e[n],!(a===`\\`&&p())){if(c=$1(a),d=Y1[r],l=d[c]||d.l||8,l===8||(r=l[0],l[1]!==void 0&&(u=f[l[1]],u&&(s=a,u()===!1))))return;if(r===7)return t}}var n0=new Map;function r0(e,t){return K(e)?Qg(e,t):null}function i0(e,t){if(!K(e))return null;let n=n0.get(t);if(n||(n=t0(t),n&&n0.set(t,n)),!n)return null;let r=n.length,i=e,a=0;for(;a<r;){let e=n[a];if(k1.includes(e)&&d1(i)||!K(i)||!Zg(i,e))return null;let t=i[e];if(t===void 0||U(i))return null;i=t,a++}return i}var a0={NOT_FOUND_KEY:1,FALLBACK_TO_TRANSLATE:2,CANNOT_FORMAT_NUMBER:3,FALLBACK_TO_NUMBER_FORMAT:4,CANNOT_FORMAT_DATE:5,FALLBACK_TO_DATE_FORMAT:6,EXPERIMENTAL_CUSTOM_MESSAGE_COMPILER:7,INVALID_NUMBER_ARGUMENT:8,INVALID_DATE_ARGUMENT:9};a0.NOT_FOUND_KEY,a0.FALLBACK_TO_TRANSLATE,a0.CANNOT_FORMAT_NUMBER,a0.FALLBACK_TO_NUMBER_FORMAT,a0.CANNOT_FORMAT_DATE,a0.FALLBACK_TO_DATE_FORMAT,a0.EXPERIMENTAL_CUSTOM_MESSAGE_COMPILER,a0.INVALID_NUMBER_ARGUMENT,a0.INVALID_DATE_ARGUMENT;var o0=`11.4.18`,s0=`en-US`,c0=e=>`${e.charAt(0).toLocaleUpperCase()}${e.substr(1)}`;function l0(){return{upper:(e,t)=>t===`text`&&W(e)?e.toUpperCase():t===`vnode`&&K(e)&&`__v_isVNode`in e?e.children.toUpperCase():e,lower:(e,t)=>t===`text`&&W(e)?e.toLowerCase():t===`vnode`&&K(e)&&`__v_isVNode`in e?e.children.toLowerCase():e,capitalize:(e,t)=>t===`text`&&W(e)?c0(e):t===`vnode`&&K(e)&&`__v_isVNode`in e?c0(e.children):e}}var u0;function d0(e){u0=e}var f0;function p0(e){f0=e}var m0;function h0(e){m0=e}var g0=null,_0=e=>{g0=e},v0=()=>g0,y0=0;function b0(e={}){let t=U(e.onWarn)?e.onWarn:a_,n=W(e.version)?e.version:o0,r=W(e.locale)||U(e.locale)?e.locale:s0,i=U(r)?s0:r,a=H(e.fallbackLocale)||q(e.fallbackLocale)||W(e.fallbackLocale)||e.fallbackLocale===!1?e.fallbackLocale:i,o=q(e.messages)?e.messages:x0(i),s=q(e.datetimeFormats)?e.datetimeFormats:x0(i),c=q(e.numberFormats)?e.numberFormats:x0(i),l=Kg(V(),e.modifiers,l0()),u=e.pluralRules||V(),d=U(e.missing)?e.missing:null,f=G(e.missingWarn)||Wg(e.missingWarn)?e.missingWarn:!0,p=G(e.fallbackWarn)||Wg(e.fallbackWarn)?e.fallbackWarn:!0,m=!!e.fallbackFormat,h=!!e.unresolving,g=U(e.postTranslation)?e.postTranslation:null,_=q(e.processor)?e.processor:null,v=!G(e.warnHtmlMessage)||e.warnHtmlMessage,y=!!e.escapeParameter,b=U(e.messageCompiler)?e.messageCompiler:u0,x=U(e.messageResolver)?e.messageResolver:f0||r0,S=U(e.localeFallbacker)?e.localeFallbacker:m0||W1,C=K(e.fallbackContext)?e.fallbackContext:void 0,w=e,T=K(w.__datetimeFormatters)?w.__datetimeFormatters:new Map,E=K(w.__numberFormatters)?w.__numberFormatters:new Map,ee=K(w.__meta)?w.__meta:{};y0++;let te={version:n,cid:y0,locale:r,fallbackLocale:a,messages:o,modifiers:l,pluralRules:u,missing:d,missingWarn:f,fallbackWarn:p,fallbackFormat:m,unresolving:h,postTranslation:g,processor:_,warnHtmlMessage:v,escapeParameter:y,messageCompiler:b,messageResolver:x,localeFallbacker:S,fallbackContext:C,onWarn:t,__meta:ee};return te.datetimeFormats=s,te.numberFormats=c,te.__datetimeFormatters=T,te.__numberFormatters=E,te}var x0=e=>({[e]:V()});function S0(e,t,n,r,i){let{missing:a,onWarn:o}=e;if(a!==null){let r=a(e,n,t,i);return W(r)?r:t}return t}function C0(e,t){let n=e;K(t)?n.__localeChainObjectCache?.delete(t):n.__localeChainCache?.delete(t)}function w0(e,t,n){C0(e,n),e.fallbackContext&&C0(e.fallbackContext,n),e.localeFallbacker(e,n,t)}function T0(e,t){return e!==t&&e.split(`-`)[0]===t.split(`-`)[0]}function E0(e,t){let n=t.indexOf(e);if(n===-1)return!1;for(let r=n+1;r<t.length;r++)if(T0(e,t[r]))return!0;return!1}function D0(e,t,n,r,i,a,o){let{fallbackLocale:s,localeFallbacker:c,onWarn:l}=e,u=c(e,s,n);for(let n=0;n<u.length;n++){let a=u[n];if(q(Qg(Qg(r,a)||{},t))&&W(a))return a;S0(e,t,a,i,o)}return null}function O0(e,t,n){let r=`${e}__${t}`;return q(n)&&!Gg(n)&&(r=`${r}__${JSON.stringify(n)}`),r}function k0(e,t,n){for(let r in n){let n=`${t}__${r}`;for(let t of e.keys())(t===n||t.startsWith(`${n}__`))&&e.delete(t)}}function A0(e,t,n,r){let[,i,a,o]=e,s=n;return W(i)?t.key=i:q(i)&&Object.keys(i).forEach(e=>{r.includes(e)?s[e]=i[e]:t[e]=i[e]}),W(a)?t.locale=a:q(a)&&(s=a),q(o)&&(s=o),s}var j0=typeof Intl<`u`;j0&&Intl.DateTimeFormat,j0&&Intl.NumberFormat;function M0(e,...t){let{datetimeFormats:n,unresolving:r,onWarn:i}=e,{__datetimeFormatters:a}=e;if(!W(t[0])&&!Ug(t[0])&&!B(t[0]))return``;let[o,s,c,l]=P0(...t),u=G(c.missingWarn)?c.missingWarn:e.missingWarn,d=G(c.fallbackWarn)?c.fallbackWarn:e.fallbackWarn,f=!!c.part,p=V1(e,c);if(!W(o)||o===``){let e=new Intl.DateTimeFormat(p.replace(/!/g,``),l);return f?e.formatToParts(s):e.format(s)}let m=D0(e,o,p,n,u,d,`datetime format`);if(!W(m))return r?-1:o;let h=n[m][o],g=O0(m,o,l),_=a.get(g);return _||(_=new Intl.DateTimeFormat(m,Kg({},h,l)),a.set(g,_)),f?_.formatToParts(s):_.format(s)}var N0=[`localeMatcher`,`weekday`,`era`,`year`,`month`,`day`,`hour`,`minute`,`second`,`timeZoneName`,`formatMatcher`,`hour12`,`timeZone`,`dateStyle`,`timeStyle`,`calendar`,`dayPeriod`,`numberingSystem`,`hourCycle`,`fractionalSecondDigits`];function P0(...e){let[t]=e,n=V(),r=V(),i;if(W(t)){let e=t.match(/(\d{4}-\d{2}-\d{2})(T|\s)?(.*)/);if(!e)throw B1(z1.INVALID_ISO_DATE_ARGUMENT);let n=e[3]?e[3].trim().startsWith(`T`)?`${e[1].trim()}${e[3].trim()}`:`${e[1].trim()}T${e[3].trim()}`:e[1].trim();i=new Date(n);try{i.toISOString()}catch{throw B1(z1.INVALID_ISO_DATE_ARGUMENT)}}else if(Ug(t)){if(isNaN(t.getTime()))throw B1(z1.INVALID_DATE_ARGUMENT);i=t}else if(B(t))i=t;else throw B1(z1.INVALID_ARGUMENT);let a=A0(e,n,r,N0);return[n.key||``,i,n,a]}function F0(e,t,n){k0(e.__datetimeFormatters,t,n)}function I0(e,...t){let{numberFormats:n,unresolving:r,onWarn:i}=e,{__numberFormatters:a}=e;if(!B(t[0]))return``;let[o,s,c,l]=R0(...t),u=G(c.missingWarn)?c.missingWarn:e.missingWarn,d=G(c.fallbackWarn)?c.fallbackWarn:e.fallbackWarn,f=!!c.part,p=V1(e,c);if(!W(o)||o===``){let e=new Intl.NumberFormat(p.replace(/!/g,``),l);return f?e.formatToParts(s):e.format(s)}let m=D0(e,o,p,n,u,d,`number format`);if(!W(m))return r?-1:o;let h=n[m][o],g=O0(m,o,l),_=a.get(g);return _||(_=new Intl.NumberFormat(m,Kg({},h,l)),a.set(g,_)),f?_.formatToParts(s):_.format(s)}var L0=[`localeMatcher`,`style`,`currency`,`currencyDisplay`,`currencySign`,`useGrouping`,`minimumIntegerDigits`,`minimumFractionDigits`,`maximumFractionDigits`,`minimumSignificantDigits`,`maximumSignificantDigits`,`compactDisplay`,`notation`,`signDisplay`,`unit`,`unitDisplay`,`roundingMode`,`roundingPriority`,`roundingIncrement`,`trailingZeroDisplay`];function R0(...e){let[t]=e,n=V(),r=V();if(!B(t))throw B1(z1.INVALID_ARGUMENT);let i=t,a=A0(e,n,r,L0);return[n.key||``,i,n,a]}function z0(e,t,n){k0(e.__numberFormatters,t,n)}var B0=e=>e,V0=e=>``,H0=`text`,U0=e=>e.length===0?``:i_(e),W0=r_;function G0(e,t){return e=Math.abs(e),t===2?e===1?0:1:Math.min(e,2)}function K0(e){let t=B(e.pluralIndex)?e.pluralIndex:-1;return B(e.named?.count)?e.named.count:B(e.named?.n)?e.named.n:t}function q0(e={}){let t=e.locale,n=K0(e),r=W(t)&&e.pluralRules&&U(Qg(e.pluralRules,t))?e.pluralRules[t]:G0,i=r===G0?void 0:G0,a=e=>e[r(n,e.length,i)],o=e.list||[],s=e=>o[e],c=e.named||V(),l=B(e.pluralIndex),u=t=>{let n=$g(t)?Qg(c,t):c[t];return l&&!n&&(t===`count`||t===`n`)?e.pluralIndex:n};function d(t,n){return(U(e.messages)?e.messages(t,!!n):K(e.messages)?e.messages[t]:!1)||(e.parent?e.parent.message(t):V0)}let f=t=>e.modifiers?Qg(e.modifiers,t):B0,p=U(e.processor?.normalize)?e.processor.normalize:U0,m=U(e.processor?.interpolate)?e.processor.interpolate:W0,h={list:s,named:u,plural:a,linked:(e,...t)=>{let[n,r]=t,i=`text`,a=``;t.length===1?K(n)?(a=n.modifier||a,i=n.type||i):W(n)&&(a=n||a):t.length===2&&(W(n)&&(a=n||a),W(r)&&(i=r||i));let o=d(e,!0)(h),s=o===``||o===void 0?e:o,c=i===`vnode`&&H(s)&&a?s[0]:s;if(!a)return c;let l=f(a);return U(l)?l(c,i):c},message:d,type:W(e.processor?.type)?e.processor.type:H0,interpolate:m,normalize:p,values:Kg(V(),o,c,l?{count:u(`count`),n:u(`n`)}:{})};return h}var J0=()=>``,Y0=e=>U(e),X0=e=>W(e)||d1(e)||Y0(e);function Z0(e,...t){let{fallbackFormat:n,postTranslation:r,unresolving:i,messageCompiler:a,fallbackLocale:o,messages:s}=e,[c,l]=nv(...t),u=G(l.missingWarn)?l.missingWarn:e.missingWarn,d=G(l.fallbackWarn)?l.fallbackWarn:e.fallbackWarn,f=G(l.escapeParameter)?l.escapeParameter:e.escapeParameter,p=!!l.resolvedMessage,m=W(l.default)||G(l.default)?G(l.default)?a?c:()=>c:l.default:n?a?c:()=>c:null,h=n||m!=null&&(W(m)||U(m)),g=V1(e,l);f&&Q0(l);let[_,v,y]=p?[c,g,Qg(s,g)||V()]:$0(e,c,g,o,d,u),b=_,x=c;if(!p&&!X0(b)&&h&&(b=m,x=b),!p&&(!X0(b)||!W(v)))return i?-1:c;let S=!1,C=Y0(b)?b:ev(e,c,v,b,x,()=>{S=!0});if(S)return b;let w=tv(e,C,q0(iv(e,v,y,l))),T=r?r(w,c):w;return f&&W(T)&&(T=T_(T)),T}function Q0(e){if(H(e.list)&&(e.list=e.list.map(e=>W(e)?o_(e):e)),K(e.named)){let t=e.named,n=V();for(let e of Object.keys(t)){let r=t[e];n[e]=W(r)?o_(r):r}e.named=n}}function $0(e,t,n,r,i,a){let{messages:o,onWarn:s,messageResolver:c,localeFallbacker:l}=e,u=l(e,r,n),d=V(),f,p=null;for(let n=0;n<u.length&&(f=u[n],d=Qg(o,f)||V(),(p=c(d,t))===null&&(p=Qg(d,t)),!X0(p));n++)if(!E0(f,u)){let n=S0(e,t,f,a,`translate`);n!==t&&(p=n)}return[p,f,d]}function ev(e,t,n,r,i,a){let{messageCompiler:o,warnHtmlMessage:s}=e;if(Y0(r)){let e=r;return e.locale=e.locale||n,e.key=e.key||t,e}if(o==null){let e=(()=>r);return e.locale=n,e.key=t,e}let c=o(r,rv(e,n,i,r,s,a));return c.locale=n,c.key=t,c.source=r,c}function tv(e,t,n){return t(n)}function nv(...e){let[t,n,r]=e,i=V();if(!W(t)&&!B(t)&&!Y0(t)&&!d1(t))throw B1(z1.INVALID_ARGUMENT);let a=B(t)?String(t):(Y0(t),t);return B(n)?i.plural=n:W(n)?i.default=n:q(n)&&!Gg(n)?i.named=n:H(n)&&(i.list=n),B(r)?i.plural=r:W(r)?i.default=r:q(r)&&Kg(i,r),[a,i]}function rv(e,t,n,r,i,a){return{locale:t,key:n,warnHtmlMessage:i,onError:e=>{throw a&&a(e),e},onCacheKey:e=>Vg(t,n,e)}}function iv(e,t,n,r){let{modifiers:i,pluralRules:a,messageResolver:o,fallbackLocale:s,fallbackWarn:c,missingWarn:l,fallbackContext:u}=e,d={locale:t,modifiers:i,pluralRules:a,messages:(r,i)=>{let a=o(n,r);if(a==null&&(u||i)){let[n,,i]=$0(u||e,r,t,s,c,l);a=n??o(i,r)}if(W(a)||d1(a)){let n=!1,i=ev(e,r,t,a,r,()=>{n=!0});return n?J0:i}return Y0(a)?a:J0}};return e.processor&&(d.processor=e.processor),r.list&&(d.list=r.list),r.named&&(d.named=r.named),B(r.plural)&&(d.pluralIndex=r.plural),d}u1();var av=`11.4.18`;function ov(){typeof __VUE_I18N_FULL_INSTALL__!=`boolean`&&(Yg().__VUE_I18N_FULL_INSTALL__=!0),typeof __INTLIFY_DROP_MESSAGE_COMPILER__!=`boolean`&&(Yg().__INTLIFY_DROP_MESSAGE_COMPILER__=!1)}var Y={UNEXPECTED_RETURN_TYPE:24,INVALID_ARGUMENT:25,MUST_BE_CALL_SETUP_TOP:26,NOT_INSTALLED:27,REQUIRED_VALUE:28,INVALID_VALUE:29,CANNOT_SETUP_VUE_DEVTOOLS_PLUGIN:30,NOT_INSTALLED_WITH_PROVIDE:31,UNEXPECTED_ERROR:32,NOT_COMPATIBLE_LEGACY_VUE_I18N:33,NOT_AVAILABLE_COMPOSITION_IN_LEGACY:34};function sv(e,...t){return A_(e,null,void 0)}Y.UNEXPECTED_RETURN_TYPE,Y.INVALID_ARGUMENT,Y.MUST_BE_CALL_SETUP_TOP,Y.NOT_INSTALLED,Y.UNEXPECTED_ERROR,Y.REQUIRED_VALUE,Y.INVALID_VALUE,Y.CANNOT_SETUP_VUE_DEVTOOLS_PLUGIN,Y.NOT_INSTALLED_WITH_PROVIDE,Y.NOT_COMPATIBLE_LEGACY_VUE_I18N,Y.NOT_AVAILABLE_COMPOSITION_IN_LEGACY;var cv=Bg(`__translateVNode`),lv=Bg(`__datetimeParts`),uv=Bg(`__numberParts`),dv=Bg(`__setPluralRules`);Bg(`__intlifyMeta`);var fv=Bg(`__injectWithOption`),pv=Bg(`__dispose`),mv={FALLBACK_TO_ROOT:10,NOT_FOUND_PARENT_SCOPE:11,IGNORE_OBJ_FLATTEN:12,DEPRECATE_LEGACY_MODE:13,DEPRECATE_TRANSLATE_CUSTOME_DIRECTIVE:14,DUPLICATE_USE_I18N_CALLING:15,IGNORE_UNSAFE_LOCALE:16};mv.FALLBACK_TO_ROOT,mv.NOT_FOUND_PARENT_SCOPE,mv.IGNORE_OBJ_FLATTEN,mv.DEPRECATE_LEGACY_MODE,mv.DEPRECATE_TRANSLATE_CUSTOME_DIRECTIVE,mv.DUPLICATE_USE_I18N_CALLING,mv.IGNORE_UNSAFE_LOCALE;var hv=null;{let e=Yg().__VUE_INSTANCE_SETTERS__;H(e)&&e.push(e=>{hv=e})}function gv(e){return!!$g(e)}function _v(e){if(!K(e)||d1(e))return e;for(let t in e)if(Zg(e,t)){if(!t.includes(`.`))K(e[t])&&_v(e[t]);else{let n=t.split(`.`),r=n.length-1,i=e,a=!1;for(let e=0;e<r;e++){if(n[e]===`__proto__`)throw Error(`unsafe key: ${n[e]}`);if(n[e]in i||(i[n[e]]=V()),!K(i[n[e]])||d1(i[n[e]])&&(k1.includes(n[e+1])||n[e+1]===`cacheKey`)){a=!0;break}i=i[n[e]]}a||(i[n[r]]=e[t],delete e[t]);let o=i[n[r]];K(o)&&_v(o)}}return e}function vv(e,t){let{messages:n,__i18n:r,messageResolver:i,flatJson:a}=t,o=q(n)?n:H(r)?V():{[e]:V()};if(H(r)&&r.forEach(e=>{if(`locale`in e&&`resource`in e){let{locale:t,resource:n}=e;if(t){if(gv(t))return;o[t]=Qg(o,t)||V(),D_(n,o[t])}else D_(n,o)}else W(e)&&D_(JSON.parse(e),o)}),i==null&&a)for(let e in o)Zg(o,e)&&_v(o[e]);return o}function yv(e){return e.type}function bv(e,t,n){let r=K(t.messages)?t.messages:V();`__i18nGlobal`in n&&(r=vv(e.locale.value,{messages:r,__i18n:n.__i18nGlobal}));let i=Object.keys(r);if(i.length&&i.forEach(t=>{e.mergeLocaleMessage(t,r[t])}),K(t.datetimeFormats)){let n=Object.keys(t.datetimeFormats);n.length&&n.forEach(n=>{e.mergeDateTimeFormat(n,t.datetimeFormats[n])})}if(K(t.numberFormats)){let n=Object.keys(t.numberFormats);n.length&&n.forEach(n=>{e.mergeNumberFormat(n,t.numberFormats[n])})}}function xv(e){return I(Aa,null,e,0)}function Sv(){return hv??co()}var Cv=()=>[],wv=()=>!1,Tv=0;function Ev(e){return((t,n,r,i)=>e(n,r,Sv()||void 0,i))}function Dv(e={}){let{__root:t,__injectWithOption:n}=e,r=t===void 0,i=e.flatJson,a=zg?yt:bt,o=!G(e.inheritLocale)||e.inheritLocale,s=a(t&&o?t.locale.value:W(e.locale)?e.locale:s0),c=a(t&&o?t.fallbackLocale.value:W(e.fallbackLocale)||H(e.fallbackLocale)||q(e.fallbackLocale)||e.fallbackLocale===!1?e.fallbackLocale:s.value),l=a(vv(s.value,e)),u=a(q(e.datetimeFormats)?e.datetimeFormats:{[s.value]:{}}),d=a(q(e.numberFormats)?e.numberFormats:{[s.value]:{}}),f=t?t.missingWarn:G(e.missingWarn)||Wg(e.missingWarn)?e.missingWarn:!0,p=t?t.fallbackWarn:G(e.fallbackWarn)||Wg(e.fallbackWarn)?e.fallbackWarn:!0,m=t?t.fallbackRoot:!G(e.fallbackRoot)||e.fallbackRoot,h=!!e.fallbackFormat,g=U(e.missing)?e.missing:null,_=U(e.missing)?Ev(e.missing):null,v=U(e.postTranslation)?e.postTranslation:null,y=t?t.warnHtmlMessage:!G(e.warnHtmlMessage)||e.warnHtmlMessage,b=!!e.escapeParameter,x=t?t.modifiers:q(e.modifiers)?e.modifiers:{},S=e.pluralRules||t&&t.pluralRules,C;C=(()=>{r&&_0(null);let t={version:av,locale:s.value,fallbackLocale:c.value,messages:l.value,modifiers:x,pluralRules:S,missing:_===null?void 0:_,missingWarn:f,fallbackWarn:p,fallbackFormat:h,unresolving:!0,postTranslation:v===null?void 0:v,warnHtmlMessage:y,escapeParameter:b,messageResolver:e.messageResolver,messageCompiler:e.messageCompiler,__meta:{framework:`vue`}};t.datetimeFormats=u.value,t.numberFormats=d.value;let n=b0(t);return r&&_0(n),n})(),w0(C,s.value,c.value);function w(){return[s.value,c.value,l.value,u.value,d.value]}let T=L({get:()=>s.value,set:e=>{C.locale=e,s.value=e}});function E(e){r||(C.fallbackContext=v0());try{return e()}finally{r||(C.fallbackContext=void 0)}}function ee(e){E(()=>w0(C,s.value,e))}let te=L({get:()=>c.value,set:e=>{c.value=e,C.fallbackLocale=c.value,ee(c.value)}}),ne=L(()=>l.value),re=L(()=>u.value),D=L(()=>d.value);function ie(){return U(v)?v:null}function ae(e){v=e,C.postTranslation=e}function oe(){return g}function se(e){e!==null&&(_=Ev(e)),g=e,C.missing=_}let ce=(e,n,r,i,a,o)=>{w();let s;try{s=E(()=>e(C))}finally{}if(r!==`translate exists`&&B(s)&&s===-1||r===`translate exists`&&!s){let[e,r]=n();return t&&m?i(t):a(e)}if(o(s))return s;throw sv(Y.UNEXPECTED_RETURN_TYPE)};function le(...e){return ce(t=>Reflect.apply(Z0,null,[t,...e]),()=>nv(...e),`translate`,t=>Reflect.apply(t.t,t,[...e]),e=>e,e=>W(e))}function ue(e){return e.map(e=>W(e)||B(e)||G(e)?xv(String(e)):e)}let de={normalize:ue,interpolate:e=>e,type:`vnode`};function fe(e){S=e,C.pluralRules=S}function O(e,t){let n=me(e),r=C.messageResolver(n,t);return r===null?Qg(n,t):r}function pe(e){let t=null,n=C.localeFallbacker(C,c.value,s.value);for(let r=0;r<n.length;r++){let i=O(n[r],e);if(i!=null){t=i;break}}return t}function me(e){return Qg(l.value,e)||{}}function he(e,t){gv(e)||(i&&_v(t),l.value[e]=t,C.messages=l.value)}function ge(e,t){gv(e)||(l.value[e]=Qg(l.value,e)||{},i&&_v(t),D_(t,l.value[e]),C.messages=l.value)}Tv++,cr(c,()=>ee(c.value),{deep:!0,flush:`sync`}),t&&zg&&(cr(t.locale,e=>{o&&(s.value=e,C.locale=e,w0(C,s.value,c.value))}),cr(t.fallbackLocale,e=>{o&&(c.value=e,C.fallbackLocale=c.value,w0(C,s.value,c.value))}));let k={id:Tv,locale:T,fallbackLocale:te,get inheritLocale(){return o},set inheritLocale(e){o=e,e&&t&&(T.value=t.locale.value,te.value=t.fallbackLocale.value)},get availableLocales(){return Object.keys(l.value).sort()},messages:ne,get modifiers(){return x},get pluralRules(){return S||{}},get isGlobal(){return r},get missingWarn(){return f},set missingWarn(e){f=e,C.missingWarn=f},get fallbackWarn(){return p},set fallbackWarn(e){p=e,C.fallbackWarn=p},get fallbackRoot(){return m},set fallbackRoot(e){m=e},get fallbackFormat(){return h},set fallbackFormat(e){h=e,C.fallbackFormat=h},get warnHtmlMessage(){return y},set warnHtmlMessage(e){y=e,C.warnHtmlMessage=e},get escapeParameter(){return b},set escapeParameter(e){b=e,C.escapeParameter=e},t:le,getLocaleMessage:me,setLocaleMessage:he,mergeLocaleMessage:ge,getPostTranslationHandler:ie,setPostTranslationHandler:ae,getMissingHandler:oe,setMissingHandler:se,[dv]:fe};return k.datetimeFormats=re,k.numberFormats=D,k.rt=function(...e){let[t,n,r]=e;if(r&&!K(r))throw sv(Y.INVALID_ARGUMENT);return le(t,n,Kg({resolvedMessage:!0},r||{}))},k.te=function(e,t){return ce(()=>{if(!e)return!1;let n=W(t)?t:s.value,r=W(t)?[n]:C.localeFallbacker(C,c.value,n);for(let t=0;t<r.length;t++)if(X0(O(r[t],e)))return!0;return!1},()=>[e],`translate exists`,n=>Reflect.apply(n.te,n,[e,t]),wv,e=>G(e))},k.tm=function(e){return pe(e)??(t&&t.tm(e)||{})},k.d=function(...e){return ce(t=>Reflect.apply(M0,null,[t,...e]),()=>P0(...e),`datetime format`,t=>Reflect.apply(t.d,t,[...e]),()=>``,e=>W(e)||H(e))},k.n=function(...e){return ce(t=>Reflect.apply(I0,null,[t,...e]),()=>R0(...e),`number format`,t=>Reflect.apply(t.n,t,[...e]),()=>``,e=>W(e)||H(e))},k.getDateTimeFormat=function(e){return Qg(u.value,e)||{}},k.setDateTimeFormat=function(e,t){gv(e)||(u.value[e]=t,C.datetimeFormats=u.value,F0(C,e,t))},k.mergeDateTimeFormat=function(e,t){gv(e)||(u.value[e]=Kg(Qg(u.value,e)||{},t),C.datetimeFormats=u.value,F0(C,e,t))},k.getNumberFormat=function(e){return Qg(d.value,e)||{}},k.setNumberFormat=function(e,t){gv(e)||(d.value[e]=t,C.numberFormats=d.value,z0(C,e,t))},k.mergeNumberFormat=function(e,t){gv(e)||(d.value[e]=Kg(Qg(d.value,e)||{},t),C.numberFormats=d.value,z0(C,e,t))},k[fv]=n,k[cv]=function(...e){return ce(t=>{let n,r=t;try{r.processor=de,n=Reflect.apply(Z0,null,[r,...e])}finally{r.processor=null}return n},()=>nv(...e),`translate`,t=>t[cv](...e),e=>[xv(e)],e=>H(e))},k[lv]=function(...e){return ce(t=>Reflect.apply(M0,null,[t,...e]),()=>P0(...e),`datetime format`,t=>t[lv](...e),Cv,e=>W(e)||H(e))},k[uv]=function(...e){return ce(t=>Reflect.apply(I0,null,[t,...e]),()=>R0(...e),`number format`,t=>t[uv](...e),Cv,e=>W(e)||H(e))},k}var Ov={tag:{type:[String,Object]},locale:{type:String},scope:{type:String,validator:e=>e===`parent`||e===`global`,default:`parent`},i18n:{type:Object}};function kv({slots:e},t){return t.length===1&&t[0]==="default"?(e.default?e.default():[]).reduce((e,t)=>[...e,...t.type===ka?t.children:[t]],[]):t.reduce((t,n)=>{let r=e[n];return r&&(t[n]=r()),t},V())}function Av(){return ka}var jv=jr({name:`i18n-t`,props:Kg({keypath:{type:String,required:!0},plural:{type:[Number,String],validator:e=>B(e)||!isNaN(e)}},Ov),setup(e,t){let{slots:n,attrs:r}=t,i=e.i18n||Hv({useScope:e.scope,__useComponent:!0});return()=>{let a=()=>{let r=Object.keys(n).filter(e=>e[0]!==`_`),a=V();e.locale&&(a.locale=e.locale),e.plural!==void 0&&(a.plural=W(e.plural)?+e.plural:e.plural);let o=kv(t,r);return i[cv](e.keypath,o,a)},o=Kg(V(),r),s=W(e.tag)||K(e.tag)?e.tag:Av();return K(s)?Eo(s,o,{default:a}):Eo(s,o,a())}}});function Mv(e){return H(e)&&!W(e[0])}function Nv(e,t,n,r){let{slots:i,attrs:a}=t;return()=>{let t=()=>{let t={part:!0},a=V();e.locale&&(t.locale=e.locale),W(e.format)?t.key=e.format:K(e.format)&&(W(e.format.key)&&(t.key=e.format.key),a=Object.keys(e.format).reduce((t,r)=>n.includes(r)?Kg(V(),t,{[r]:e.format[r]}):t,V()));let o=r(e.value,t,a),s=[t.key];return H(o)?s=o.map((e,t)=>{let n=i[e.type],r=n?n({[e.type]:e.value,index:t,parts:o}):[e.value];return Mv(r)&&(r[0].key=`${e.type}-${t}`),r}):W(o)&&(s=[o]),s},o=Kg(V(),a),s=W(e.tag)||K(e.tag)?e.tag:Av();return K(s)?Eo(s,o,{default:t}):Eo(s,o,t())}}var Pv=jr({name:`i18n-n`,props:Kg({value:{type:Number,required:!0},format:{type:[String,Object]}},Ov),setup(e,t){let n=e.i18n||Hv({useScope:e.scope,__useComponent:!0});return Nv(e,t,L0,(...e)=>n[uv](...e))}});function Fv(e,t){let n=e;if(e.mode===`composition`)return n.__getInstance(t)||e.global;{let r=n.__getInstance(t);return r==null?e.global.__composer:r.__composer}}function Iv(e){let t=t=>{let{instance:n,value:r}=t;if(!n||!n.$)throw sv(Y.UNEXPECTED_ERROR);let i=Fv(e,n.$),a=Lv(r);return[Reflect.apply(i.t,i,[...Rv(a)]),i]};return{created:(e,n)=>{let[r,i]=t(n);zg&&(e.__i18nWatcher=cr(i.locale,()=>{n.instance&&n.instance.$forceUpdate()})),e.__composer=i,e.textContent=r},unmounted:e=>{zg&&e.__i18nWatcher&&(e.__i18nWatcher(),e.__i18nWatcher=void 0,delete e.__i18nWatcher),e.__composer&&(e.__composer=void 0,delete e.__composer)},beforeUpdate:(e,{value:t})=>{if(e.__composer){let n=e.__composer,r=Lv(t);e.textContent=Reflect.apply(n.t,n,[...Rv(r)])}},getSSRProps:e=>{let[n]=t(e);return{textContent:n}}}}function Lv(e){if(W(e))return{path:e};if(q(e)){if(!(`path`in e))throw sv(Y.REQUIRED_VALUE,`path`);return e}throw sv(Y.INVALID_VALUE)}function Rv(e){let{path:t,locale:n,args:r,choice:i,plural:a}=e,o={},s=r||{};return W(n)&&(o.locale=n),B(i)&&(o.plural=i),B(a)&&(o.plural=a),[t,s,o]}function zv(e,t,...n){let r=q(n[0])?n[0]:{};(!G(r.globalInstall)||r.globalInstall)&&([jv.name,`I18nT`].forEach(t=>e.component(t,jv)),[Pv.name,`I18nN`].forEach(t=>e.component(t,Pv)),[$v.name,`I18nD`].forEach(t=>e.component(t,$v))),e.directive(`t`,Iv(t))}var Bv=Bg(`global-vue-i18n`);function Vv(e={}){let t=!G(e.globalInjection)||e.globalInjection,n=new Map,[r,i]=Uv(e,!1),a=Bg(``);function o(e){return n.get(e)||null}function s(e,t){n.set(e,t)}function c(e){n.delete(e)}let l={get mode(){return`composition`},install(e,...n){if(e.__VUE_I18N_SYMBOL__=a,e.provide(e.__VUE_I18N_SYMBOL__,l),q(n[0])){let e=n[0];l.__composerExtend=e.__composerExtend,l.__vueI18nExtend=e.__vueI18nExtend}let r=null;t&&(r=Qv(e,l.global)),__VUE_I18N_FULL_INSTALL__&&zv(e,l,...n);let i=e.unmount;e.unmount=()=>{r&&r(),l.dispose(),i()}},get global(){return i},dispose(){r.stop()},__instances:n,__getInstance:o,__setInstance:s,__deleteInstance:c};return l}function Hv(e={}){let t=Sv();if(t==null)throw sv(Y.MUST_BE_CALL_SETUP_TOP);if(!t.isCE&&t.appContext.app!=null&&!t.appContext.app.__VUE_I18N_SYMBOL__)throw sv(Y.NOT_INSTALLED);let n=Wv(t),r=Kv(n),i=yv(t),a=Gv(e,i);if(a===`global`)return bv(r,e,i),r;if(a===`parent`){let i=qv(n,t,e.__useComponent);return i??=r,i}if(a===`isolated`){if(n.mode!==`composition`)throw sv(Y.NOT_AVAILABLE_COMPOSITION_IN_LEGACY);let i=n,a=Kg({},e);a.__root=qv(n,t)||r;let o=Dv(a);return i.__composerExtend&&(o[pv]=i.__composerExtend(o)),w()&&T(()=>{let e=o[pv];e&&(e(),delete o[pv])}),o}let o=n,s=o.__getInstance(t);if(s==null){let n=Kg({},e);`__i18n`in i&&(n.__i18n=i.__i18n),r&&(n.__root=r),s=Dv(n),o.__composerExtend&&(s[pv]=o.__composerExtend(s)),Yv(o,t,s),o.__setInstance(t,s)}return s}function Uv(e,t){let n=C(),r=n.run(()=>Dv(e));if(r==null)throw sv(Y.UNEXPECTED_ERROR);return[n,r]}function Wv(e){let t=ar(e.isCE?Bv:e.appContext.app.__VUE_I18N_SYMBOL__);if(!t)throw sv(e.isCE?Y.NOT_INSTALLED_WITH_PROVIDE:Y.UNEXPECTED_ERROR);return t}function Gv(e,t){return Gg(e)?`__i18n`in t?`local`:`global`:e.useScope?e.useScope:`local`}function Kv(e){return e.mode===`composition`?e.global:e.global.__composer}function qv(e,t,n=!1){let r=null,i=t.root,a=Jv(t,n);for(;a!=null;){let t=e;if(e.mode===`composition`&&(r=t.__getInstance(a)),r!=null||i===a)break;a=a.parent}return r}function Jv(e,t=!1){return e==null?null:t&&e.vnode.ctx||e.parent}function Yv(e,t,n){Zr(()=>{},t),ti(()=>{let r=n;e.__deleteInstance(t);let i=r[pv];i&&(i(),delete r[pv])},t)}var Xv=[`locale`,`fallbackLocale`,`availableLocales`],Zv=[`t`,`rt`,`d`,`n`,`tm`,`te`];function Qv(e,t){let n=Object.create(null);return Xv.forEach(e=>{let r=Object.getOwnPropertyDescriptor(t,e);if(!r)throw sv(Y.UNEXPECTED_ERROR);let i=vt(r.value)?{get(){return r.value.value},set(e){r.value.value=e}}:{get(){return r.get&&r.get()}};Object.defineProperty(n,e,i)}),e.config.globalProperties.$i18n=n,Zv.forEach(n=>{let r=Object.getOwnPropertyDescriptor(t,n);if(!r||!r.value)throw sv(Y.UNEXPECTED_ERROR);Object.defineProperty(e.config.globalProperties,`$${n}`,r)}),()=>{delete e.config.globalProperties.$i18n,Zv.forEach(t=>{delete e.config.globalProperties[`$${t}`]})}}var $v=jr({name:`i18n-d`,props:Kg({value:{type:[Number,Date],required:!0},format:{type:[String,Object]}},Ov),setup(e,t){let n=e.i18n||Hv({useScope:e.scope,__useComponent:!0});return Nv(e,t,N0,(...e)=>n[lv](...e))}});ov(),d0(R1),p0(i0),h0(G1);var ey=jr({__name:`App`,setup(e){let{locale:t}=Hv(),n=L(()=>t.value===`en`?Rg:zh);return(e,t)=>{let r=si(`RouterView`);return Fa(),Va(Ct(Ig),{"global-config":n.value},{default:tr(()=>[I(r)]),_:1},8,[`global-config`])}}}),ty=`X-CSRF-Token`;function ny(e=document.cookie){for(let t of e.split(`;`)){let[e,...n]=t.trim().split(`=`);if(e===`voc_csrf`)return decodeURIComponent(n.join(`=`))}return null}function ry(){let e=ny();return e?{[ty]:e}:{}}var iy=class extends Error{code;status;field;retryAfter;constructor(e,t,n={}){super(t),this.name=`ApiError`,this.code=e,this.status=n.status??0,this.field=n.field??null,this.retryAfter=n.retryAfter??null}};function ay(e,t){return e instanceof iy&&(t===void 0||e.code===t)}var oy={401:`UNAUTHENTICATED`,403:`FORBIDDEN`,404:`NOT_FOUND`,413:`VALIDATION`,429:`RATE_LIMITED`};async function sy(e){let t={};try{t=await e.json()}catch{}let n=Number(e.headers.get(`retry-after`));return new iy(typeof t.error==`string`?t.error:oy[e.status]??(e.status>=500?`UNAVAILABLE`:`HTTP_`+e.status),typeof t.message==`string`?t.message:e.statusText,{status:e.status,field:typeof t.field==`string`?t.field:null,retryAfter:Number.isFinite(n)&&n>0?n:null})}function cy(e){return new iy(`NETWORK`,e instanceof Error?e.message:String(e))}var ly=()=>{};function uy(e){ly=e}async function dy(e,t,n={}){let r;try{r=await fetch(`/graphql`,{method:`POST`,credentials:`same-origin`,headers:{"content-type":`application/json`,accept:`application/json`,...ry()},body:JSON.stringify({query:e.toString(),variables:t}),signal:n.signal})}catch(e){throw e instanceof DOMException&&e.name===`AbortError`?e:cy(e)}let i=null;try{i=await r.clone().json()}catch{i=null}let a=i?.errors?.[0];if(!r.ok&&!a)throw await sy(r);if(a){let e=a.extensions?.code??(r.status===401?`UNAUTHENTICATED`:`INTERNAL`);throw e===`UNAUTHENTICATED`&&ly(),new iy(e,a.message,{status:r.status})}if(r.status===401&&ly(),!i?.data)throw new iy(`INTERNAL`,`empty answer`,{status:r.status});return i.data}var fy={PROPOSED:`已提议`,UNDER_REVIEW:`评审中`,PLANNED:`已计划`,DECLINED:`已拒绝`,DUPLICATE:`重复`,IN_PROGRESS:`进行中`,ON_HOLD:`已搁置`,SHIPPED:`已上线`,VERIFYING:`验证中`,CLOSED_EFFECTIVE:`已关闭·有效`,CLOSED_INEFFECTIVE:`已关闭·无效`},py={PROPOSED:`Proposed`,UNDER_REVIEW:`Under review`,PLANNED:`Planned`,DECLINED:`Declined`,DUPLICATE:`Duplicate`,IN_PROGRESS:`In progress`,ON_HOLD:`On hold`,SHIPPED:`Shipped`,VERIFYING:`Verifying`,CLOSED_EFFECTIVE:`Closed · effective`,CLOSED_INEFFECTIVE:`Closed · ineffective`},my={actionsPage:{title:`改进行动`,intro:`把反复出现的问题变成改进行动，一路跟到效果被测出来。拖动卡片到另一列，或用卡片上的「移动到」菜单改变状态；只列出允许的目标。`,introReadOnly:`把反复出现的问题变成改进行动，一路跟到效果被测出来。你的角色只能查看。`,statuses:fy,verdicts:{EFFECTIVE:`有效`,INEFFECTIVE:`无效`,INSUFFICIENT_DATA:`数据不足`},filters:{owner:`负责人`,anyone:`所有人`,priority:`优先级`,anyPriority:`全部`,topic:`主题：{label}`,thisTopic:`所选主题`,clear:`清除`,clearAll:`清除筛选`},board:{moved:`「{title}」已移到「{status}」。`,emptyColumn:`暂无`},card:{priority:`P{n}`,noOwner:`未指定负责人`,due:`截止 {date}`,overdue:`已逾期（截止 {date}）`,topics:`关联主题`,moveTo:`移动到…`,moveLabel:`把「{title}」移动到`},empty:{title:`还没有改进行动`,body:`在「主题」页选中反复出现的问题，点「创建改进行动」。`,toTopics:`去主题页`,filteredTitle:`没有符合筛选条件的行动`,filteredBody:`换一个负责人、优先级或主题，或清除筛选。`},detail:{back:`返回改进行动`,notFoundTitle:`找不到这个行动`,notFoundBody:`它可能不存在，或不属于你的组织。`,about:`内容`,description:`描述`,owner:`负责人`,priority:`优先级（1 最高）`,due:`截止日期`,verificationDays:`上线后验证天数`,save:`保存`,saved:`已保存。`,status:`状态`,statusNow:`当前状态：{status}`,chooseStatus:`选择新状态`,moveNote:`备注（可选）`,move:`更改状态`,final:`这个状态是终点，不能再移动。`,closeWithEvidence:`测得的效果建议：{verdict}。按效果关闭，或写明理由推翻。`,closeNoEvidence:`还没有测得的效果：只能写明理由推翻后关闭。`,override:`推翻测得的结论（管理员、分析师）`,overrideReason:`推翻的理由（1–500 字）`,reasonRequired:`请写明推翻的理由。`,overridden:`推翻结论的理由：`,duplicateOf:`已合并到：`,created:`创建`,planned:`计划`,shipped:`上线`,linkRequired:`请选择或填写要关联的对象。`,linked:`已关联。`,unlinked:`已取消关联：{name}。`,noteRequired:`请先写备注。`},effect:{title:`上线效果`,verdict:`建议结论`,windowOpen:`验证期尚未结束，按目前的数据计算。`,reasons:{FEW_ANALYSED_COMMENTS:`有一个时间窗内已分析的评论不足 {min} 条（上线前 {beforeAnalysed} 条，上线后 {afterAnalysed} 条）`,FEW_TOPIC_COMMENTS:`上线前关联主题的评论不足 {min} 条（{beforeComments} 条）`,SHARE_DROPPED:`关联主题的评论占比显著下降`,NPS_ROSE:`关联主题回答的 NPS 上升（95% 区间高于 0）`,NO_CHANGE:`评论占比没有显著下降，NPS 也没有上升`},windows:`之前：{beforeFrom}–{beforeTo}；之后：{afterFrom}–{afterTo}`,before:`上线前`,after:`上线后`,share:`主题评论占比`,shareChart:`主题评论占比：上线前后对比，含 95% 区间`,npsChart:`NPS：上线前后对比，含 95% 区间`,sentiment:`情感均值`,measure:`指标`,change:`变化`,test:`检验`,significant:`显著`,notSignificant:`不显著`,ci95:`差值 95% 区间 {interval}`,intervals:`竖线为 95% 区间。占比用双比例 z 检验；NPS 看差值的 95% 区间是否跨过 0。每个窗口至少需要 {n} 条评论才给出结论。`,pending:`上线 {days} 天后自动测量效果。`},baseline:{title:`基线（计划时）`,window:`{from}–{to}，共 {weeks} 周`,weekly:`每周评论数`,none:`行动进入「已计划」时记录基线。`},told:{title:`上线通知对象`,before:`行动上线时，以下受访者会收到“问题已解决”的通知（action.shipped 事件）：`,shipped:`{date} 上线时，以下受访者已被列入通知（action.shipped 事件）：`,responses:`关联的 {n} 条反馈的受访者`,cases:`关联的 {n} 个跟进工单的受访者`,topics:`基线开始到上线期间，在关联的 {n} 个主题中留言的受访者`,how:`通知通过 Webhook 发给你们的系统，由它联系客户。`},links:{title:`关联`,topics:`主题`,responses:`反馈（{n}）`,cases:`跟进工单`,retired:`已退役`,noTopics:`没有关联主题。`,noResponses:`没有关联反馈。`,noCases:`没有关联工单。`,noComment:`（无评论）`,kind:`关联类型`,topic:`主题`,response:`反馈`,case:`工单`,chooseTopic:`选择主题`,id:`ID`,add:`关联`,unlink:`取消关联`,unlinkNamed:`取消关联「{name}」`},timeline:{title:`时间线`,system:`系统`,rule:`自动规则`,note:`添加备注`,addNote:`添加备注`},events:{created:`创建了行动`,status:`更改了状态`,owner:`更换了负责人`,title:`修改了标题`,description:`修改了描述`,priority:`修改了优先级`,due_at:`修改了截止日期`,verification_days:`修改了验证天数`,link:`添加了关联`,unlink:`取消了关联`,note:`添加了备注`,baseline:`记录了基线`,effect:`测量了效果`,verdict_overridden:`推翻了测得的结论`}},loopPage:{title:`闭环`,intro:`内循环：每位不满意的客户是否被及时跟进；外循环：反复出现的问题是否被改进，并测出效果。`,kpis:`闭环指标`,contacted:`24 小时内联系的贬损者`,contactedHint:`贬损者工单中，开单 24 小时内首次联系的比例`,median:`首次联系中位时长`,medianHint:`从开单到首次联系`,hours:`{h} 小时`,open:`未结工单`,breached:`超出 SLA`,trend:`24 小时内联系率（按开单周）`,trendEmpty:`这段时间没有贬损者工单。`,trendTable:`查看数据表`,week:`周`,weeks:`范围`,weeksOption:`最近 {n} 周`,funnel:`改进行动漏斗`,funnelHint:`每个阶段：走到这一步的行动数（当前处于该状态的数）。`,reached:`{reached}（现 {now}）`,effective:`有效的改进行动`,effectiveAll:`已关闭·有效`,effectiveMeasured:`效果测得`,effectiveOverridden:`人工推翻`,effectiveHint:`“效果测得”按上线前后的数据判定有效；“人工推翻”由管理员或分析师写明理由后关闭。`,toBoard:`打开改进行动看板`,byTeam:`各团队的工单`,byAgent:`各坐席的工作量`,team:`团队`,agent:`坐席`,workload:`未结 / 上限`,ofCap:`{open} / {cap}`,away:`暂不接单`,noTeams:`还没有团队。管理员可以在设置中创建团队。`,noAgents:`团队里还没有坐席。`}},hy={actionsPage:{title:`Improvement actions`,intro:`Recurring problems become actions, followed until their effect is measured. Drag a card to another column, or use its "Move to" menu; only the allowed moves are offered.`,introReadOnly:`Recurring problems become actions, followed until their effect is measured. Your role can read them.`,statuses:py,verdicts:{EFFECTIVE:`Effective`,INEFFECTIVE:`Ineffective`,INSUFFICIENT_DATA:`Not enough data`},filters:{owner:`Owner`,anyone:`Anyone`,priority:`Priority`,anyPriority:`Any`,topic:`Topic: {label}`,thisTopic:`the chosen topic`,clear:`Clear`,clearAll:`Clear the filters`},board:{moved:`“{title}” moved to {status}.`,emptyColumn:`None`},card:{priority:`P{n}`,noOwner:`No owner`,due:`Due {date}`,overdue:`Overdue (due {date})`,topics:`Linked topics`,moveTo:`Move to…`,moveLabel:`Move “{title}” to`},empty:{title:`No improvement actions yet`,body:`On the Topics page, select a recurring problem and choose "Create improvement action".`,toTopics:`Go to Topics`,filteredTitle:`No action matches the filters`,filteredBody:`Choose another owner, priority or topic, or clear the filters.`},detail:{back:`Back to improvement actions`,notFoundTitle:`Action not found`,notFoundBody:`It may not exist, or belong to another organisation.`,about:`About`,description:`Description`,owner:`Owner`,priority:`Priority (1 highest)`,due:`Due date`,verificationDays:`Days to verify after shipping`,save:`Save`,saved:`Saved.`,status:`Status`,statusNow:`Now: {status}`,chooseStatus:`Choose the new status`,moveNote:`Note (optional)`,move:`Change status`,final:`This status is final: the action cannot move on.`,closeWithEvidence:`The measured effect suggests: {verdict}. Close accordingly, or override with a reason.`,closeNoEvidence:`No measured effect yet: closing needs an override with a reason.`,override:`Override the measured verdict (admins, analysts)`,overrideReason:`Why (1–500 characters)`,reasonRequired:`Write why you override the verdict.`,overridden:`Verdict overridden because:`,duplicateOf:`Merged into:`,created:`Created`,planned:`Planned`,shipped:`Shipped`,linkRequired:`Choose or enter what to link.`,linked:`Linked.`,unlinked:`Unlinked: {name}.`,noteRequired:`Write the note first.`},effect:{title:`Effect of shipping`,verdict:`Suggested verdict`,windowOpen:`The verification window is still open: measured on the data so far.`,reasons:{FEW_ANALYSED_COMMENTS:`fewer than {min} analysed comments in a window (before {beforeAnalysed}, after {afterAnalysed})`,FEW_TOPIC_COMMENTS:`fewer than {min} comments in the linked topics before ({beforeComments})`,SHARE_DROPPED:`the linked topics’ share of comments dropped significantly`,NPS_ROSE:`the NPS of the linked topics’ responses rose (95% interval above 0)`,NO_CHANGE:`neither a significant drop in share nor a rise in NPS`},windows:`Before: {beforeFrom}–{beforeTo}; after: {afterFrom}–{afterTo}`,before:`Before`,after:`After`,share:`Topic share of comments`,shareChart:`Topic share of comments before and after shipping, with 95% intervals`,npsChart:`NPS before and after shipping, with 95% intervals`,sentiment:`Mean sentiment`,measure:`Measure`,change:`Change`,test:`Test`,significant:`significant`,notSignificant:`not significant`,ci95:`difference 95% interval {interval}`,intervals:`Whiskers are 95% intervals. Share: two-proportion z-test; NPS: whether the difference’s 95% interval excludes 0. Each window needs at least {n} comments for a verdict.`,pending:`Measured automatically {days} days after shipping.`},baseline:{title:`Baseline (when planned)`,window:`{from}–{to}, {weeks} weeks`,weekly:`Comments per week`,none:`The baseline is recorded when the action is planned.`},told:{title:`Who is told it shipped`,before:`When the action ships, these respondents are listed to be told it is fixed (the action.shipped event):`,shipped:`When it shipped on {date}, these respondents were listed to be told (the action.shipped event):`,responses:`the respondents of the {n} linked responses`,cases:`the respondents of the {n} linked cases`,topics:`those who commented in the {n} linked topics from the baseline’s start until shipping`,how:`The event goes to your systems by webhook, which contact the customers.`},links:{title:`Links`,topics:`Topics`,responses:`Responses ({n})`,cases:`Cases`,retired:`retired`,noTopics:`No linked topic.`,noResponses:`No linked response.`,noCases:`No linked case.`,noComment:`(no comment)`,kind:`Link a`,topic:`Topic`,response:`Response`,case:`Case`,chooseTopic:`Choose a topic`,id:`ID`,add:`Link`,unlink:`Unlink`,unlinkNamed:`Unlink “{name}”`},timeline:{title:`Timeline`,system:`The system`,rule:`A rule`,note:`Add a note`,addNote:`Add note`},events:{created:`created the action`,status:`changed the status`,owner:`changed the owner`,title:`changed the title`,description:`changed the description`,priority:`changed the priority`,due_at:`changed the due date`,verification_days:`changed the verification days`,link:`linked`,unlink:`unlinked`,note:`added a note`,baseline:`recorded the baseline`,effect:`measured the effect`,verdict_overridden:`overrode the measured verdict`}},loopPage:{title:`Loop`,intro:`The inner loop: is every unhappy customer followed up in time? The outer loop: are recurring problems fixed, with a measured effect?`,kpis:`Loop figures`,contacted:`Detractors contacted within 24 h`,contactedHint:`Of the detractor cases, first contacted within 24 h of opening`,median:`Median time to first contact`,medianHint:`From opening to first contact`,hours:`{h} h`,open:`Open cases`,breached:`SLA breached`,trend:`Contacted within 24 h, by week opened`,trendEmpty:`No detractor case in these weeks.`,trendTable:`Show the table`,week:`Week`,weeks:`Range`,weeksOption:`Last {n} weeks`,funnel:`Improvement action funnel`,funnelHint:`Each stage: the actions that reached it (those in it now).`,reached:`{reached} (now {now})`,effective:`Effective improvement actions`,effectiveAll:`Closed · effective`,effectiveMeasured:`Measured`,effectiveOverridden:`Overridden`,effectiveHint:`"Measured": the data before and after shipping says effective; "Overridden": an admin or analyst closed it with a written reason.`,toBoard:`Open the action board`,byTeam:`Cases by team`,byAgent:`Workload by agent`,team:`Team`,agent:`Agent`,workload:`Open / cap`,ofCap:`{open} / {cap}`,away:`unavailable`,noTeams:`No team yet. Admins create teams in the settings.`,noAgents:`No agent in a team yet.`}},gy={casesPage:{title:`工单`,count:`共 {n} 个工单`,views:{label:`工单视图`,mine:`我的`,team:`我的团队`,unassigned:`未分配`,breached:`已超时`,warnings:`客户预警`,all:`全部`},noTeam:`你还不是任何团队的成员。请管理员把你加入团队，或查看“全部”。`,noUser:`无法确定当前用户。`,readOnly:`你的角色只能查看工单，不能处理。`,live:`实时更新`,newCases:`新到 {n} 个工单`,filters:{label:`筛选工单`,any:`全部`,status:`状态`,survey:`问卷`,topic:`主题`,assignee:`处理人`,minScore:`最低分`,maxScore:`最高分`,scoreInvalid:`评分需为 0–10 的整数，且最低分不高于最高分。`,apply:`应用评分`,clear:`清除筛选`},statuses:{NEW:`新建`,ASSIGNED:`已分配`,IN_PROGRESS:`处理中`,WAITING_CUSTOMER:`等待客户回复`,RESOLVED:`已解决`,CLOSED:`已关闭`,CANCELLED:`已取消`},table:{caption:`工单列表，最新的在前`,select:`选择`,selectAll:`选择本页全部工单`,selectOne:`选择工单 {name}`,respondent:`受访者`,anonymous:`匿名受访者`,score:`评分`,comment:`评论`,noComment:`（无评论）`,topic:`主题`,status:`状态`,assignee:`处理人`,nobody:`未分配`,escalation:`升级`,sla:`SLA`},escalation:{0:`—`,1:`已通知组长`,2:`已通知管理员`},sla:{firstContact:`首次联系`,resolution:`解决`,left:`{clock}剩余 {time}`,over:`{clock}：{time}（已超时）`,paused:`已暂停（等待客户）`,none:`—`},bulk:{label:`批量分配`,selected:`已选 {n} 个`,agent:`分配给`,choose:`选择客服`,assign:`分配`,assigning:`正在分配…`,done:`已分配 {n} 个工单。`,failed:`{n} 个未能分配：{reason}`,clear:`取消选择`},pager:{label:`分页`,previous:`上一页`,next:`下一页`},empty:{noneTitle:`这里没有工单`,mine:`目前没有分配给你的工单。新的贬损者反馈会按轮询自动分配；也可以在“未分配”里认领。`,team:`你的团队目前没有工单。`,unassigned:`所有工单都已分配。`,breached:`没有超时的工单，做得好。`,warnings:`没有客户预警工单。客户的健康度下降、使用量下滑等预警会为其客户成功经理开出工单。`,all:`还没有工单。当受访者给出低分（NPS 0–6）时会自动创建工单；也可以在“反馈”页从一条回答手动创建。`,filteredTitle:`没有符合筛选条件的工单`,filteredBody:`换个筛选条件，或清除筛选。`,pastEnd:`这一页之后没有更多工单了。`},notFound:{title:`找不到这个工单`,body:`它可能属于其他组织，或链接有误。`,back:`返回工单列表`},detail:{title:`{name} 的工单`,back:`返回工单列表`,summary:`工单概况`,status:`状态`,team:`团队`,assignee:`处理人`,opened:`创建时间`,source:`来源`,sources:{rule:`自动规则`,manual:`手动创建`,warning:`客户预警`},firstContacted:`首次联系`,notYet:`尚未`,resolutionReason:`解决说明`,rootCause:`根因主题`,moves:`处理`,moveTo:`改为“{status}”`,reopen:`重新打开`,noMoves:`这个工单已结束，不能再更改状态。`,moving:`正在更新…`,reasonTitle:`改为“{status}”`,reason:`解决说明`,reasonHint:`关闭时必须填写（解决时填写的说明会沿用）。最多 500 字。`,rootCauseTopic:`根因主题（可选）`,noTopic:`不指定`,confirm:`确认`,cancel:`取消`,refused:`无法更改状态：{message}`,assign:`分配`,assignTo:`分配给`,reassign:`转派`,agentLoad:`{name}（{open}/{cap}{away}）`,away:`，不在岗`,noAgents:`还没有客服。请管理员在设置中添加团队成员。`,assigning:`正在分配…`,assignFailed:`无法分配：{message}`,response:`回答`,survey:`问卷`,submitted:`提交时间`,analysis:`分析`,sentiment:`情感`,keywords:`关键词`,notAnalysed:`评论尚未分析。`,answers:`其他回答`,respondent:`受访者`,externalId:`外部 ID`,verified:`已验证身份`,unverified:`未验证身份`,attributes:`属性`,noAttributes:`无属性`,earlier:`以往回答`,noEarlier:`这是该受访者的第一条回答。`,resurvey:`回访`,resurveyNone:`解决工单后会生成回访问卷链接，发给客户确认问题是否解决。`,resurveyLink:`回访链接`,copy:`复制链接`,copied:`已复制`,copyFailed:`无法复制，请手动选择链接复制。`,resurveyWaiting:`客户尚未回答回访问卷。`,resurveyAnswer:`客户的回访评分：{score}`,notes:`备注`,note:`添加备注`,addNote:`添加`,adding:`正在添加…`,noteRequired:`请填写备注内容。`,timeline:`处理记录`},warning:{label:`客户预警`,mark:`预警`,reasonLine:`预警原因：{reason}`,noAccount:`（客户已不存在）`,title:`客户预警`,account:`客户`,owner:`客户成功经理`,renewal:`续约日期`,reason:`预警原因`,figures:`触发数据`,noResurvey:`客户预警工单不发回访问卷（没有受访者）。`},reasons:{band_drop:`健康等级下降`,score_fall:`健康分下跌`,no_login:`长期未登录`,usage_drop:`使用量下降`,renewal_risk:`续约风险`,complaints:`投诉增多`,churn_intent:`流失意向`},trail:{system:`系统`,rule:`自动规则`,someone:`某人`,aTeam:`某团队`,aTopic:`某主题`,created:`{actor}创建了工单`,status:`{actor}将状态从“{from}”改为“{to}”`,assigned:`{actor}将工单分配给{to}`,reassigned:`{actor}将工单从{from}转派给{to}`,team:`{actor}将工单分到团队“{to}”`,note:`{actor}添加了备注`,rootCause:`{actor}将根因主题记为“{to}”`,resurvey:`{actor}发出了回访问卷`,resurveySkipped:`客户预警工单没有受访者，未发回访问卷`,resurveyAnswered:`客户回答了回访问卷，评分 {score}`,breachContact:`首次联系超时`,breachResolve:`解决超时`,escalation:`升级到第 {level} 级`,other:`{actor}：{kind}`}}},_y={casesPage:{title:`Cases`,count:`{n} case | {n} cases`,views:{label:`Case views`,mine:`Mine`,team:`My team`,unassigned:`Unassigned`,breached:`Breached`,warnings:`Account warnings`,all:`All`},noTeam:`You are not a member of any team yet. Ask an admin to add you to one, or look at "All".`,noUser:`Who is signed in could not be told.`,readOnly:`Your role can read cases but not work them.`,live:`Live`,newCases:`{n} new case | {n} new cases`,filters:{label:`Filter cases`,any:`Any`,status:`Status`,survey:`Survey`,topic:`Topic`,assignee:`Assignee`,minScore:`Lowest score`,maxScore:`Highest score`,scoreInvalid:`Scores are whole numbers 0–10, the lowest not above the highest.`,apply:`Apply scores`,clear:`Clear filters`},statuses:{NEW:`New`,ASSIGNED:`Assigned`,IN_PROGRESS:`In progress`,WAITING_CUSTOMER:`Waiting on customer`,RESOLVED:`Resolved`,CLOSED:`Closed`,CANCELLED:`Cancelled`},table:{caption:`Cases, newest first`,select:`Select`,selectAll:`Select every case on this page`,selectOne:`Select the case of {name}`,respondent:`Respondent`,anonymous:`Anonymous respondent`,score:`Score`,comment:`Comment`,noComment:`(no comment)`,topic:`Topic`,status:`Status`,assignee:`Assignee`,nobody:`Unassigned`,escalation:`Escalation`,sla:`SLA`},escalation:{0:`—`,1:`Team lead notified`,2:`Admins notified`},sla:{firstContact:`First contact`,resolution:`Resolution`,left:`{clock}: {time} left`,over:`{clock}: {time} (breached)`,paused:`Paused (waiting on customer)`,none:`—`},bulk:{label:`Bulk assign`,selected:`{n} selected`,agent:`Assign to`,choose:`Choose an agent`,assign:`Assign`,assigning:`Assigning…`,done:`{n} case assigned. | {n} cases assigned.`,failed:`{n} not assigned: {reason}`,clear:`Clear selection`},pager:{label:`Pages`,previous:`Previous`,next:`Next`},empty:{noneTitle:`No cases here`,mine:`No case is assigned to you right now. New detractors are assigned in turn; you can also take one from "Unassigned".`,team:`Your team has no cases right now.`,unassigned:`Every case has someone working on it.`,breached:`No case has breached its SLA. Well done.`,warnings:`No account warnings. When an account’s health falls or its usage drops, a warning opens a case for its CS manager.`,all:`No cases yet. A case opens by itself when a respondent gives a low score (NPS 0–6); you can also open one from an answer on the Responses page.`,filteredTitle:`No case matches these filters`,filteredBody:`Try other filters, or clear them.`,pastEnd:`There are no more cases after this page.`},notFound:{title:`This case was not found`,body:`It may belong to another organisation, or the link is wrong.`,back:`Back to cases`},detail:{title:`Case of {name}`,back:`Back to cases`,summary:`Case summary`,status:`Status`,team:`Team`,assignee:`Assignee`,opened:`Opened`,source:`Source`,sources:{rule:`Automation rule`,manual:`Opened by hand`,warning:`Account warning`},firstContacted:`First contact`,notYet:`Not yet`,resolutionReason:`Resolution`,rootCause:`Root-cause topic`,moves:`Work the case`,moveTo:`Move to "{status}"`,reopen:`Reopen`,noMoves:`This case is finished: its status no longer changes.`,moving:`Updating…`,reasonTitle:`Move to "{status}"`,reason:`Resolution reason`,reasonHint:`Needed to close (the reason given when resolving carries over). At most 500 characters.`,rootCauseTopic:`Root-cause topic (optional)`,noTopic:`None`,confirm:`Confirm`,cancel:`Cancel`,refused:`The status could not change: {message}`,assign:`Assign`,assignTo:`Assign to`,reassign:`Reassign`,agentLoad:`{name} ({open}/{cap}{away})`,away:`, away`,noAgents:`There are no agents yet. Ask an admin to add team members in the settings.`,assigning:`Assigning…`,assignFailed:`Could not assign: {message}`,response:`Answer`,survey:`Survey`,submitted:`Submitted`,analysis:`Analysis`,sentiment:`Sentiment`,keywords:`Keywords`,notAnalysed:`The comment has not been analysed yet.`,answers:`Other answers`,respondent:`Respondent`,externalId:`External id`,verified:`Verified identity`,unverified:`Unverified identity`,attributes:`Attributes`,noAttributes:`No attributes`,earlier:`Earlier answers`,noEarlier:`This is the respondent's first answer.`,resurvey:`Re-survey`,resurveyNone:`Resolving the case issues a re-survey link to send the customer, asking whether the problem is solved.`,resurveyLink:`Re-survey link`,copy:`Copy link`,copied:`Copied`,copyFailed:`Could not copy: select the link and copy it by hand.`,resurveyWaiting:`The customer has not answered the re-survey yet.`,resurveyAnswer:`The customer's re-survey score: {score}`,notes:`Notes`,note:`Add a note`,addNote:`Add`,adding:`Adding…`,noteRequired:`Write the note first.`,timeline:`Timeline`},warning:{label:`Account warning`,mark:`Warning`,reasonLine:`Warning: {reason}`,noAccount:`(account removed)`,title:`Account warning`,account:`Account`,owner:`CS manager`,renewal:`Renewal`,reason:`Reason`,figures:`What triggered it`,noResurvey:`Account warnings get no re-survey (there is no respondent).`},reasons:{band_drop:`Health band dropped`,score_fall:`Health score fell`,no_login:`No recent logins`,usage_drop:`Usage dropped`,renewal_risk:`Renewal at risk`,complaints:`More complaints`,churn_intent:`Intent to churn`},trail:{system:`The system`,rule:`The automation rule`,someone:`someone`,aTeam:`a team`,aTopic:`a topic`,created:`{actor} opened the case`,status:`{actor} moved it from "{from}" to "{to}"`,assigned:`{actor} assigned it to {to}`,reassigned:`{actor} reassigned it from {from} to {to}`,team:`{actor} routed it to the team "{to}"`,note:`{actor} added a note`,rootCause:`{actor} recorded the root cause "{to}"`,resurvey:`{actor} sent the re-survey`,resurveySkipped:`No re-survey: an account warning has no respondent to ask`,resurveyAnswered:`The customer answered the re-survey: score {score}`,breachContact:`The first-contact SLA was breached`,breachResolve:`The resolution SLA was breached`,escalation:`Escalated to level {level}`,other:`{actor}: {kind}`}}},vy={distributions:{title:`邮件发送`,intro:`把问卷发到收件人的邮箱：每人一个专属链接，NPS、CSAT、CES 问卷可在邮件里一键打分；可设置提醒，退订会被遵守。`,empty:`还没有发送过邮件。`,inactive:`问卷发布后才能发送邮件。`,readOnly:`只有管理员和分析师可以发送邮件。`,status:{SCHEDULED:`已计划`,SENDING:`发送中`,SENT:`已发送`,CANCELLED:`已取消`},figures:{recipients:`收件人`,sent:`已发送`,failed:`失败`,clicked:`已点击`,answered:`已回答`,unsubscribed:`已退订`,rate:`回答率`},sendAt:`发送时间`,reminders:`提醒：{hours} 小时后，最多 {n} 次`,noReminders:`不提醒`,failedList:`发送失败的收件人`,cancel:`取消发送`,cancelled:`已取消：尚未发出的邮件不会再发送。`,form:{title:`新建发送`,recipients:`收件人`,recipientsHint:`每行一个：邮箱，或 邮箱,姓名；也可以粘贴带表头的 CSV（email、name、externalId、account，其余列作为属性）。`,upload:`上传 CSV 文件`,subject:`邮件主题（可选）`,body:`邮件正文（可选）`,templateHint:`可用占位符：{'{name}'}、{'{survey}'}、{'{link}'}。留空则使用问卷语言的默认文案。`,sendAt:`计划发送时间（可选，留空立即发送）`,remindAfterHours:`未回答时多少小时后提醒`,maxReminders:`最多提醒次数`,submit:`发送`,sending:`正在创建…`,created:`已创建，共 {n} 位收件人。`,rowErrors:`有 {n} 处问题，没有创建任何发送：`}}},yy={distributions:{title:`E-mail distributions`,intro:`Send the survey to people’s inboxes: each gets a personal link, NPS, CSAT and CES surveys can be scored with one click in the mail, reminders are optional and unsubscribes are honoured.`,empty:`Nothing has been sent by e-mail yet.`,inactive:`Publish the survey to send it by e-mail.`,readOnly:`Only admins and analysts can send e-mails.`,status:{SCHEDULED:`Scheduled`,SENDING:`Sending`,SENT:`Sent`,CANCELLED:`Cancelled`},figures:{recipients:`Recipients`,sent:`Sent`,failed:`Failed`,clicked:`Clicked`,answered:`Answered`,unsubscribed:`Unsubscribed`,rate:`Response rate`},sendAt:`Send time`,reminders:`Reminders: after {hours} h, at most {n}`,noReminders:`No reminders`,failedList:`Recipients whose mail failed`,cancel:`Cancel sending`,cancelled:`Cancelled: mails not yet sent will not be sent.`,form:{title:`New distribution`,recipients:`Recipients`,recipientsHint:`One per line: e-mail, or e-mail,name; or paste a CSV with a header (email, name, externalId, account; other columns become attributes).`,upload:`Upload a CSV file`,subject:`Subject (optional)`,body:`Body (optional)`,templateHint:`Placeholders: {'{name}'}, {'{survey}'}, {'{link}'}. Left empty: the survey language’s default wording.`,sendAt:`Send at (optional; empty: now)`,remindAfterHours:`Remind non-responders after (hours)`,maxReminders:`At most this many reminders`,submit:`Send`,sending:`Creating…`,created:`Created, {n} recipients.`,rowErrors:`Nothing was created. Problems found: {n}`}}},by={responsesPage:{title:`反馈`,count:`共 {n} 条回答`,export:`导出 CSV`,exporting:`正在导出…`,exportFailed:`导出失败：{reason}`,invalidFilter:`筛选条件无效：{reason}`,filters:{label:`筛选回答`,any:`全部`,search:`搜索评论`,searchPlaceholder:`关键词，如：配送 慢`,searchSubmit:`搜索`,channel:`渠道`,npsCategory:`NPS 类别`,score:`评分范围`,minScore:`最低分`,maxScore:`最高分`,scoreInvalid:`评分需为 {min}–{max} 的整数，且最低分不高于最高分。`,hasComment:`评论`,withComment:`有评论`,withoutComment:`无评论`,topic:`主题`,topicFromLink:`链接中的主题`,sentiment:`情感`,attributes:`按细分属性筛选`,attribute:`细分属性`,chooseAttribute:`选择属性`,noAttributes:`暂无属性`,attributeValue:`取值`,addAttribute:`添加筛选`,attributeMissing:`请选择属性并填写取值。`,tooManyAttributes:`最多同时按 {n} 个属性筛选。`,removeAttribute:`移除筛选 {name} = {value}`,clear:`清除筛选`},channels:{WIDGET:`网页小部件`,LINK:`问卷链接`,EMAIL:`邮件`,API:`API`,IMPORT:`导入`},categories:{PROMOTER:`推荐者`,PASSIVE:`中立者`,DETRACTOR:`贬损者`},sentiments:{POSITIVE:`正面`,NEUTRAL:`中性`,NEGATIVE:`负面`},caseStatuses:{NEW:`新建`,ASSIGNED:`已分配`,IN_PROGRESS:`处理中`,WAITING_CUSTOMER:`等待客户回复`,RESOLVED:`已解决`,CLOSED:`已关闭`,CANCELLED:`已取消`},table:{caption:`回答列表，最新的在前`,submitted:`提交时间`,survey:`问卷`,score:`评分`,comment:`评论`,topic:`主题`,sentiment:`情感`,channel:`渠道`,open:`查看回答详情`,noComment:`（无评论）`,partial:`未完成`},pager:{label:`分页`,previous:`上一页`,next:`下一页`,page:`第 {n} 页`},empty:{noneTitle:`还没有回答`,noneBody:`客户提交的每一条回答都会出现在这里，附带评论的分析结果。开始收集反馈：`,step1:`在“问卷”页创建一份 NPS 问卷并发布。`,step2:`把网页小部件嵌入你的产品，或把问卷链接发给客户；也可以通过 API（submitResponse）提交或导入历史数据。`,step3:`回答提交后几秒内就会在这里出现。想先看看效果，可以运行 make run 加载演示数据。`,toSurveys:`前往问卷页`,noMatchTitle:`没有符合条件的回答`,noMatchBody:`换一个更长的时间范围，或放宽筛选条件。`,pastEnd:`这一页之后没有更多回答了。`},notFound:{title:`找不到这些回答`,body:`链接中的问卷或主题不存在，或者不属于你的组织。`,back:`查看全部回答`},detail:{title:`回答详情`,close:`关闭详情`,notFoundTitle:`找不到这条回答`,notFoundBody:`它不存在，或者不属于你的组织。`,survey:`问卷`,submitted:`提交时间`,channel:`渠道`,locale:`语言`,page:`所在页面`,completeness:`完整性`,completed:`完整回答`,partial:`部分回答（只提交了评分）`,answers:`回答内容`,score:`评分`,comment:`评论`,noComment:`没有填写评论`,analysis:`文本分析`,nothingToAnalyse:`这条回答没有评论，没有可分析的文字。`,notAnalysed:`评论还没有分析完成（通常在提交后几秒内完成）。`,sentiment:`情感`,sentimentScale:`（−1 负面 … 1 正面）`,topic:`主题`,noTopic:`未归入任何主题`,topicProbability:`归属概率 {p}`,keywords:`关键词`,tokens:`分词`,respondent:`回答者`,anonymous:`匿名回答：没有回答者信息。`,externalId:`外部 ID`,identity:`身份`,verified:`已验证（身份令牌签名有效）`,unverified:`未验证（由页面自行传入）`,attributes:`细分属性`,attribute:`属性`,value:`取值`,noAttributes:`没有细分属性。`,case:`跟进工单`,noCase:`没有为这条回答创建跟进工单。`,caseStatus:`状态`,assignee:`处理人`,unassigned:`未分配`,caseOpened:`创建时间`}}},xy={responsesPage:{title:`Responses`,count:`{n} response | {n} responses`,export:`Export CSV`,exporting:`Exporting…`,exportFailed:`The export failed: {reason}`,invalidFilter:`The filter is not valid: {reason}`,filters:{label:`Filter responses`,any:`Any`,search:`Search comments`,searchPlaceholder:`Words, e.g. slow delivery`,searchSubmit:`Search`,channel:`Channel`,npsCategory:`NPS category`,score:`Score range`,minScore:`Lowest score`,maxScore:`Highest score`,scoreInvalid:`Scores are whole numbers from {min} to {max}, the lowest no higher than the highest.`,hasComment:`Comment`,withComment:`With a comment`,withoutComment:`Without a comment`,topic:`Topic`,topicFromLink:`Topic from the link`,sentiment:`Sentiment`,attributes:`Filter by segment attribute`,attribute:`Segment attribute`,chooseAttribute:`Choose an attribute`,noAttributes:`No attributes yet`,attributeValue:`Value`,addAttribute:`Add filter`,attributeMissing:`Choose an attribute and enter a value.`,tooManyAttributes:`At most {n} attribute filters at once.`,removeAttribute:`Remove the filter {name} = {value}`,clear:`Clear filters`},channels:{WIDGET:`Web widget`,LINK:`Survey link`,EMAIL:`E-mail`,API:`API`,IMPORT:`Import`},categories:{PROMOTER:`Promoter`,PASSIVE:`Passive`,DETRACTOR:`Detractor`},sentiments:{POSITIVE:`Positive`,NEUTRAL:`Neutral`,NEGATIVE:`Negative`},caseStatuses:{NEW:`New`,ASSIGNED:`Assigned`,IN_PROGRESS:`In progress`,WAITING_CUSTOMER:`Waiting for the customer`,RESOLVED:`Resolved`,CLOSED:`Closed`,CANCELLED:`Cancelled`},table:{caption:`Responses, newest first`,submitted:`Submitted`,survey:`Survey`,score:`Score`,comment:`Comment`,topic:`Topic`,sentiment:`Sentiment`,channel:`Channel`,open:`Show the response`,noComment:`(no comment)`,partial:`Partial`},pager:{label:`Pages`,previous:`Previous page`,next:`Next page`,page:`Page {n}`},empty:{noneTitle:`No responses yet`,noneBody:`Every answer your customers submit shows here, with the analysis of its comment. To start collecting feedback:`,step1:`Create an NPS survey on the Surveys page and publish it.`,step2:`Embed the web widget in your product, or send customers the survey link; answers can also come through the API (submitResponse) or an import of past data.`,step3:`Answers show here seconds after they are submitted. To try it first, run make run to load the demo data.`,toSurveys:`Go to Surveys`,noMatchTitle:`No responses match`,noMatchBody:`Choose a longer period, or loosen the filters.`,pastEnd:`There are no more responses after this page.`},notFound:{title:`These responses cannot be found`,body:`The survey or topic in the link does not exist, or belongs to another organisation.`,back:`Show all responses`},detail:{title:`Response`,close:`Close the response`,notFoundTitle:`This response cannot be found`,notFoundBody:`It does not exist, or belongs to another organisation.`,survey:`Survey`,submitted:`Submitted`,channel:`Channel`,locale:`Language`,page:`Page`,completeness:`Completeness`,completed:`Complete`,partial:`Partial (only the score was submitted)`,answers:`Answers`,score:`Score`,comment:`Comment`,noComment:`No comment given`,analysis:`Text analysis`,nothingToAnalyse:`This response has no comment, so there is no text to analyse.`,notAnalysed:`The comment has not been analysed yet (that usually takes a few seconds).`,sentiment:`Sentiment`,sentimentScale:`(−1 negative … 1 positive)`,topic:`Topic`,noTopic:`In no topic`,topicProbability:`probability {p}`,keywords:`Keywords`,tokens:`Tokens`,respondent:`Respondent`,anonymous:`Anonymous: no respondent information.`,externalId:`External ID`,identity:`Identity`,verified:`Verified (a valid signed identity token)`,unverified:`Not verified (as the page passed it)`,attributes:`Segment attributes`,attribute:`Attribute`,value:`Value`,noAttributes:`No segment attributes.`,case:`Follow-up case`,noCase:`No follow-up case was opened for this response.`,caseStatus:`Status`,assignee:`Assignee`,unassigned:`Unassigned`,caseOpened:`Opened`}}},Sy={settingsLoop:{adminOnlyTitle:`只有管理员可以打开这里`,adminOnlyBody:`这一页的设置只对管理员开放。需要修改时，请联系团队的管理员。`,fieldError:`{message}`,save:`保存`,savedAt:`已保存。`,actions:`操作`,yes:`确定`,cancel:`取消`,more:`加载更多`,teams:{title:`团队与坐席`,intro:`团队接收客户回访工单：按路由规则分给团队，团队内轮流分给在岗、且未到上限的坐席。`,emptyTitle:`还没有团队`,emptyBody:`在下面新建一个团队并设为默认团队，再把坐席加进来，差评就会自动分配给他们。`,emptyNoAgents:`先在“用户”里添加角色为坐席的同事，再新建团队并把他们加进来。`,default:`默认团队`,leadIs:`组长：{name}`,fallbackIs:`兜底负责人：{name}`,nobody:`未设置`,noMembers:`这个团队还没有坐席。在下面添加。`,agent:`坐席`,available:`在岗`,yesAvailable:`在岗`,away:`不在岗`,cap:`未结工单上限`,capOf:`{name} 的未结工单上限`,capSaved:`{name} 的上限改为 {n}。已分配的工单不变。`,lastAssigned:`上次分配`,never:`从未`,addAgent:`添加坐席`,chooseAgent:`选择坐席`,noCandidates:`没有可添加的坐席`,add:`添加`,pickAgent:`请选择一位坐席。`,capRange:`上限是 1 到 1000 之间的整数。`,memberAdded:`已把 {name} 加入 {team}。`,nowAvailable:`{name} 现在在岗，会接到新工单。`,nowAway:`{name} 现在不在岗，不再接新工单。`,newTeam:`新建团队`,name:`团队名称`,leadLabel:`组长`,fallback:`兜底负责人`,makeDefault:`设为默认团队`,create:`新建团队`,nameNeeded:`请填写团队名称。`,created:`已新建团队 {name}。`,routing:`路由规则`,routingHint:`按回答者的分群属性（如 plan、region）把工单分给团队，从上到下依次匹配；都不匹配时交给默认团队。`,noRules:`还没有路由规则，所有工单都交给默认团队。`,attribute:`属性`,value:`取值`,team:`团队`,chooseTeam:`选择团队`,addRule:`添加规则`,attributeNeeded:`请填写属性名，例如 plan。`,valueNeeded:`请填写取值，例如 enterprise。`,teamNeeded:`请选择团队。`,ruleAdded:`已添加规则：{attribute} = {value}。`,deleteRule:`删除`,deleteRuleOf:`删除（{attribute} = {value}）`,confirmDelete:`删除这条规则？`,ruleDeleted:`已删除规则：{attribute} = {value}。`,editTeam:`编辑团队`,editTeamOf:`编辑团队 {name}`,save:`保存`,saved:`已保存团队 {name}。`,deleteTeam:`删除团队`,confirmDeleteTeam:`删除团队“{name}”？`,deleted:`已删除团队 {name}。`,inUse:`这个团队还在使用：默认团队、还有未结工单或有路由规则指向它的团队不能删除。请先设另一个默认团队、转走未结工单并删除它的路由规则。`,remove:`移出`,removeOf:`把 {name} 移出团队`,confirmRemove:`把 {name} 移出团队？已分配给 TA 的工单不变。`,memberRemoved:`已把 {name} 移出 {team}。已分配给 TA 的工单仍由 TA 处理。`},automation:{title:`自动化规则`,lead:`规定哪些回答会自动开出回访工单：分数或情绪低于阈值的回答。可以给整个组织设一条，也可以给某份问卷单独设。`,scope:`适用范围`,orgWide:`整个组织`,unknownSurvey:`（已删除的问卷）`,ruleOf:`问卷“{name}”的规则`,orgRule:`组织的默认规则`,inherits:`这份问卷还没有自己的规则，正在沿用组织的规则。保存后它会有自己的规则。`,builtIn:`这是系统内置的默认值，保存后成为组织自己的规则。`,own:`这份问卷有自己的规则。`,orgHint:`没有单独规则的问卷都使用这条规则。`,enabled:`自动开工单`,fields:{npsMax:`NPS 不高于`,csatMax:`CSAT 不高于`,cesMin:`CES 不低于`,sentimentMax:`情绪不高于`,reopenDays:`重新打开期（天）`},hints:{npsMax:`0–10；留空则不按 NPS 开单。`,csatMax:`1–5；留空则不按 CSAT 开单。`,cesMin:`1–7；留空则不按 CES 开单。`,sentimentMax:`-1 到 1；留空则不按情绪开单。`,reopenDays:`0–365；同一客户在此期间再次不满时重新打开原工单。`},range:`请填写 {min} 到 {max} 之间的数。`,saveOwn:`保存为这份问卷的规则`,slaLink:`时限设置`,overrides:`有单独规则的问卷`,noOverrides:`没有问卷单独设置规则，都使用组织的规则。`,on:`开启`,off:`关闭`},sla:{title:`SLA 时限`,lead:`每张工单从开单起计时：首次联系客户和解决问题各有时限。剩余不到四分之一时显示为琥珀色，超时显示为红色。`,orgTargets:`组织的时限`,targetsOf:`问卷“{name}”的时限`,inherits:`这份问卷还没有自己的规则，正在沿用组织的时限。保存后它会有自己的规则。`,firstContactHours:`首次联系时限（小时）`,resolveHours:`解决时限（小时）`,firstContactHoursHint:`开单后多少小时内联系客户。`,resolveHoursHint:`开单后多少小时内解决。`,clockRules:`等待客户回复时计时暂停；超时后按级别通知组长和管理员。`,hours:`{h} 小时`,days:`{d} 天`,daysHours:`{d} 天 {h} 小时`,problems:{positive:`请填写 1 到 8760 之间的整数小时。`,beforeFirst:`解决时限不能短于首次联系时限。`},all:`所有时限`,default:`内置默认`},webhooks:{title:`Webhook`,lead:`有事件发生时，VoC Loop 把事件以签名的 JSON POST 到你的地址；失败会按退避重试，可在投递记录里查看和重新投递。`,new:`新建 Webhook`,url:`接收地址`,events:`事件`,eventNames:{response_created:`收到回答`,case_created:`开出工单`,case_updated:`工单变化`,case_sla_breached:`工单超时`,case_account_warning:`客户预警开出工单`,action_status_changed:`改进行动状态变化`,action_shipped:`改进行动上线`,topic_emerging:`出现新话题`},create:`新建`,badUrl:`请填写 http:// 或 https:// 开头的完整地址。`,noEvents:`请至少选择一个事件。`,secretTitle:`签名密钥（只显示这一次）`,secretBody:`发往 {url} 的请求都用这个密钥签名。请现在复制保存；离开本页后无法再次查看，只能轮换。`,copy:`复制密钥`,copied:`已复制到剪贴板。`,secretDone:`我已保存`,emptyTitle:`还没有 Webhook`,emptyBody:`在上面填写接收地址并选择事件，新建第一个 Webhook。`,list:`共 {n} 个 Webhook`,state:`状态`,active:`启用`,inactive:`停用`,created:`创建时间`,log:`投递记录`,activate:`启用`,deactivate:`停用`,rotate:`轮换密钥`,editEvents:`修改事件`,editEventsOf:`修改事件（{url}）`,eventsSaved:`已更新 {url} 的事件。`,delete:`删除`,confirm:{delete:`删除这个 Webhook 和它的投递记录？`,rotate:`生成新密钥？之后的投递改用新密钥签名。`},activated:`已启用 {url}。`,deactivated:`已停用 {url}。`,deleted:`已删除 {url}。`,logOf:`{url} 的投递记录`,status:`状态`,anyStatus:`全部状态`,statuses:{PENDING:`待投递`,SUCCEEDED:`成功`,FAILED:`失败`},refresh:`刷新`,noDeliveries:`还没有投递。发生订阅的事件后，这里会显示每次投递。`,noDeliveriesFiltered:`没有这个状态的投递。`,deliveryCount:`共 {n} 次投递`,event:`事件`,attempts:`尝试次数`,code:`状态码`,lastError:`最近错误`,createdAt:`产生时间`,deliveredAt:`送达`,nextAttempt:`下次尝试 {at}`,redeliver:`重新投递`,redelivering:`已安排重新投递。`},vocabulary:{title:`词库`,lead:`产品词保证分词时不被拆开（如 会员卡、闪退）；停用词在关键词和话题里被忽略。修改对之后的分析和话题拟合生效。`,productTerms:`产品词`,stopWords:`停用词`,productTermsHint:`每行一个，每个最多 {max} 个字。`,stopWordsHint:`每行一个，每个最多 {max} 个字。`,count:`{n} 个`,tooLong:`“{word}”太长：每个词最多 {max} 个字。`,saved:`已保存：{terms} 个产品词，{stop} 个停用词。`}}},Cy={settingsLoop:{adminOnlyTitle:`Only admins can open this page`,adminOnlyBody:`These settings are for admins. Ask an admin of your team when something needs to change.`,fieldError:`{message}`,save:`Save`,savedAt:`Saved.`,actions:`Actions`,yes:`Confirm`,cancel:`Cancel`,more:`Load more`,teams:{title:`Teams and agents`,intro:`Teams take the follow-up cases: routing rules pick the team, and within it cases go round-robin to available agents under their cap.`,emptyTitle:`No teams yet`,emptyBody:`Create a team below, make it the default, and add your agents: detractors’ cases will then be assigned to them.`,emptyNoAgents:`First add colleagues with the agent role under Users, then create a team and add them.`,default:`Default team`,leadIs:`Lead: {name}`,fallbackIs:`Fallback owner: {name}`,nobody:`None`,noMembers:`This team has no agents yet. Add one below.`,agent:`Agent`,available:`Available`,yesAvailable:`Available`,away:`Away`,cap:`Cap of open cases`,capOf:`Cap of open cases of {name}`,capSaved:`{name}’s cap is now {n}. Cases already assigned stay.`,lastAssigned:`Last assigned`,never:`Never`,addAgent:`Add an agent`,chooseAgent:`Choose an agent`,noCandidates:`No agent left to add`,add:`Add`,pickAgent:`Choose an agent.`,capRange:`The cap is a whole number from 1 to 1000.`,memberAdded:`{name} joined {team}.`,nowAvailable:`{name} is available and takes new cases.`,nowAway:`{name} is away and takes no new cases.`,newTeam:`New team`,name:`Team name`,leadLabel:`Team lead`,fallback:`Fallback owner`,makeDefault:`Make it the default team`,create:`Create team`,nameNeeded:`Give the team a name.`,created:`Team {name} created.`,routing:`Routing rules`,routingHint:`Send cases to a team by the respondent’s segment attribute (plan, region …). Rules are tried top to bottom; cases no rule matches go to the default team.`,noRules:`No routing rules yet: every case goes to the default team.`,attribute:`Attribute`,value:`Value`,team:`Team`,chooseTeam:`Choose a team`,addRule:`Add rule`,attributeNeeded:`Name the attribute, e.g. plan.`,valueNeeded:`Give the value, e.g. enterprise.`,teamNeeded:`Choose a team.`,ruleAdded:`Rule added: {attribute} = {value}.`,deleteRule:`Delete`,deleteRuleOf:`Delete ({attribute} = {value})`,confirmDelete:`Delete this rule?`,ruleDeleted:`Rule deleted: {attribute} = {value}.`,editTeam:`Edit team`,editTeamOf:`Edit team {name}`,save:`Save`,saved:`Team {name} saved.`,deleteTeam:`Delete team`,confirmDeleteTeam:`Delete the team “{name}”?`,deleted:`Team {name} deleted.`,inUse:`This team is still in use: the default team, a team with open cases or one that routing rules send cases to cannot be deleted. Make another team the default, move its open cases and delete its routing rules first.`,remove:`Remove`,removeOf:`Remove {name} from the team`,confirmRemove:`Remove {name} from the team? Cases already assigned to them stay theirs.`,memberRemoved:`{name} removed from {team}. Cases already assigned to them stay theirs.`},automation:{title:`Automation rules`,lead:`Which answers open a follow-up case on their own: scores or sentiment at or below a threshold. One rule for the organisation, and a survey may have its own.`,scope:`Applies to`,orgWide:`The whole organisation`,unknownSurvey:`(deleted survey)`,ruleOf:`Rule of the survey “{name}”`,orgRule:`The organisation’s rule`,inherits:`This survey has no rule of its own and follows the organisation’s. Saving gives it its own.`,builtIn:`These are the built-in defaults; saving makes them the organisation’s own rule.`,own:`This survey has its own rule.`,orgHint:`Every survey without its own rule follows this one.`,enabled:`Open cases automatically`,fields:{npsMax:`NPS at most`,csatMax:`CSAT at most`,cesMin:`CES at least`,sentimentMax:`Sentiment at most`,reopenDays:`Reopen window (days)`},hints:{npsMax:`0–10; empty: NPS opens no case.`,csatMax:`1–5; empty: CSAT opens no case.`,cesMin:`1–7; empty: CES opens no case.`,sentimentMax:`-1 to 1; empty: sentiment opens no case.`,reopenDays:`0–365; the same customer unhappy again within it reopens their case.`},range:`Enter a number from {min} to {max}.`,saveOwn:`Save as this survey’s rule`,slaLink:`SLA targets`,overrides:`Surveys with their own rule`,noOverrides:`No survey has its own rule; all follow the organisation’s.`,on:`On`,off:`Off`},sla:{title:`SLA policy`,lead:`Every case’s clocks start when it opens: one to the first contact, one to its resolution. Under a quarter left shows amber; past the target, red.`,orgTargets:`The organisation’s targets`,targetsOf:`Targets of the survey “{name}”`,inherits:`This survey has no rule of its own and follows the organisation’s targets. Saving gives it its own.`,firstContactHours:`First contact within (hours)`,resolveHours:`Resolved within (hours)`,firstContactHoursHint:`Hours after opening to contact the customer.`,resolveHoursHint:`Hours after opening to resolve the case.`,clockRules:`The clocks pause while waiting on the customer; a breach notifies the team lead, then the admins.`,hours:`{h} h`,days:`{d} d`,daysHours:`{d} d {h} h`,problems:{positive:`Enter whole hours from 1 to 8760.`,beforeFirst:`Resolution cannot come before the first contact.`},all:`All targets`,default:`Built-in default`},webhooks:{title:`Webhooks`,lead:`When an event happens, VoC Loop POSTs it as signed JSON to your URL; failures are retried with backoff, and the delivery log shows each one and redelivers.`,new:`New webhook`,url:`URL`,events:`Events`,eventNames:{response_created:`Response received`,case_created:`Case opened`,case_updated:`Case changed`,case_sla_breached:`Case breached its SLA`,case_account_warning:`Account warning opened a case`,action_status_changed:`Action status changed`,action_shipped:`Action shipped`,topic_emerging:`Emerging topic`},create:`Create`,badUrl:`Enter a full URL starting with http:// or https://.`,noEvents:`Choose at least one event.`,secretTitle:`Signing secret (shown this once)`,secretBody:`Requests to {url} are signed with this secret. Copy it now: it cannot be shown again, only rotated.`,copy:`Copy secret`,copied:`Copied to the clipboard.`,secretDone:`I have saved it`,emptyTitle:`No webhooks yet`,emptyBody:`Enter a URL above and choose its events to create the first one.`,list:`{n} webhook | {n} webhooks`,state:`State`,active:`Active`,inactive:`Inactive`,created:`Created`,log:`Delivery log`,activate:`Activate`,deactivate:`Deactivate`,rotate:`Rotate secret`,editEvents:`Edit events`,editEventsOf:`Edit events of {url}`,eventsSaved:`Events of {url} updated.`,delete:`Delete`,confirm:{delete:`Delete this webhook and its delivery log?`,rotate:`Make a new secret? Coming deliveries are signed with it.`},activated:`{url} activated.`,deactivated:`{url} deactivated.`,deleted:`{url} deleted.`,logOf:`Delivery log of {url}`,status:`Status`,anyStatus:`Any status`,statuses:{PENDING:`Pending`,SUCCEEDED:`Succeeded`,FAILED:`Failed`},refresh:`Refresh`,noDeliveries:`No deliveries yet. Each one shows here once a subscribed event happens.`,noDeliveriesFiltered:`No deliveries with this status.`,deliveryCount:`{n} delivery | {n} deliveries`,event:`Event`,attempts:`Attempts`,code:`Status code`,lastError:`Last error`,createdAt:`Created`,deliveredAt:`Delivered`,nextAttempt:`Next try {at}`,redeliver:`Redeliver`,redelivering:`Redelivery scheduled.`},vocabulary:{title:`Vocabulary`,lead:`Product terms are never split by the tokenizer (product names such as “membership card”); stop words are ignored in keywords and topics. Changes apply to new analyses and topic fits.`,productTerms:`Product terms`,stopWords:`Stop words`,productTermsHint:`One per line, at most {max} characters each.`,stopWordsHint:`One per line, at most {max} characters each.`,count:`{n} word | {n} words`,tooLong:`“{word}” is too long: at most {max} characters a word.`,saved:`Saved: {terms} product terms, {stop} stop words.`}}},wy={settingsShell:{title:`设置`,navLabel:`设置分区`,nav:{users:`成员与邀请`,apiKeys:`API 密钥`,identity:`身份密钥`,organization:`组织`,teams:`团队与分配`,automation:`自动化规则`,sla:`SLA 策略`,webhooks:`Webhook`,vocabulary:`词库`},forbiddenTitle:`无权访问设置`,forbiddenBody:`只有管理员可以打开设置。如需修改成员、密钥或组织信息，请联系团队的管理员。`,home:`返回概览`},peopleSettings:{roles:{ADMIN:`管理员`,ANALYST:`分析师`,AGENT:`客服`,VIEWER:`只读`},roleHints:{ADMIN:`可管理一切，包括设置`,ANALYST:`管理问卷和改进行动`,AGENT:`处理跟进工单`,VIEWER:`只能查看`},cancel:`取消`,copy:`复制`,copied:`已复制到剪贴板。`,copyFailed:`无法自动复制，请选中文本后手动复制。`,dismiss:`我已保存，关闭`,more:`加载更多`,never:`从未`,errors:{VALIDATION_name:`请填写名称（不超过 200 个字符）。`,VALIDATION_email:`请填写有效的邮箱地址。`,DUPLICATE_email:`已有成员使用这个邮箱。`,DUPLICATE_name:`已有其他组织使用这个名称。`,VALIDATION_timezone:`请选择列表中的时区。`,LAST_ADMIN:`组织至少要保留一位启用中的管理员：请先把其他人设为管理员。`,SELF:`不能停用你自己。`,DEACTIVATED:`该成员已停用，请先重新启用。`,NOT_FOUND:`找不到该对象，可能已被删除。请刷新页面。`},users:{title:`成员与邀请`,intro:`邀请同事加入组织，调整角色，或停用离开团队的成员。`,invite:`邀请成员`,name:`姓名`,email:`邮箱`,role:`角色`,send:`生成邀请链接`,sending:`正在生成…`,linkTitle:`{name} 的邀请链接`,linkOnce:`链接只显示这一次，{until} 前有效，只能使用一次。请复制后发给对方；对方打开后设置密码即可登录。`,linkLabel:`邀请链接（一次性）`,count:`共 {n} 位成员`,columns:{name:`姓名`,email:`邮箱`,role:`角色`,status:`状态`,actions:`操作`},you:`（你）`,statuses:{INVITED:`已邀请`,ACTIVE:`启用`,DEACTIVATED:`已停用`},roleOf:`{name} 的角色`,changeRole:`改为 {role}？`,changeRoleHint:`降低角色会让对方在所有设备上退出登录。`,confirmRole:`确认修改`,roleChanged:`{name} 现在是{role}。`,roleChangedEnded:`{name} 现在是{role}，已结束 {n} 个登录会话。`,deactivate:`停用`,deactivateConfirm:`停用 {name}？对方将无法登录，所有会话和 API 密钥立即失效；其处理过的工单和记录会保留。`,deactivateYes:`确认停用`,deactivated:`已停用 {name}（结束 {sessions} 个会话，吊销 {keys} 个密钥）。`,reactivate:`重新启用`,reactivated:`{name} 已重新启用，可以用原密码登录。`,revokeSessions:`强制下线`,sessionsRevoked:`{name} 已在所有设备上退出（结束 {n} 个会话）。`,emptyTitle:`还没有其他成员`,emptyBody:`用上面的表单邀请第一位同事。`},apiKeys:{title:`API 密钥`,intro:`供你的系统调用 VoC Loop GraphQL API：请求时在 Authorization 头中写 Bearer 加一个空格，再加密钥。`,create:`新建密钥`,name:`名称`,namePlaceholder:`例如：数据仓库同步`,role:`角色`,submit:`创建密钥`,submitting:`正在创建…`,keyTitle:`新密钥“{name}”`,keyOnce:`密钥只显示这一次，之后只能看到前缀。请现在复制并保存到安全的地方。`,keyLabel:`API 密钥（只显示一次）`,count:`共 {n} 个密钥`,columns:{name:`名称`,prefix:`前缀`,role:`角色`,user:`代表成员`,lastUsed:`最近使用`,status:`状态`,actions:`操作`},active:`有效`,revoked:`已吊销`,revoke:`吊销`,revokeConfirm:`吊销“{name}”？使用它的请求会立即被拒绝（401），此操作不能撤销。`,revokeYes:`确认吊销`,revokedSaid:`“{name}”已吊销。`,noUser:`—`,emptyTitle:`还没有 API 密钥`,emptyBody:`用上面的表单新建一个，供你的系统或脚本调用 API。`},identity:{title:`身份密钥`,intro:`你的产品用这个密钥（HS256）给受访者身份 JWT 签名，问卷组件据此确认“这位受访者就是你的用户”。请只在服务器端保存，不要放进前端代码。`,hidden:`密钥已隐藏。`,reveal:`显示密钥`,revealing:`正在读取…`,hide:`隐藏`,label:`身份密钥`,rotate:`轮换密钥`,rotateConfirm:`轮换后旧密钥立即失效：用旧密钥签名的身份令牌将无法验证，直到你的产品改用新密钥。确定轮换吗？`,rotateYes:`确认轮换`,rotated:`已生成新密钥。请更新你的产品服务器上的配置。`},organization:{title:`组织`,intro:`组织名称显示在控制台顶部，也是命令行 --org 参数使用的名称。时区决定报表按哪一天、哪一周统计。`,name:`组织名称`,timezone:`时区`,timezoneHint:`IANA 时区名称，例如 Asia/Shanghai。`,save:`保存`,saving:`正在保存…`,saved:`已保存。`,unchanged:`没有需要保存的修改。`}}},Ty={settingsShell:{title:`Settings`,navLabel:`Settings sections`,nav:{users:`Users and invitations`,apiKeys:`API keys`,identity:`Identity secret`,organization:`Organisation`,teams:`Teams and routing`,automation:`Automation rules`,sla:`SLA policy`,webhooks:`Webhooks`,vocabulary:`Vocabulary`},forbiddenTitle:`Settings are not available to you`,forbiddenBody:`Only admins can open the settings. Ask your team admin to change people, keys or the organisation.`,home:`Back to the overview`},peopleSettings:{roles:{ADMIN:`Admin`,ANALYST:`Analyst`,AGENT:`Agent`,VIEWER:`Viewer`},roleHints:{ADMIN:`manages everything, settings included`,ANALYST:`manages surveys and improvement actions`,AGENT:`works follow-up cases`,VIEWER:`reads only`},cancel:`Cancel`,copy:`Copy`,copied:`Copied to the clipboard.`,copyFailed:`Could not copy automatically: select the text and copy it yourself.`,dismiss:`I have saved it, close`,more:`Load more`,never:`never`,errors:{VALIDATION_name:`Enter a name (at most 200 characters).`,VALIDATION_email:`Enter a valid e-mail address.`,DUPLICATE_email:`Someone in your organisation already has this e-mail address.`,DUPLICATE_name:`Another organisation already has this name.`,VALIDATION_timezone:`Choose a time zone from the list.`,LAST_ADMIN:`The organisation needs at least one active admin: make someone else admin first.`,SELF:`You cannot deactivate yourself.`,DEACTIVATED:`This user is deactivated: reactivate them first.`,NOT_FOUND:`This no longer exists. Reload the page.`},users:{title:`Users and invitations`,intro:`Invite colleagues to your organisation, change their roles, or deactivate people who left the team.`,invite:`Invite someone`,name:`Name`,email:`E-mail`,role:`Role`,send:`Create invitation link`,sending:`Creating…`,linkTitle:`Invitation link for {name}`,linkOnce:`The link is shown only this once; it works once, until {until}. Copy it and send it to them: they open it, set a password and are signed in.`,linkLabel:`Invitation link (one-time)`,count:`{n} user | {n} users`,columns:{name:`Name`,email:`E-mail`,role:`Role`,status:`Status`,actions:`Actions`},you:` (you)`,statuses:{INVITED:`Invited`,ACTIVE:`Active`,DEACTIVATED:`Deactivated`},roleOf:`Role of {name}`,changeRole:`Make them {role}?`,changeRoleHint:`A lower role signs them out on every device.`,confirmRole:`Change role`,roleChanged:`{name} is now {role}.`,roleChangedEnded:`{name} is now {role}; {n} sessions ended.`,deactivate:`Deactivate`,deactivateConfirm:`Deactivate {name}? They can no longer sign in, and their sessions and API keys end now; the cases and records they worked on stay.`,deactivateYes:`Deactivate`,deactivated:`{name} is deactivated ({sessions} sessions ended, {keys} keys revoked).`,reactivate:`Reactivate`,reactivated:`{name} is active again and can sign in with their password.`,revokeSessions:`Sign out everywhere`,sessionsRevoked:`{name} is signed out everywhere ({n} sessions ended).`,emptyTitle:`No one else here yet`,emptyBody:`Invite your first colleague with the form above.`},apiKeys:{title:`API keys`,intro:`For your systems calling the VoC Loop GraphQL API: send the Authorization header as Bearer, a space, then the key.`,create:`New key`,name:`Name`,namePlaceholder:`e.g. data warehouse sync`,role:`Role`,submit:`Create key`,submitting:`Creating…`,keyTitle:`New key “{name}”`,keyOnce:`The key is shown only this once; afterwards only its prefix. Copy it now and keep it somewhere safe.`,keyLabel:`API key (shown once)`,count:`{n} key | {n} keys`,columns:{name:`Name`,prefix:`Prefix`,role:`Role`,user:`Acts as`,lastUsed:`Last used`,status:`Status`,actions:`Actions`},active:`Active`,revoked:`Revoked`,revoke:`Revoke`,revokeConfirm:`Revoke “{name}”? Requests with it are refused at once (401); this cannot be undone.`,revokeYes:`Revoke`,revokedSaid:`“{name}” is revoked.`,noUser:`—`,emptyTitle:`No API keys yet`,emptyBody:`Create one with the form above for your systems or scripts to call the API.`},identity:{title:`Identity secret`,intro:`Your product signs respondent identity JWTs (HS256) with this secret, so that the survey widget knows a respondent is your user. Keep it on your servers only, never in front-end code.`,hidden:`The secret is hidden.`,reveal:`Reveal secret`,revealing:`Reading…`,hide:`Hide`,label:`Identity secret`,rotate:`Rotate secret`,rotateConfirm:`The old secret stops working at once: identity tokens signed with it fail until your product signs with the new one. Rotate?`,rotateYes:`Rotate`,rotated:`A new secret is in place. Update your product servers’ configuration.`},organization:{title:`Organisation`,intro:`The name shows at the top of the console and is what the CLI’s --org takes. The time zone decides which day, week and month the figures count an answer in.`,name:`Organisation name`,timezone:`Time zone`,timezoneHint:`An IANA time zone name, e.g. Asia/Shanghai.`,save:`Save`,saving:`Saving…`,saved:`Saved.`,unchanged:`Nothing to save.`}}},Ey={surveysPage:{title:`问卷`,newTitle:`新建问卷`,create:`新建问卷`,filters:`筛选问卷`,status:`状态`,anyStatus:`全部状态`,includeSystem:`包括系统问卷（结案回访）`,statuses:{DRAFT:`草稿`,ACTIVE:`收集中`,PAUSED:`已暂停`,ARCHIVED:`已归档`},kinds:{NPS:`NPS 净推荐值`,CSAT:`CSAT 满意度`,CES:`CES 费力度`,FORM:`意见表单`},kindShort:{NPS:`NPS`,CSAT:`CSAT`,CES:`CES`,FORM:`表单`},system:`系统`,systemHint:`系统问卷由 VoC Loop 自动运行（例如结案后的回访），这里只能查看。`,count:`共 {n} 份问卷`,columns:{name:`名称`,kind:`类型`,status:`状态`,responses:`回答数`,displays:`展示次数`,rate:`回答率`,created:`创建时间`},more:`加载更多`,emptyTitle:`还没有问卷`,emptyBody:`新建一份 NPS 问卷，在右侧预览确认效果后发布，再把嵌入代码放进你的产品页面，或把问卷链接和二维码发给客户。`,emptyBodyReadOnly:`还没有问卷。请团队的管理员或分析师创建并发布问卷。`,emptyFilteredTitle:`没有符合条件的问卷`,emptyFilteredBody:`换一个状态，或勾选“包括系统问卷”。`,clearFilters:`清除筛选`,back:`返回问卷列表`,readOnly:`你的角色只能查看问卷；管理员和分析师可以编辑和发布。`,archivedNote:`这份问卷已归档，不能再修改或重新发布。`,cannotCreate:`你的角色不能新建问卷。请联系团队的管理员或分析师。`,sections:{basics:`基本信息`,questions:`问题`,distribution:`投放设置`,journey:`客户旅程`,share:`分享与嵌入`,preview:`实时预览`,figures:`数据`},name:`问卷名称`,namePlaceholder:`例如：下单后 NPS`,kind:`问卷类型`,locale:`问卷语言`,locales:{"zh-CN":`简体中文`,en:`English`},fixedAfterCreate:`创建后不能修改。`,mainQuestion:`主问题`,scale:`评分 {min}–{max}：{minLabel} … {maxLabel}`,formScale:`表单问卷没有评分，回答者直接填写文字。`,followUps:`按分数追问`,followUpsHint:`回答者打分后，根据分数段显示不同的追问。`,band:`分数段`,bandFrom:`最低分`,bandTo:`最高分`,followUpText:`追问（{from}–{to} 分）`,addFollowUp:`添加分数段`,removeFollowUp:`删除分数段 {from}–{to}`,extraQuestions:`附加问题`,extraHint:`打分和追问之后显示，可选。`,noExtra:`没有附加问题。`,addQuestion:`添加问题`,question:`问题 {n}`,questionText:`问题内容`,questionType:`题型`,questionId:`问题 ID`,questionIdHint:`导出和接口里用来标识答案，只能用字母、数字、_ 和 -。`,required:`必答`,types:{single_choice:`单选`,multiple_choice:`多选`,rating:`评分`,text:`文字`},options:`选项`,option:`选项 {n}`,addOption:`添加选项`,removeOption:`删除选项 {n}`,ratingMin:`最低分`,ratingMax:`最高分`,moveUp:`上移问题 {n}`,moveDown:`下移问题 {n}`,removeQuestion:`删除问题 {n}`,thankYou:`感谢语`,samplePercent:`抽样比例（%）`,sampleHint:`符合条件的访客中有多少比例会看到问卷。`,recontactDays:`再次打扰间隔（天）`,recontactHint:`同一位回答者回答后，多少天内不再显示。`,displayLimit:`最多展示次数`,displayLimitHint:`同一位访客最多看到几次（未回答时）。`,touchpoint:`旅程触点`,touchpointHint:`这份问卷在客户旅程的哪个环节提问：onboarding（开通上手）、usage（日常使用）、support（客服支持）、renewal（续约），或填写你们自己的叫法。概览可按触点对比 NPS。留空表示不设置。`,touchpoints:{onboarding:`开通上手`,usage:`日常使用`,support:`客服支持`,renewal:`续约`},allowedOrigins:`允许嵌入的网站`,allowedOriginsHint:`每行一个来源，例如 https://shop.example.com；留空表示任何网站都可以嵌入。`,save:`保存`,saving:`正在保存…`,saveAndPublish:`保存并发布`,publish:`发布`,resume:`恢复收集`,pause:`暂停`,archive:`归档`,archiveConfirm:`归档后问卷不再收集回答，也不能再修改或重新发布。确定归档吗？`,archiveYes:`确定归档`,cancel:`取消`,unsaved:`有未保存的修改`,saved:`已保存。`,published:`已发布，问卷开始收集回答。`,paused:`已暂停，问卷暂时不收集回答。`,archived:`已归档。`,created:`问卷已创建（草稿）。`,errorSummary:`请修改以下 {n} 处后再保存：`,previewHint:`预览使用真实的问卷小部件和当前（未保存的）内容；不会记录展示，也不会保存回答。`,previewLayout:`预览样式`,layouts:{popover:`网页弹窗`,page:`问卷链接页面`},restart:`重新开始预览`,previewFrame:`问卷预览`,hostedLink:`问卷链接`,hostedHint:`用于邮件、短信和微信。只有收集中的问卷可以填写。`,qr:`问卷链接二维码`,qrHint:`保存图片后可在微信中分享，扫码即打开问卷。`,downloadQr:`下载二维码`,embed:`嵌入代码`,embedHint:`把这行代码放进你网站页面的 HTML 中，问卷会以弹窗形式出现。`,copy:`复制`,copyLink:`复制链接`,copyEmbed:`复制嵌入代码`,copied:`已复制到剪贴板。`,copyFailed:`无法自动复制，请手动选中复制。`,notActive:`问卷尚未发布或已暂停：链接和嵌入代码暂时不会显示问卷。`,responses:`回答数`,displays:`展示次数`,rate:`回答率`,fieldErrors:{name:`请填写问卷名称（最多 200 个字符）。`,kind:`请选择问卷类型。`,locale:`问卷语言只能是简体中文或 English。`,question:`请填写主问题（最多 1000 个字符）。`,followUps:`按分数追问有误。表单问卷不能按分数追问。`,followUpBand:`分数段须在 {low}–{high} 分之内，最低分不高于最高分，且各分数段不能重叠。`,followUpText:`请填写追问内容（最多 1000 个字符）。`,questions:`附加问题有误（最多 50 个）。`,questionRange:`评分题须满足 0 ≤ 最低分 < 最高分 ≤ 10。`,questionId:`问题 ID 只能用字母、数字、_ 和 -（最多 64 个字符），且不能重复，也不能用 score 或 comment。`,questionType:`请选择题型。`,questionText:`请填写问题内容（最多 1000 个字符）。`,options:`选择题需要 2 到 30 个选项。`,option:`选项有误。`,optionId:`选项 ID 不能重复，只能用字母、数字、_ 和 -。`,optionLabel:`请填写选项内容（最多 1000 个字符）。`,thankYou:`请填写感谢语（最多 1000 个字符）。`,allowedOrigins:`每行一个来源，格式如 https://shop.example.com（不含路径）。`,samplePercent:`抽样比例须在 0 到 100 之间。`,recontactDays:`再次打扰间隔须在 0 到 3650 天之间。`,displayLimit:`最多展示次数须在 1 到 1000 之间。`,logicReference:`规则引用的题目、目标或隐藏字段不存在（可能已改名或删除）。`,logicType:`这个条件与所读题目的类型不符（例如选择题不能比大小，值须是该题的选项或分数）。`,logicOrder:`条件只能读取前面的题目，跳转只能跳到后面的题目。`,logicRule:`规则不完整：请选择动作、条件和值。`,hiddenField:`隐藏字段的键须以字母开头（字母、数字、_，最多 64 个字符），不能重复，也不能与问题 ID 相同。`},previewHidden:`预览用的{label}`,logic:{title:`逻辑`,none:`没有规则：总是显示此题。`,add:`添加规则`,when:`当`,actions:{SHOW:`仅在以下条件时显示此题`,SKIP_TO:`跳过此题，跳到`,END:`在此结束问卷`},ops:{EQUALS:`等于`,ONE_OF:`是其中之一`,GT:`大于`,LT:`小于`,ANSWERED:`已回答`,NOT_ANSWERED:`未回答`},sources:{score:`评分`,comment:`评论`,hidden:`隐藏字段：{label}`,question:`问题 {n}：{text}`},action:`规则 {n} 的动作`,target:`规则 {n} 跳到的问题`,source:`规则 {n} 的条件所读的问题`,op:`规则 {n} 的条件`,value:`规则 {n} 的值`,values:`规则 {n} 的值（用逗号分隔）`,valuesHint:`多个值用逗号分隔`,pickTarget:`选择问题`,pickValue:`选择值`,remove:`删除规则 {n}`},hiddenFields:{title:`隐藏字段`,hint:`由问卷链接的参数（如 ?orderId=A-1001）或 VocWidget.init 的 hidden 选项填入，随回答一起保存，可用于逻辑条件和分群。`,key:`键，如 orderId`,label:`名称，如 订单号`,keyN:`隐藏字段 {n} 的键`,labelN:`隐藏字段 {n} 的名称`,add:`添加隐藏字段`,remove:`删除隐藏字段 {n}`},errors:{INVALID_TRANSITION:`问卷当前的状态不允许这样操作。`,NOT_FOUND:`找不到这份问卷，它可能已被删除。`}}},Dy={surveysPage:{title:`Surveys`,newTitle:`New survey`,create:`New survey`,filters:`Filter surveys`,status:`Status`,anyStatus:`Any status`,includeSystem:`Include system surveys (case re-surveys)`,statuses:{DRAFT:`Draft`,ACTIVE:`Collecting`,PAUSED:`Paused`,ARCHIVED:`Archived`},kinds:{NPS:`NPS (Net Promoter Score)`,CSAT:`CSAT (satisfaction)`,CES:`CES (effort)`,FORM:`Feedback form`},kindShort:{NPS:`NPS`,CSAT:`CSAT`,CES:`CES`,FORM:`Form`},system:`System`,systemHint:`System surveys are run by VoC Loop itself (such as the re-survey of a resolved case); they are read-only here.`,count:`{n} survey | {n} surveys`,columns:{name:`Name`,kind:`Type`,status:`Status`,responses:`Responses`,displays:`Displays`,rate:`Response rate`,created:`Created`},more:`Load more`,emptyTitle:`No surveys yet`,emptyBody:`Create an NPS survey, check it in the live preview, publish it, then put the embed code in your product or send customers its link and QR code.`,emptyBodyReadOnly:`No surveys yet. Ask an admin or analyst of your team to create and publish one.`,emptyFilteredTitle:`No surveys match`,emptyFilteredBody:`Choose another status, or include system surveys.`,clearFilters:`Clear filters`,back:`Back to surveys`,readOnly:`Your role can view surveys only; admins and analysts can edit and publish them.`,archivedNote:`This survey is archived: it can no longer be changed or published again.`,cannotCreate:`Your role cannot create surveys. Ask an admin or analyst of your team.`,sections:{basics:`Basics`,questions:`Questions`,distribution:`Distribution`,journey:`Customer journey`,share:`Share and embed`,preview:`Live preview`,figures:`Figures`},name:`Survey name`,namePlaceholder:`e.g. Post-checkout NPS`,kind:`Survey type`,locale:`Survey language`,locales:{"zh-CN":`Simplified Chinese`,en:`English`},fixedAfterCreate:`Cannot be changed after creation.`,mainQuestion:`Main question`,scale:`Score {min}–{max}: {minLabel} … {maxLabel}`,formScale:`A form has no score: respondents write their answer.`,followUps:`Follow-ups by score`,followUpsHint:`After the score, respondents see the follow-up of their score band.`,band:`Score band`,bandFrom:`From`,bandTo:`To`,followUpText:`Follow-up ({from}–{to})`,addFollowUp:`Add a score band`,removeFollowUp:`Remove score band {from}–{to}`,extraQuestions:`Further questions`,extraHint:`Shown after the score and follow-up; optional.`,noExtra:`No further questions.`,addQuestion:`Add a question`,question:`Question {n}`,questionText:`Question`,questionType:`Type`,questionId:`Question ID`,questionIdHint:`Identifies the answer in exports and the API: letters, digits, _ and - only.`,required:`Required`,types:{single_choice:`Single choice`,multiple_choice:`Multiple choice`,rating:`Rating`,text:`Text`},options:`Options`,option:`Option {n}`,addOption:`Add an option`,removeOption:`Remove option {n}`,ratingMin:`Lowest`,ratingMax:`Highest`,moveUp:`Move question {n} up`,moveDown:`Move question {n} down`,removeQuestion:`Remove question {n}`,thankYou:`Thank-you message`,samplePercent:`Sample rate (%)`,sampleHint:`The share of eligible visitors who see the survey.`,recontactDays:`Recontact after (days)`,recontactHint:`Days before someone who answered sees it again.`,displayLimit:`Display limit`,displayLimitHint:`How often one visitor sees it at most (without answering).`,touchpoint:`Journey touchpoint`,touchpointHint:`Where in the customer journey this survey asks: onboarding, usage, support, renewal, or your own word. The overview compares NPS by touchpoint. Leave empty for none.`,touchpoints:{onboarding:`Onboarding`,usage:`Usage`,support:`Support`,renewal:`Renewal`},allowedOrigins:`Sites allowed to embed it`,allowedOriginsHint:`One origin a line, e.g. https://shop.example.com; empty: any site.`,save:`Save`,saving:`Saving…`,saveAndPublish:`Save and publish`,publish:`Publish`,resume:`Resume`,pause:`Pause`,archive:`Archive`,archiveConfirm:`An archived survey takes no more answers and can no longer be changed or published again. Archive it?`,archiveYes:`Archive`,cancel:`Cancel`,unsaved:`Unsaved changes`,saved:`Saved.`,published:`Published: the survey is collecting answers.`,paused:`Paused: the survey takes no answers for now.`,archived:`Archived.`,created:`Survey created (draft).`,errorSummary:`Fix these {n} fields before saving:`,previewHint:`The preview runs the real survey widget with the current (unsaved) content; it records no display and stores no answer.`,previewLayout:`Preview as`,layouts:{popover:`Pop-up on a page`,page:`Survey link page`},restart:`Restart preview`,previewFrame:`Survey preview`,hostedLink:`Survey link`,hostedHint:`For e-mail, SMS and WeChat. Only a collecting survey can be answered.`,qr:`QR code of the survey link`,qrHint:`Save the image to share it in WeChat: scanning it opens the survey.`,downloadQr:`Download QR code`,embed:`Embed code`,embedHint:`Put this line in the HTML of your site’s pages: the survey pops up there.`,copy:`Copy`,copyLink:`Copy link`,copyEmbed:`Copy embed code`,copied:`Copied to the clipboard.`,copyFailed:`Could not copy: select the text and copy it.`,notActive:`The survey is not published or is paused: its link and embed code show nothing for now.`,responses:`Responses`,displays:`Displays`,rate:`Response rate`,fieldErrors:{name:`Enter the survey’s name (at most 200 characters).`,kind:`Choose the survey type.`,locale:`The survey language is Simplified Chinese or English.`,question:`Enter the main question (at most 1000 characters).`,followUps:`The follow-ups are not right. A form cannot have follow-ups by score.`,followUpBand:`A score band lies within {low}–{high}, starts no higher than it ends, and overlaps no other band.`,followUpText:`Enter the follow-up (at most 1000 characters).`,questions:`The further questions are not right (at most 50).`,questionRange:`A rating needs 0 ≤ lowest < highest ≤ 10.`,questionId:`A question ID has letters, digits, _ and - only (at most 64), is unique, and is not score or comment.`,questionType:`Choose the question type.`,questionText:`Enter the question (at most 1000 characters).`,options:`A choice question needs 2 to 30 options.`,option:`This option is not right.`,optionId:`Option IDs are unique, with letters, digits, _ and - only.`,optionLabel:`Enter the option (at most 1000 characters).`,thankYou:`Enter the thank-you message (at most 1000 characters).`,allowedOrigins:`One origin a line, like https://shop.example.com (no path).`,samplePercent:`The sample rate is between 0 and 100.`,recontactDays:`Recontact after 0 to 3650 days.`,displayLimit:`The display limit is between 1 and 1000.`,logicReference:`The rule names a question, target or hidden field the survey does not have (renamed or removed?).`,logicType:`This condition does not fit what it reads (a choice has no order; a value must be one of its options or scores).`,logicOrder:`A condition reads only earlier questions, and a skip goes only to a later question.`,logicRule:`The rule is incomplete: choose an action, a condition and a value.`,hiddenField:`A hidden field’s key starts with a letter (letters, digits, _; at most 64), is unique and is not a question id.`},previewHidden:`{label} for the preview`,logic:{title:`Logic`,none:`No rules: this question is always shown.`,add:`Add a rule`,when:`when`,actions:{SHOW:`Show this question only`,SKIP_TO:`Skip this question to`,END:`End the survey here`},ops:{EQUALS:`equals`,ONE_OF:`is one of`,GT:`is greater than`,LT:`is less than`,ANSWERED:`is answered`,NOT_ANSWERED:`is not answered`},sources:{score:`Score`,comment:`Comment`,hidden:`Hidden field: {label}`,question:`Question {n}: {text}`},action:`Action of rule {n}`,target:`Question rule {n} skips to`,source:`What rule {n} reads`,op:`Condition of rule {n}`,value:`Value of rule {n}`,values:`Values of rule {n} (comma-separated)`,valuesHint:`Separate values with commas`,pickTarget:`Choose a question`,pickValue:`Choose a value`,remove:`Remove rule {n}`},hiddenFields:{title:`Hidden fields`,hint:`Filled in by the survey link’s query (e.g. ?orderId=A-1001) or VocWidget.init’s hidden option; stored with the answer, for logic conditions and segments.`,key:`Key, e.g. orderId`,label:`Label, e.g. Order number`,keyN:`Key of hidden field {n}`,labelN:`Label of hidden field {n}`,add:`Add a hidden field`,remove:`Remove hidden field {n}`},errors:{INVALID_TRANSITION:`The survey’s status does not allow this.`,NOT_FOUND:`This survey could not be found; it may have been removed.`}}},Oy={topicsPage:{title:`主题`,intro:`从客户的文字评论中自动归纳出的主题：谁被提得最多、拉低了 NPS、正在升温。`,busy:`正在加载主题…`,table:{caption:`主题列表`,select:`选择`,selectAll:`选择全部主题`,selectTopic:`选择「{label}」`,label:`主题`,size:`评论数（占比）`,trend:`趋势`,nps:`NPS`,npsImpact:`NPS 影响`,sentiment:`负面情感`,sortBy:`按{column}排序`,comments:`{n} 条`,emerging:`新兴`,trendSummary:`每段评论数：{counts}`,noTrend:`无数据`,sentimentMix:`正面 {positive}，中性 {neutral}，负面 {negative}`,noSentiment:`无评分`,periodEmpty:`这个时间范围内没有归入主题的评论，换一个更长的时间范围试试。`},selection:{hint:`勾选主题后可以重命名（选 1 个）、合并（选 2 个及以上）或创建改进行动。`,selected:`已选 {n} 个主题`,rename:`重命名`,merge:`合并`,createAction:`创建改进行动`,clear:`取消选择`},driver:{title:`NPS 驱动因素`,hint:`横轴为评论占比，纵轴为 NPS 影响（整体 NPS 减去去掉该主题后的 NPS）。右下方的主题被频繁提及并拉低 NPS，最值得优先处理。`,share:`评论占比`,impact:`NPS 影响`,tooltip:`{label}
占比 {share}，NPS 影响 {impact}，{size} 条评论`,noData:`这个时间范围内的主题还没有带 NPS 评分的回答，暂时画不出驱动因素图。`},model:{title:`主题模型`,active:`当前版本 v{version}`,fittedAt:`归纳于 {date}`,summary:`{topics} 个主题，基于 {comments} 条评论`,scopeOrg:`适用于全部问卷`,scopeSurvey:`此问卷单独归纳`,history:`全部版本（{n}）`,version:`版本`,fitted:`归纳时间`,topics:`主题数`,comments:`评论数`,status:`状态`,inUse:`使用中`,retired:`已停用`,none:`还没有归纳过主题。`},refit:{button:`重新归纳主题`,confirmTitle:`重新归纳主题？`,confirmBody:`将用{scope}的全部文字评论重新归纳主题，通常需要几十秒到几分钟。再次识别出的主题会保留原有的编号、名称和关联的改进行动；没有再识别出的主题会被停用，并指向接收它评论的主题。`,scopeOrg:`所有问卷`,scopeSurvey:`这份问卷`,start:`开始归纳`,running:`正在重新归纳主题：{stage}，{percent}`,progress:`归纳进度`,succeeded:`主题已重新归纳，列表已更新。`,failed:`重新归纳失败：{error}`,failedUnknown:`重新归纳失败。`,dismiss:`关闭`,stages:{queued:`排队中`,loading:`读取评论`,analysing:`分析新评论`,fitting:`归纳主题`,sentiment:`调整情感模型`,saving:`保存模型`,activating:`启用新版本`,rescoring:`重新计算情感`,done:`完成`,failed:`失败`}},rename:{title:`重命名主题`,name:`新名称`,hint:`当前名称：{label}。新名称在重新归纳后仍会保留。`,required:`请输入 1–200 个字符的名称。`,save:`保存`,done:`已重命名为「{label}」。`},merge:{title:`合并主题`,body:`这些主题将合并为一个：其余主题的评论归入保留的主题，它们的链接也会指向它。合并无法撤销。`,keep:`保留哪个主题的名称和编号`,confirm:`合并`,done:`已合并为「{label}」。`},action:{title:`创建改进行动`,topics:`关联主题`,name:`标题`,description:`说明（可选）`,priority:`优先级`,priorityOption:`{n}`,priorityHint:`1 最高，5 最低`,required:`请输入标题。`,create:`创建`,done:`已创建改进行动「{title}」，可在主题详情页查看。`},dialog:{cancel:`取消`,close:`关闭`,saving:`正在保存…`},empty:{title:`还没有主题`,body:`主题是从反馈的文字评论中自动归纳出来的。收集到至少 30 条带文字评论的反馈后，点击「重新归纳主题」，完成后主题就会出现在这里。`,viewer:`主题是从反馈的文字评论中自动归纳出来的。收集到至少 30 条带文字评论的反馈后，请管理员或分析师重新归纳主题。`},detail:{back:`全部主题`,emerging:`新兴`,retired:`已停用`,generated:`系统生成的名称：{label}`,figures:`概况（全部时间）`,size:`评论数`,share:`占比`,nps:`NPS`,npsImpact:`NPS 影响`,sentiment:`情感`,retiredTitle:`这个主题已停用`,retiredBody:`重新归纳时没有再找到这个主题。它的评论归入了：`,noSuccessors:`它的评论没有归入其他主题。`,merged:`已合并`,mergedTitle:`这个主题已合并`,mergedBody:`它已被合并，评论现在都在：`,keywords:`关键词`,keyword:`关键词`,weight:`权重`,noKeywords:`没有关键词。`,trend:`趋势（每周评论数）`,trendTable:`数据表`,week:`周`,count:`评论数`,partial:`*（不完整的周）`,comments:`代表性评论`,commentsHint:`最能代表这个主题的评论，保留客户的原话。`,noComments:`还没有代表性评论。`,responses:`相关反馈`,allResponses:`查看全部 {n} 条反馈`,noResponses:`还没有反馈归入这个主题。`,score:`评分 {score}`,noScore:`未评分`,noComment:`（无文字评论）`,actions:`改进行动`,noActions:`还没有关联到这个主题的改进行动。`,priority:`优先级 {n}`,owner:`负责人：{name}`,due:`截止 {date}`,statuses:{PROPOSED:`已提议`,UNDER_REVIEW:`评审中`,PLANNED:`已计划`,DECLINED:`已拒绝`,DUPLICATE:`重复`,IN_PROGRESS:`进行中`,ON_HOLD:`暂停`,SHIPPED:`已上线`,VERIFYING:`验证中`,CLOSED_EFFECTIVE:`已关闭（有效）`,CLOSED_INEFFECTIVE:`已关闭（无效）`},notFoundTitle:`找不到这个主题`,notFoundBody:`这个主题不存在，或者不属于你的组织。`}}},ky={topicsPage:{title:`Topics`,intro:`Topics found automatically in your customers’ comments: what comes up most, what pulls NPS down, what is rising.`,busy:`Loading topics…`,table:{caption:`Topics`,select:`Select`,selectAll:`Select all topics`,selectTopic:`Select “{label}”`,label:`Topic`,size:`Comments (share)`,trend:`Trend`,nps:`NPS`,npsImpact:`NPS impact`,sentiment:`Negative`,sortBy:`Sort by {column}`,comments:`{n}`,emerging:`Emerging`,trendSummary:`Comments per bucket: {counts}`,noTrend:`No data`,sentimentMix:`positive {positive}, neutral {neutral}, negative {negative}`,noSentiment:`not scored`,periodEmpty:`No comment in this period is in a topic. Try a longer period.`},selection:{hint:`Select topics to rename one, merge two or more, or create an improvement action.`,selected:`{n} selected`,rename:`Rename`,merge:`Merge`,createAction:`Create action`,clear:`Clear selection`},driver:{title:`NPS drivers`,hint:`Across: share of comments. Up: NPS impact (overall NPS minus NPS without the topic). Topics at the bottom right come up often and pull NPS down: start there.`,share:`Share of comments`,impact:`NPS impact`,tooltip:`{label}
share {share}, NPS impact {impact}, {size} comments`,noData:`No topic in this period has answers with an NPS score yet, so there is no driver chart.`},model:{title:`Topic model`,active:`Version {version} in use`,fittedAt:`fitted {date}`,summary:`{topics} topics from {comments} comments`,scopeOrg:`for all surveys`,scopeSurvey:`fitted on this survey alone`,history:`All versions ({n})`,version:`Version`,fitted:`Fitted`,topics:`Topics`,comments:`Comments`,status:`Status`,inUse:`in use`,retired:`retired`,none:`No topics have been fitted yet.`},refit:{button:`Refit topics`,confirmTitle:`Refit the topics?`,confirmBody:`Finds topics again in all comments of {scope}; this takes from tens of seconds to a few minutes. Topics found again keep their ids, names and linked actions; topics not found again are retired and point to the topics that took their comments.`,scopeOrg:`all surveys`,scopeSurvey:`this survey`,start:`Refit`,running:`Refitting topics: {stage}, {percent}`,progress:`Refit progress`,succeeded:`Topics refitted; the list is up to date.`,failed:`The refit failed: {error}`,failedUnknown:`The refit failed.`,dismiss:`Dismiss`,stages:{queued:`queued`,loading:`reading comments`,analysing:`analysing new comments`,fitting:`finding topics`,sentiment:`adapting sentiment`,saving:`saving the model`,activating:`switching to the new version`,rescoring:`rescoring sentiment`,done:`done`,failed:`failed`}},rename:{title:`Rename topic`,name:`New name`,hint:`Now: {label}. The new name stays through refits.`,required:`Enter a name of 1–200 characters.`,save:`Save`,done:`Renamed to “{label}”.`},merge:{title:`Merge topics`,body:`These topics become one: the others’ comments move to the one kept, and links to them lead to it. A merge cannot be undone.`,keep:`Which topic keeps its name and id`,confirm:`Merge`,done:`Merged into “{label}”.`},action:{title:`Create improvement action`,topics:`Linked topics`,name:`Title`,description:`Description (optional)`,priority:`Priority`,priorityOption:`{n}`,priorityHint:`1 highest, 5 lowest`,required:`Enter a title.`,create:`Create`,done:`Created the action “{title}”; topic pages list it.`},dialog:{cancel:`Cancel`,close:`Close`,saving:`Saving…`},empty:{title:`No topics yet`,body:`Topics are found automatically in your answers’ comments. Once at least 30 answers have a comment, choose “Refit topics”; the topics appear here when it is done.`,viewer:`Topics are found automatically in your answers’ comments. Once at least 30 answers have a comment, ask an admin or analyst to refit the topics.`},detail:{back:`All topics`,emerging:`Emerging`,retired:`Retired`,generated:`Generated name: {label}`,figures:`At a glance (all time)`,size:`Comments`,share:`Share`,nps:`NPS`,npsImpact:`NPS impact`,sentiment:`Sentiment`,retiredTitle:`This topic is retired`,retiredBody:`A refit did not find this topic again. Its comments went to:`,noSuccessors:`Its comments went to no other topic.`,merged:`Merged`,mergedTitle:`This topic was merged`,mergedBody:`It was merged; its comments are now in`,keywords:`Keywords`,keyword:`Keyword`,weight:`Weight`,noKeywords:`No keywords.`,trend:`Trend (comments per week)`,trendTable:`Data table`,week:`Week`,count:`Comments`,partial:`* (partial week)`,comments:`Representative comments`,commentsHint:`The comments most typical of the topic, in the customers’ own words.`,noComments:`No representative comments yet.`,responses:`Responses`,allResponses:`See all {n} responses`,noResponses:`No response is in this topic yet.`,score:`Score {score}`,noScore:`No score`,noComment:`(no comment)`,actions:`Improvement actions`,noActions:`No improvement action is linked to this topic yet.`,priority:`Priority {n}`,owner:`Owner: {name}`,due:`due {date}`,statuses:{PROPOSED:`Proposed`,UNDER_REVIEW:`Under review`,PLANNED:`Planned`,DECLINED:`Declined`,DUPLICATE:`Duplicate`,IN_PROGRESS:`In progress`,ON_HOLD:`On hold`,SHIPPED:`Shipped`,VERIFYING:`Verifying`,CLOSED_EFFECTIVE:`Closed (effective)`,CLOSED_INEFFECTIVE:`Closed (ineffective)`},notFoundTitle:`Topic not found`,notFoundBody:`This topic does not exist, or it belongs to another organisation.`}}},Ay={...Oy,...by,...Ey,...gy,...my,...wy,...Sy,...vy},jy={...ky,...xy,...Dy,..._y,...hy,...Ty,...Cy,...yy,app:{name:`VoC Loop`,tagline:`Voice of customer`},nav:{label:`Main navigation`,overview:`Overview`,topics:`Topics`,responses:`Responses`,surveys:`Surveys`,cases:`Cases`,actions:`Actions`,loop:`Loop`,settings:`Settings`,graphiql:`GraphiQL (API explorer)`,skip:`Skip to content`,soon:`coming soon`},user:{menu:`User menu`,language:`Language`,signOut:`Sign out`,signingOut:`Signing out…`,roles:{ADMIN:`Admin`,ANALYST:`Analyst`,AGENT:`Agent`,VIEWER:`Viewer`}},login:{title:`Sign in`,intro:`Sign in with the e-mail and password you set when your admin invited you.`,email:`E-mail`,password:`Password`,submit:`Sign in`,submitting:`Signing in…`,invalid:`The e-mail or password is wrong.`,throttled:`Too many attempts. Try again in {seconds} s.`,throttledSoon:`Too many attempts. Try again later.`,expired:`The sign-in link has expired or was already used. Sign in with your e-mail and password, or ask your admin for a new invitation.`,signedOut:`You have signed out.`,sessionEnded:`Your session has ended. Please sign in again.`,noAccount:`No account yet? Ask your team admin to invite you (CLI: voc user create).`,developers:`API, GraphiQL and demo page`,required:`Enter your {field}.`},invitation:{title:`Set your password`,intro:`Choose a password to finish joining. You will sign in with your e-mail and this password.`,password:`New password`,confirm:`Repeat the password`,submit:`Set password and sign in`,submitting:`Saving…`,tooShort:`The password needs at least {n} characters.`,mismatch:`The two passwords differ.`,invalid:`This invitation link has expired or was already used. Ask your team admin to invite you again.`,missing:`The link has no invitation token. Open the whole link your admin sent you.`},errors:{network:`The server cannot be reached. Check the connection and try again.`,unavailable:`The server is unavailable for now. Try again shortly.`,forbidden:`Your role may not see this.`,csrf:`The security check failed. Reload the page and try again.`,generic:`Something went wrong: {message}`,retry:`Retry`},period:{label:`Period`,days:`Last {n} days`,custom:`Custom`,customRange:`Custom date range`,from:`From`,to:`To`,apply:`Apply`,timezone:`Time zone: {zone}`,invalid:`Choose valid start and end dates (the start no later than the end).`},survey:{label:`Survey`,all:`All surveys`},overview:{title:`Overview`,kpis:`Key figures`,nps:`NPS`,margin:`± {m}`,marginHint:`half-width of the 95 % confidence interval`,change:`{delta} vs previous period`,noPrevious:`no previous data`,csat:`CSAT`,ces:`CES`,responses:`Responses`,responseRate:`Response rate`,noData:`—`,trend:`NPS trend`,trendBand:`Margin of error`,mix:`Promoters / passives / detractors`,promoters:`Promoters`,passives:`Passives`,detractors:`Detractors`,partial:` (partial period)`,impact:`Topics that move NPS most`,impactHint:`Impact = overall NPS minus NPS without the topic; negative means the topic drags NPS down.`,emerging:`Emerging topics`,emergingBadge:`Emerging`,share:`{share} of comments`,topicNps:`topic NPS {nps}`,noTopics:`No topics yet. Topic analysis needs enough written comments: once they are in, run voc topics fit --org <organisation>, or call the fitTopics mutation.`,noImpact:`No topic in this view has scored NPS answers yet, so no impact can be computed.`,noEmerging:`No topic grew its share significantly in this period.`,segments:`NPS by segment`,segmentBy:`Segment attribute`,segmentValue:`Value`,noSegments:`Answers carry no segment attributes yet. Pass plan, city and the like in the widget's respondent.attributes to compare NPS across them here.`,noSegmentValues:`No answer in this period carries this attribute.`,byTouchpoint:`Journey touchpoint`,noTouchpoint:`Surveys without a touchpoint`,live:`{n} new answer | {n} new answers`,refresh:`Refresh`,emptyTitle:`No answers in this period yet`,emptyBody:`Choose a longer period, or embed the survey in your product to start collecting feedback (see the widget section of the README).`,noSurveysTitle:`No surveys yet`,noSurveysBody:`Create and publish an NPS survey, then embed the widget in your product. To look around first, run make run to load the demo data.`,chartsLoading:`Loading charts…`,table:`Data table`,bucket:`Period`,value:`Value`},notFound:{title:`Page not found`,body:`Nothing lives at this address, or you may not see it.`,home:`Back to the overview`},loading:`Loading…`},My={...Ay,app:{name:`VoC Loop`,tagline:`客户之声`},nav:{label:`主导航`,overview:`概览`,topics:`主题`,responses:`反馈`,surveys:`问卷`,cases:`工单`,actions:`改进`,loop:`闭环`,settings:`设置`,graphiql:`GraphiQL 接口调试`,skip:`跳到正文`,soon:`即将推出`},user:{menu:`用户菜单`,language:`语言`,signOut:`退出登录`,signingOut:`正在退出…`,roles:{ADMIN:`管理员`,ANALYST:`分析师`,AGENT:`客服`,VIEWER:`只读成员`}},login:{title:`登录`,intro:`使用团队管理员邀请你时设置的邮箱和密码登录。`,email:`邮箱`,password:`密码`,submit:`登录`,submitting:`正在登录…`,invalid:`邮箱或密码不正确。`,throttled:`尝试次数过多，请 {seconds} 秒后再试。`,throttledSoon:`尝试次数过多，请稍后再试。`,expired:`登录链接已失效或已被使用。请用邮箱和密码登录，或请管理员重新发送邀请。`,signedOut:`你已退出登录。`,sessionEnded:`登录已过期，请重新登录。`,noAccount:`还没有账号？请团队管理员邀请你（命令行：voc user create）。`,developers:`API、GraphiQL 和演示页面`,required:`请填写{field}。`},invitation:{title:`设置密码`,intro:`设置一个密码以完成注册。之后用邮箱和这个密码登录。`,password:`新密码`,confirm:`再次输入密码`,submit:`设置密码并登录`,submitting:`正在保存…`,tooShort:`密码至少需要 {n} 个字符。`,mismatch:`两次输入的密码不一致。`,invalid:`这个邀请链接已失效或已被使用。请联系团队管理员重新邀请。`,missing:`链接中缺少邀请令牌。请打开管理员发给你的完整链接。`},errors:{network:`无法连接服务器，请检查网络后重试。`,unavailable:`服务器暂时不可用，请稍后重试。`,forbidden:`你的角色无权查看这些内容。`,csrf:`安全校验失败，请刷新页面后重试。`,generic:`出错了：{message}`,retry:`重试`},period:{label:`时间范围`,days:`近 {n} 天`,custom:`自定义`,customRange:`自定义日期范围`,from:`开始日期`,to:`结束日期`,apply:`应用`,timezone:`时区：{zone}`,invalid:`请选择有效的开始和结束日期（开始不晚于结束）。`},survey:{label:`问卷`,all:`全部问卷`},overview:{title:`概览`,kpis:`关键指标`,nps:`NPS`,margin:`误差 ±{m}`,marginHint:`95% 置信区间的半宽`,change:`较上期 {delta}`,noPrevious:`上期无数据`,csat:`CSAT 满意度`,ces:`CES 费力度`,responses:`回答数`,responseRate:`回答率`,noData:`—`,trend:`NPS 趋势`,trendBand:`误差范围`,mix:`推荐者 / 中立者 / 贬损者`,promoters:`推荐者`,passives:`中立者`,detractors:`贬损者`,partial:`（不完整周期）`,impact:`对 NPS 影响最大的主题`,impactHint:`影响 = 整体 NPS 减去去掉该主题后的 NPS；负数表示拉低了 NPS。`,emerging:`新兴主题`,emergingBadge:`新兴`,share:`占比 {share}`,topicNps:`主题 NPS {nps}`,noTopics:`还没有主题。主题分析需要足够多的文字评论：收集到评论后运行 voc topics fit --org <组织名>，或调用 fitTopics 接口。`,noImpact:`这个范围内的主题还没有带 NPS 评分的回答，暂时无法计算影响。`,noEmerging:`这个时间范围内没有占比显著上升的主题。`,segments:`按细分属性看 NPS`,segmentBy:`细分属性`,segmentValue:`取值`,noSegments:`回答里还没有细分属性。在问卷小部件的 respondent.attributes 中传入 plan、city 等属性后，这里会按属性比较 NPS。`,noSegmentValues:`这个时间范围内没有带该属性的回答。`,byTouchpoint:`旅程触点`,noTouchpoint:`未设置触点的问卷`,live:`{n} 条新回答`,refresh:`刷新数据`,emptyTitle:`这个时间范围内还没有回答`,emptyBody:`换一个更长的时间范围，或者把问卷嵌入产品页面开始收集反馈（参见 README 的小部件章节）。`,noSurveysTitle:`还没有问卷`,noSurveysBody:`先创建一份 NPS 问卷并发布，再把小部件嵌入你的产品。想先看看效果，可以运行 make run 加载演示数据。`,chartsLoading:`图表加载中…`,table:`数据表`,bucket:`时间`,value:`数值`},notFound:{title:`页面不存在`,body:`这个地址没有对应的页面，或者你无权查看。`,home:`返回概览`},loading:`加载中…`},Ny=[`zh-CN`,`en`],Py=`voc.lang`;function Fy(e){if(typeof e!=`string`)return null;let t=e.toLowerCase();return t.startsWith(`zh`)?`zh-CN`:t.startsWith(`en`)?`en`:null}function Iy(){let e=Fy(new URLSearchParams(window.location.search).get(`lang`));return e?(localStorage.setItem(Py,e),e):Fy(localStorage.getItem(Py))??`zh-CN`}var Ly=Vv({legacy:!1,locale:Iy(),fallbackLocale:`zh-CN`,messages:{"zh-CN":My,en:jy}});function Ry(e){Ly.global.locale.value=e,localStorage.setItem(Py,e),document.documentElement.lang=e}document.documentElement.lang=Ly.global.locale.value;var zy=typeof document<`u`;function By(e){return typeof e==`object`||`displayName`in e||`props`in e||`__vccOpts`in e}function Vy(e){return e.__esModule||e[Symbol.toStringTag]===`Module`||e.default&&By(e.default)}var X=Object.assign;function Hy(e,t){let n={};for(let r in t){let i=t[r];n[r]=Wy(i)?i.map(e):e(i)}return n}var Uy=()=>{},Wy=Array.isArray;function Gy(e,t){let n={};for(let r in e)n[r]=r in t?t[r]:e[r];return n}var Ky=/#/g,qy=/&/g,Jy=/\//g,Yy=/=/g,Xy=/\?/g,Zy=/\+/g,Qy=/%5B/g,$y=/%5D/g,e2=/%5E/g,t2=/%60/g,n2=/%7B/g,r2=/%7C/g,i2=/%7D/g,a2=/%20/g;function o2(e){return e==null?``:encodeURI(``+e).replace(r2,`|`).replace(Qy,`[`).replace($y,`]`)}function s2(e){return o2(e).replace(n2,`{`).replace(i2,`}`).replace(e2,`^`)}function c2(e){return o2(e).replace(Zy,`%2B`).replace(a2,`+`).replace(Ky,`%23`).replace(qy,`%26`).replace(t2,"`").replace(n2,`{`).replace(i2,`}`).replace(e2,`^`)}function l2(e){return c2(e).replace(Yy,`%3D`)}function u2(e){return o2(e).replace(Ky,`%23`).replace(Xy,`%3F`)}function d2(e){return u2(e).replace(Jy,`%2F`)}function f2(e){if(e==null)return null;try{return decodeURIComponent(``+e)}catch{}return``+e}var p2=/\/$/,m2=e=>e.replace(p2,``);function h2(e,t,n=`/`){let r,i={},a=``,o=``,s=t.indexOf(`#`),c=t.indexOf(`?`);return c=s>=0&&c>s?-1:c,c>=0&&(r=t.slice(0,c),a=t.slice(c,s>0?s:t.length),i=e(a.slice(1))),s>=0&&(r||=t.slice(0,s),o=t.slice(s,t.length)),r=C2(r??t,n),{fullPath:r+a+o,path:r,query:i,hash:f2(o)}}function g2(e,t){let n=t.query?e(t.query):``;return t.path+(n&&`?`)+n+(t.hash||``)}function _2(e,t){return!t||!e.toLowerCase().startsWith(t.toLowerCase())?e:e.slice(t.length)||`/`}function v2(e,t,n){let r=t.matched.length-1,i=n.matched.length-1;return r>-1&&r===i&&y2(t.matched[r],n.matched[i])&&b2(t.params,n.params)&&e(t.query)===e(n.query)&&t.hash===n.hash}function y2(e,t){return(e.aliasOf||e)===(t.aliasOf||t)}function b2(e,t){if(Object.keys(e).length!==Object.keys(t).length)return!1;for(var n in e)if(!x2(e[n],t[n]))return!1;return!0}function x2(e,t){return Wy(e)?S2(e,t):Wy(t)?S2(t,e):e?.valueOf()===t?.valueOf()}function S2(e,t){return Wy(t)?e.length===t.length&&e.every((e,n)=>e===t[n]):e.length===1&&e[0]===t}function C2(e,t){if(e.startsWith(`/`))return e;if(!e)return t;let n=t.split(`/`),r=e.split(`/`),i=r[r.length-1];(i===`..`||i===`.`)&&r.push(``);let a=n.length-1,o,s;for(o=0;o<r.length;o++)if(s=r[o],s!==`.`){if(s===`..`)a>1&&a--;else break}return n.slice(0,a).join(`/`)+`/`+r.slice(o).join(`/`)}var w2={path:`/`,name:void 0,params:{},query:{},hash:``,fullPath:`/`,matched:[],meta:{},redirectedFrom:void 0},T2=function(e){return e.pop=`pop`,e.push=`push`,e}({}),E2=function(e){return e.back=`back`,e.forward=`forward`,e.unknown=``,e}({});function D2(e){if(!e){if(zy){let t=document.querySelector(`base`);e=t&&t.getAttribute(`href`)||`/`,e=e.replace(/^\w+:\/\/[^\/]+/,``)}else e=`/`}return e[0]!==`/`&&e[0]!==`#`&&(e=`/`+e),m2(e)}var O2=/^[^#]+#/;function k2(e,t){return e.replace(O2,`#`)+t}function A2(e,t){let n=document.documentElement.getBoundingClientRect(),r=e.getBoundingClientRect();return{behavior:t.behavior,left:r.left-n.left-(t.left||0),top:r.top-n.top-(t.top||0)}}var j2=()=>({left:window.scrollX,top:window.scrollY});function M2(e){let t;if(`el`in e){let n=e.el,r=typeof n==`string`&&n.startsWith(`#`),i=typeof n==`string`?r?document.getElementById(n.slice(1)):document.querySelector(n):n;if(!i)return;t=A2(i,e)}else t=e;`scrollBehavior`in document.documentElement.style?window.scrollTo(t):window.scrollTo(t.left==null?window.scrollX:t.left,t.top==null?window.scrollY:t.top)}function N2(e,t){return(history.state?history.state.position-t:-1)+e}var P2=new Map;function F2(e,t){P2.set(e,t)}function I2(e){let t=P2.get(e);return P2.delete(e),t}function L2(e){return typeof e==`string`||e&&typeof e==`object`}function R2(e){return typeof e==`string`||typeof e==`symbol`}var Z=function(e){return e[e.MATCHER_NOT_FOUND=1]=`MATCHER_NOT_FOUND`,e[e.NAVIGATION_GUARD_REDIRECT=2]=`NAVIGATION_GUARD_REDIRECT`,e[e.NAVIGATION_ABORTED=4]=`NAVIGATION_ABORTED`,e[e.NAVIGATION_CANCELLED=8]=`NAVIGATION_CANCELLED`,e[e.NAVIGATION_DUPLICATED=16]=`NAVIGATION_DUPLICATED`,e}({}),z2=Symbol(``);Z.MATCHER_NOT_FOUND,Z.NAVIGATION_GUARD_REDIRECT,Z.NAVIGATION_ABORTED,Z.NAVIGATION_CANCELLED,Z.NAVIGATION_DUPLICATED;function B2(e,t){return X(Error(),{type:e,[z2]:!0},t)}function V2(e,t){return e instanceof Error&&z2 in e&&(t==null||!!(e.type&t))}function H2(e){let t={};if(e===``||e===`?`)return t;let n=(e[0]===`?`?e.slice(1):e).split(`&`);for(let e=0;e<n.length;++e){let r=n[e].replace(Zy,` `),i=r.indexOf(`=`),a=f2(i<0?r:r.slice(0,i)),o=i<0?null:f2(r.slice(i+1));if(a in t){let e=t[a];Wy(e)||(e=t[a]=[e]),e.push(o)}else t[a]=o}return t}function U2(e){let t=``;for(let n in e){let r=e[n];n=l2(n),r==null?r!==void 0&&(t+=(t.length?`&`:``)+n):(Wy(r)?r.map(e=>e&&c2(e)):[r&&c2(r)]).forEach(e=>{e!==void 0&&(t+=(t.length?`&`:``)+n,e!=null&&(t+=`=`+e))})}return t}function W2(e){let t={};for(let n in e){let r=e[n];r!==void 0&&(t[n]=Wy(r)?r.map(e=>e==null?null:``+e):r==null?r:``+r)}return t}var G2=Symbol(``),K2=Symbol(``),q2=Symbol(``),J2=Symbol(``),Y2=Symbol(``);function X2(){let e=[];function t(t){return e.push(t),()=>{let n=e.indexOf(t);n>-1&&e.splice(n,1)}}function n(){e=[]}return{add:t,list:()=>e.slice(),reset:n}}function Z2(e,t,n,r,i,a=e=>e()){let o=r&&(r.enterCallbacks[i]=r.enterCallbacks[i]||[]);return()=>new Promise((s,c)=>{let l=e=>{e===!1?c(B2(Z.NAVIGATION_ABORTED,{from:n,to:t})):e instanceof Error?c(e):L2(e)?c(B2(Z.NAVIGATION_GUARD_REDIRECT,{from:t,to:e})):(o&&r.enterCallbacks[i]===o&&typeof e==`function`&&o.push(e),s())},u=a(()=>e.call(r&&r.instances[i],t,n,l)),d=Promise.resolve(u);e.length<3&&(d=d.then(l)),d.catch(e=>c(e))})}function Q2(e,t,n,r,i=e=>e()){let a=[];for(let o of e)for(let e in o.components){let s=o.components[e];if(t===`beforeRouteEnter`||o.instances[e]){if(By(s)){let c=(s.__vccOpts||s)[t];c&&a.push(Z2(c,n,r,o,e,i))}else{let c=s();a.push(()=>c.then(a=>{if(!a)throw Error(`Couldn't resolve component "${e}" at "${o.path}"`);let s=Vy(a)?a.default:a;o.mods[e]=a,o.components[e]=s;let c=(s.__vccOpts||s)[t];return c&&Z2(c,n,r,o,e,i)()}))}}}return a}function $2(e,t){let n=[],r=[],i=[],a=Math.max(t.matched.length,e.matched.length);for(let o=0;o<a;o++){let a=t.matched[o];a&&(e.matched.find(e=>y2(e,a))?r.push(a):n.push(a));let s=e.matched[o];s&&(t.matched.find(e=>y2(e,s))||i.push(s))}return[n,r,i]}var e4=()=>location.protocol+`//`+location.host;function t4(e,t){let{pathname:n,search:r,hash:i}=t,a=e.indexOf(`#`);if(a>-1){let t=i.includes(e.slice(a))?e.slice(a).length:1,n=i.slice(t);return n[0]!==`/`&&(n=`/`+n),_2(n,``)}return _2(n,e)+r+i}function n4(e,t,n,r){let i=[],a=[],o=null,s=({state:a})=>{let s=t4(e,location),c=n.value,l=t.value,u=0;if(a){if(n.value=s,t.value=a,o&&o===c){o=null;return}u=l?a.position-l.position:0}else r(s);i.forEach(e=>{e(n.value,c,{delta:u,type:T2.pop,direction:u?u>0?E2.forward:E2.back:E2.unknown})})};function c(){o=n.value}function l(e){i.push(e);let t=()=>{let t=i.indexOf(e);t>-1&&i.splice(t,1)};return a.push(t),t}function u(){if(document.visibilityState===`hidden`){let{history:e}=window;if(!e.state)return;e.replaceState(X({},e.state,{scroll:j2()}),``)}}function d(){for(let e of a)e();a=[],window.removeEventListener(`popstate`,s),window.removeEventListener(`pagehide`,u),document.removeEventListener(`visibilitychange`,u)}return window.addEventListener(`popstate`,s),window.addEventListener(`pagehide`,u),document.addEventListener(`visibilitychange`,u),{pauseListeners:c,listen:l,destroy:d}}function r4(e,t,n,r=!1,i=!1){return{back:e,current:t,forward:n,replaced:r,position:window.history.length,scroll:i?j2():null}}function i4(e){let{history:t,location:n}=window,r={value:t4(e,n)},i={value:t.state};i.value||a(r.value,{back:null,current:r.value,forward:null,position:t.length-1,replaced:!0,scroll:null},!0);function a(r,a,o){let s=e.indexOf(`#`),c=s>-1?(n.host&&document.querySelector(`base`)?e:e.slice(s))+r:e4()+e+r;try{t[o?`replaceState`:`pushState`](a,``,c),i.value=a}catch(e){console.error(e),n[o?`replace`:`assign`](c)}}function o(e,n){a(e,X({},t.state,r4(i.value.back,e,i.value.forward,!0),n,{position:i.value.position}),!0),r.value=e}function s(e,n){let o=X({},i.value,t.state,{forward:e,scroll:j2()});a(o.current,o,!0),a(e,X({},r4(r.value,e,null),{position:o.position+1},n),!1),r.value=e}return{location:r,state:i,push:s,replace:o}}function a4(e){e=D2(e);let t=i4(e),n=n4(e,t.state,t.location,t.replace);function r(e,t=!0){t||n.pauseListeners(),history.go(e)}let i=X({location:``,base:e,go:r,createHref:k2.bind(null,e)},t,n);return Object.defineProperty(i,"location",{enumerable:!0,get:()=>t.location.value}),Object.defineProperty(i,"state",{enumerable:!0,get:()=>t.state.value}),i}var o4=function(e){return e[e.Static=0]=`Static`,e[e.Param=1]=`Param`,e[e.Group=2]=`Group`,e}({}),s4=function(e){return e[e.Static=0]=`Static`,e[e.Param=1]=`Param`,e[e.ParamRegExp=2]=`ParamRegExp`,e[e.ParamRegExpEnd=3]=`ParamRegExpEnd`,e[e.EscapeNext=4]=`EscapeNext`,e}(s4||{}),c4={type:o4.Static,value:``},l4=/[a-zA-Z0-9_]/;function u4(e){if(!e)return[[]];if(e===`/`)return[[c4]];if(!e.startsWith(`/`))throw Error(`Invalid path "${e}"`);function t(e){throw Error(`ERR (${n})/"${l}": ${e}`)}let n=s4.Static,r=n,i=[],a;function o(){a&&i.push(a),a=[]}let s=0,c,l=``,u=``;function d(){l&&=(n===s4.Static?a.push({type:o4.Static,value:l}):n===s4.Param||n===s4.ParamRegExp||n===s4.ParamRegExpEnd?(a.length>1&&(c===`*`||c===`+`)&&t(`A repeatable param (${l}) must be alone in its segment. eg: '/:ids+.`),a.push({type:o4.Param,value:l,regexp:u,repeatable:c===`*`||c===`+`,optional:c===`*`||c===`?`})):t(`Invalid state to consume buffer`),``)}function f(){l+=c}for(;s<e.length;)if(c=e[s++],c===`\\`&&n!==s4.ParamRegExp)r=n,n=s4.EscapeNext;else switch(n){case s4.Static:c===`/`?(l&&d(),o()):c===`:`?(d(),n=s4.Param):f();break;case s4.EscapeNext:f(),n=r;break;case s4.Param:c===`(`?n=s4.ParamRegExp:l4.test(c)?f():(d(),n=s4.Static,c!==`*`&&c!==`?`&&c!==`+`&&s--);break;case s4.ParamRegExp:c===`)`?u[u.length-1]==`\\`?u=u.slice(0,-1)+c:n=s4.ParamRegExpEnd:u+=c;break;case s4.ParamRegExpEnd:d(),n=s4.Static,c!==`*`&&c!==`?`&&c!==`+`&&s--,u=``;break;default:t(`Unknown state`)}return n===s4.ParamRegExp&&t(`Unfinished custom RegExp for param "${l}"`),d(),o(),i}var d4=`[^/]+?`,f4={sensitive:!1,strict:!1,start:!0,end:!0},p4=function(e){return e[e._multiplier=10]=`_multiplier`,e[e.Root=90]=`Root`,e[e.Segment=40]=`Segment`,e[e.SubSegment=30]=`SubSegment`,e[e.Static=40]=`Static`,e[e.Dynamic=20]=`Dynamic`,e[e.BonusCustomRegExp=10]=`BonusCustomRegExp`,e[e.BonusWildcard=-50]=`BonusWildcard`,e[e.BonusRepeatable=-20]=`BonusRepeatable`,e[e.BonusOptional=-8]=`BonusOptional`,e[e.BonusStrict=.7000000000000001]=`BonusStrict`,e[e.BonusCaseSensitive=.25]=`BonusCaseSensitive`,e}(p4||{}),m4=/[.+*?^${}()[\]/\\|]/g;function h4(e,t){let n=X({},f4,t),r=[],i=n.start?`^`:``,a=[],o=e.some(e=>e.some(e=>e.type===o4.Param&&/\\[1-9k]/.test(e.regexp||``)));for(let t of e){let e=t.length?[]:[p4.Root];n.strict&&!t.length&&(i+=`/`);for(let r=0;r<t.length;r++){let s=t[r],c=p4.Segment+(n.sensitive?p4.BonusCaseSensitive:0);if(s.type===o4.Static)r||(i+=`/`),i+=s.value.replace(m4,`\\$&`),c+=p4.Static;else if(s.type===o4.Param){let{value:e,repeatable:n,optional:l,regexp:u}=s;a.push({name:e,repeatable:n,optional:l});let d=u||d4;if(d!==d4){c+=p4.BonusCustomRegExp;try{`${d}`}catch(t){throw Error(`Invalid custom RegExp for param "${e}" (${d}): `+t.message)}}let f=n?`((?:${d})(?:/(?:${d}))*)`:`(${d})`,p=t[r+1],m=t[r+2];o||u||n||!m||m.type!==o4.Param||m.regexp||p.type!==o4.Static||(f=`([^/](?:(?!${p.value.replace(m4,`\\$&`)})[^/])*)`),r||(f=l&&t.length<2?`(?:/${f})`:`/`+f),l&&(f+=`?`),i+=f,c+=p4.Dynamic,l&&(c+=p4.BonusOptional),n&&(c+=p4.BonusRepeatable),d===`.*`&&(c+=p4.BonusWildcard)}e.push(c)}r.push(e)}if(n.strict&&n.end){let e=r.length-1;r[e][r[e].length-1]+=p4.BonusStrict}n.strict||(i+=`/?`),n.end?i+=`$`:n.strict&&!i.endsWith(`/`)&&(i+=`(?:/|$)`);let s=new RegExp(i,n.sensitive?``:`i`);function c(e){let t=e.match(s),n={};if(!t)return null;for(let e=1;e<t.length;e++){let r=t[e]||``,i=a[e-1];n[i.name]=r&&i.repeatable?r.split(`/`):r}return n}function l(t){let n=``,r=!1;for(let i of e){r&&n.endsWith(`/`)||(n+=`/`),r=!1;for(let e of i)if(e.type===o4.Static)n+=e.value;else if(e.type===o4.Param){let{value:a,repeatable:o,optional:s}=e,c=a in t?t[a]:``;if(Wy(c)&&!o)throw Error(`Provided param "${a}" is an array but it is not repeatable (* or + modifiers)`);let l=Wy(c)?c.join(`/`):c;if(!l){if(s)i.length<2&&(n.endsWith(`/`)?n=n.slice(0,-1):r=!0);else throw Error(`Missing required param "${a}"`)}n+=l}}return n||`/`}return{re:s,score:r,keys:a,parse:c,stringify:l}}function g4(e,t){let n=0;for(;n<e.length&&n<t.length;){let r=t[n]-e[n];if(r)return r;n++}return e.length<t.length?e.length===1&&e[0]===p4.Static+p4.Segment?-1:1:e.length>t.length?t.length===1&&t[0]===p4.Static+p4.Segment?1:-1:0}function _4(e,t){let n=0,r=e.score,i=t.score;for(;n<r.length&&n<i.length;){let e=g4(r[n],i[n]);if(e)return e;n++}if(Math.abs(i.length-r.length)===1){if(v4(r))return 1;if(v4(i))return-1}return i.length-r.length}function v4(e){let t=e[e.length-1];return e.length>0&&t[t.length-1]<0}var y4={strict:!1,end:!0,sensitive:!1};function b4(e,t,n){let r=X(h4(u4(e.path),n),{record:e,parent:t,children:[],alias:[]});return t&&!r.record.aliasOf==!t.record.aliasOf&&t.children.push(r),r}function x4(e,t){let n=[],r=new Map;t=Gy(y4,t);function i(e){return r.get(e)}function a(e,n,r){let i=!r,s=C4(e);s.aliasOf=r&&r.record;let l=Gy(t,e),u=[s];if(`alias`in e){let t=typeof e.alias==`string`?[e.alias]:e.alias;for(let e of t)u.push(C4(X({},s,{components:r?r.record.components:s.components,path:e,aliasOf:r?r.record:s})))}let d,f;for(let t of u){let{path:u}=t;if(n&&u[0]!==`/`){let e=n.record.path,r=e[e.length-1]===`/`?``:`/`;t.path=n.record.path+(u&&r+u)}if(d=b4(t,n,l),r?r.alias.push(d):(f||=d,f!==d&&f.alias.push(d),i&&e.name&&!T4(d)&&o(e.name)),k4(d)&&c(d),s.children){let e=s.children;for(let t=0;t<e.length;t++)a(e[t],d,r&&r.children[t])}r||=d}return f?()=>{o(f)}:Uy}function o(e){if(R2(e)){let t=r.get(e);t&&(r.delete(e),n.splice(n.indexOf(t),1),t.children.forEach(o),t.alias.forEach(o))}else{let t=n.indexOf(e);t>-1&&(n.splice(t,1),e.record.name&&r.delete(e.record.name),e.children.forEach(o),e.alias.forEach(o))}}function s(){return n}function c(e){let t=D4(e,n);n.splice(t,0,e),e.record.name&&!T4(e)&&r.set(e.record.name,e)}function l(e,t){let i,a={},o,s;if(`name`in e&&e.name){if(i=r.get(e.name),!i)throw B2(Z.MATCHER_NOT_FOUND,{location:e});s=i.record.name,a=X(S4(t.params,i.keys.filter(e=>!e.optional).concat(i.parent?i.parent.keys.filter(e=>e.optional):[]).map(e=>e.name)),e.params&&S4(e.params,i.keys.map(e=>e.name))),o=i.stringify(a)}else if(e.path!=null)o=e.path,i=n.find(e=>e.re.test(o)),i&&(a=i.parse(o),s=i.record.name);else{if(i=t.name?r.get(t.name):n.find(e=>e.re.test(t.path)),!i)throw B2(Z.MATCHER_NOT_FOUND,{location:e,currentLocation:t});s=i.record.name,a=X({},t.params,e.params),o=i.stringify(a)}let c=[],l=i;for(;l;)c.unshift(l.record),l=l.parent;return{name:s,path:o,params:a,matched:c,meta:E4(c)}}e.forEach(e=>a(e));function u(){n.length=0,r.clear()}return{addRoute:a,resolve:l,removeRoute:o,clearRoutes:u,getRoutes:s,getRecordMatcher:i}}function S4(e,t){let n={};for(let r of t)r in e&&(n[r]=e[r]);return n}function C4(e){let t={path:e.path,redirect:e.redirect,name:e.name,meta:e.meta||{},aliasOf:e.aliasOf,beforeEnter:e.beforeEnter,props:w4(e),children:e.children||[],instances:{},leaveGuards:new Set,updateGuards:new Set,enterCallbacks:{},components:`components`in e?e.components||null:e.component&&{default:e.component}};return Object.defineProperty(t,"mods",{value:{}}),t}function w4(e){let t={},n=e.props||!1;if(`component`in e)t.default=n;else for(let r in e.components)t[r]=typeof n==`object`?n[r]:n;return t}function T4(e){for(;e;){if(e.record.aliasOf)return!0;e=e.parent}return!1}function E4(e){return e.reduce((e,t)=>X(e,t.meta),{})}function D4(e,t){let n=0,r=t.length;for(;n!==r;){let i=n+r>>1;_4(e,t[i])<0?r=i:n=i+1}let i=O4(e);return i&&(r=t.lastIndexOf(i,r-1)),r}function O4(e){let t=e;for(;t=t.parent;)if(k4(t)&&_4(e,t)===0)return t}function k4({record:e}){return!!(e.name||e.components&&Object.keys(e.components).length||e.redirect)}function A4(e){let t=ar(q2),n=ar(J2),r=L(()=>{let n=Ct(e.to);return t.resolve(n)}),i=L(()=>{let{matched:e}=r.value,{length:t}=e,i=e[t-1],a=n.matched;if(!i||!a.length)return-1;let o=a.findIndex(y2.bind(null,i));if(o>-1)return o;let s=F4(e[t-2]);return t>1&&F4(i)===s&&a[a.length-1].path!==s?a.findIndex(y2.bind(null,e[t-2])):o}),a=L(()=>i.value>-1&&P4(n.params,r.value.params)),o=L(()=>i.value>-1&&i.value===n.matched.length-1&&b2(n.params,r.value.params));function s(n={}){if(N4(n)){let n=t[Ct(e.replace)?`replace`:`push`](Ct(e.to)).catch(Uy);return e.viewTransition&&typeof document<`u`&&`startViewTransition`in document&&document.startViewTransition(()=>n),n}return Promise.resolve()}return{route:r,href:L(()=>r.value.href),isActive:a,isExactActive:o,navigate:s}}function j4(e){return e.length===1?e[0]:e}var M4=jr({name:`RouterLink`,compatConfig:{MODE:3},props:{to:{type:[String,Object],required:!0},replace:Boolean,activeClass:String,exactActiveClass:String,custom:Boolean,ariaCurrentValue:{type:String,default:`page`},viewTransition:Boolean},useLink:A4,setup(e,{slots:t}){let n=st(A4(e)),{options:r}=ar(q2),i=L(()=>({[I4(e.activeClass,r.linkActiveClass,`router-link-active`)]:n.isActive,[I4(e.exactActiveClass,r.linkExactActiveClass,`router-link-exact-active`)]:n.isExactActive}));return()=>{let r=t.default&&j4(t.default(n));return e.custom?r:Eo(`a`,{"aria-current":n.isExactActive?e.ariaCurrentValue:null,href:n.href,onClick:n.navigate,class:i.value},r)}}});function N4(e){if(!(e.metaKey||e.altKey||e.ctrlKey||e.shiftKey)&&!e.defaultPrevented&&(e.button===void 0||e.button===0)){if(e.currentTarget&&e.currentTarget.getAttribute){let t=e.currentTarget.getAttribute(`target`);if(/\b_blank\b/i.test(t))return}return e.preventDefault&&e.preventDefault(),!0}}function P4(e,t){for(let n in t){let r=t[n],i=e[n];if(typeof r==`string`){if(r!==i)return!1}else if(!Wy(i)||i.length!==r.length||r.some((e,t)=>e.valueOf()!==i[t].valueOf()))return!1}return!0}function F4(e){return e?e.aliasOf?e.aliasOf.path:e.path:``}var I4=(e,t,n)=>e??t??n,L4=jr({name:`RouterView`,inheritAttrs:!1,props:{name:{type:String,default:`default`},route:Object},compatConfig:{MODE:3},setup(e,{attrs:t,slots:n}){let r=ar(Y2),i=L(()=>e.route||r.value),a=ar(K2,0),o=L(()=>{let e=Ct(a),{matched:t}=i.value,n;for(;(n=t[e])&&!n.components;)e++;return e}),s=L(()=>i.value.matched[o.value]);ir(K2,L(()=>o.value+1)),ir(G2,s),ir(Y2,i);let c=yt();return cr(()=>[c.value,s.value,e.name],([e,t,n],[r,i,a])=>{t&&(t.instances[n]=e,i&&i!==t&&e&&e===r&&(t.leaveGuards.size||(t.leaveGuards=i.leaveGuards),t.updateGuards.size||(t.updateGuards=i.updateGuards))),!e||!t||i&&y2(t,i)&&r||(t.enterCallbacks[n]||[]).forEach(t=>t(e))},{flush:`post`}),()=>{let r=i.value,a=e.name,o=s.value,l=o&&o.components[a];if(!l)return R4(n.default,{Component:l,route:r});let u=o.props[a],d=Eo(l,X({},u?u===!0?r.params:typeof u==`function`?u(r):u:null,t,{onVnodeUnmounted:e=>{e.component.isUnmounted&&(o.instances[a]=null)},ref:c}));return R4(n.default,{Component:d,route:r})||d}}});function R4(e,t){if(!e)return null;let n=e(t);return n.length===1?n[0]:n}var z4=L4;function B4(e){let t=x4(e.routes,e),n=e.parseQuery||H2,r=e.stringifyQuery||U2,i=e.history,a=X2(),o=X2(),s=X2(),c=bt(w2),l=w2;zy&&e.scrollBehavior&&`scrollRestoration`in history&&(history.scrollRestoration=`manual`);let u=Hy.bind(null,e=>``+e),d=Hy.bind(null,d2),f=Hy.bind(null,f2);function p(e,n){let r,i;return R2(e)?(r=t.getRecordMatcher(e),i=n):i=e,t.addRoute(i,r)}function m(e){let n=t.getRecordMatcher(e);n&&t.removeRoute(n)}function h(){return t.getRoutes().map(e=>e.record)}function g(e){return!!t.getRecordMatcher(e)}function _(e,a){if(a=X({},a||c.value),typeof e==`string`){let r=h2(n,e,a.path),o=t.resolve({path:r.path},a),s=i.createHref(r.fullPath);return X(r,o,{params:f(o.params),hash:f2(r.hash),redirectedFrom:void 0,href:s})}let o;if(e.path!=null)o=X({},e,{path:h2(n,e.path,a.path).path});else{let t=X({},e.params);for(let e in t)t[e]??delete t[e];o=X({},e,{params:d(t)}),a.params=d(a.params)}let s=t.resolve(o,a),l=e.hash||``;s.params=u(f(s.params));let p=g2(r,X({},e,{hash:s2(l),path:s.path})),m=i.createHref(p);return X({fullPath:p,hash:l,query:r===U2?W2(e.query):e.query||{}},s,{redirectedFrom:void 0,href:m})}function v(e){return typeof e==`string`?h2(n,e,c.value.path):X({},e)}function y(e,t){if(l!==e)return B2(Z.NAVIGATION_CANCELLED,{from:t,to:e})}function b(e){return C(e)}function x(e){return b(X(v(e),{replace:!0}))}function S(e,t){let n=e.matched[e.matched.length-1];if(n&&n.redirect){let{redirect:r}=n,i=typeof r==`function`?r(e,t):r;return typeof i==`string`&&(i=i.includes(`?`)||i.includes(`#`)?i=v(i):{path:i},i.params={}),X({query:e.query,hash:e.hash,params:i.path==null?e.params:{}},i)}}function C(e,t){let n=l=_(e),i=c.value,a=e.state,o=e.force,s=e.replace===!0,u=S(n,i);if(u)return C(X(v(u),{state:typeof u==`object`?X({},a,u.state):a,force:o,replace:s}),t||n);let d=n;d.redirectedFrom=t;let f;return!o&&v2(r,i,n)&&(f=B2(Z.NAVIGATION_DUPLICATED,{to:d,from:i}),le(i,i,!0,!1)),(f?Promise.resolve(f):E(d,i)).catch(e=>V2(e)?V2(e,Z.NAVIGATION_GUARD_REDIRECT)?e:ce(e):oe(e,d,i)).then(e=>{if(e){if(V2(e,Z.NAVIGATION_GUARD_REDIRECT))return C(X({replace:s},v(e.to),{state:typeof e.to==`object`?X({},a,e.to.state):a,force:o}),t||d)}else e=te(d,i,!0,s,a);return ee(d,i,e),e})}function w(e,t){let n=y(e,t);return n?Promise.reject(n):Promise.resolve()}function T(e){let t=fe.values().next().value;return t&&typeof t.runWithContext==`function`?t.runWithContext(e):e()}function E(e,t){let n,[r,i,s]=$2(e,t);n=Q2(r.reverse(),`beforeRouteLeave`,e,t);for(let i of r)i.leaveGuards.forEach(r=>{n.push(Z2(r,e,t))});let c=w.bind(null,e,t);return n.push(c),pe(n).then(()=>{n=[];for(let r of a.list())n.push(Z2(r,e,t));return n.push(c),pe(n)}).then(()=>{n=Q2(i,`beforeRouteUpdate`,e,t);for(let r of i)r.updateGuards.forEach(r=>{n.push(Z2(r,e,t))});return n.push(c),pe(n)}).then(()=>{n=[];for(let r of s)if(r.beforeEnter){if(Wy(r.beforeEnter))for(let i of r.beforeEnter)n.push(Z2(i,e,t));else n.push(Z2(r.beforeEnter,e,t))}return n.push(c),pe(n)}).then(()=>(e.matched.forEach(e=>e.enterCallbacks={}),n=Q2(s,`beforeRouteEnter`,e,t,T),n.push(c),pe(n))).then(()=>{n=[];for(let r of o.list())n.push(Z2(r,e,t));return n.push(c),pe(n)}).catch(e=>V2(e,Z.NAVIGATION_CANCELLED)?e:Promise.reject(e))}function ee(e,t,n){s.list().forEach(r=>T(()=>r(e,t,n)))}function te(e,t,n,r,a){let o=y(e,t);if(o)return o;let s=t===w2,l=zy?history.state:{};n&&(r||s?i.replace(e.fullPath,X({scroll:s&&l&&l.scroll},a)):i.push(e.fullPath,a)),c.value=e,le(e,t,n,s),ce()}let ne;function re(){ne||=i.listen((e,t,n)=>{if(!O.listening)return;let r=_(e),a=S(r,O.currentRoute.value);if(a){C(X(a,{replace:!0,force:!0}),r).catch(Uy);return}l=r;let o=c.value;zy&&F2(N2(o.fullPath,n.delta),j2()),E(r,o).catch(e=>V2(e,Z.NAVIGATION_ABORTED|Z.NAVIGATION_CANCELLED)?e:V2(e,Z.NAVIGATION_GUARD_REDIRECT)?(C(X(v(e.to),{force:!0}),r).then(e=>{V2(e,Z.NAVIGATION_ABORTED|Z.NAVIGATION_DUPLICATED)&&!n.delta&&n.type===T2.pop&&i.go(-1,!1)}).catch(Uy),Promise.reject()):(n.delta&&i.go(-n.delta,!1),oe(e,r,o))).then(e=>{e||=te(r,o,!1),e&&(n.delta&&!V2(e,Z.NAVIGATION_CANCELLED)?i.go(-n.delta,!1):n.type===T2.pop&&V2(e,Z.NAVIGATION_ABORTED|Z.NAVIGATION_DUPLICATED)&&i.go(-1,!1)),ee(r,o,e)}).catch(Uy)})}let D=X2(),ie=X2(),ae;function oe(e,t,n){ce(e);let r=ie.list();return r.length?r.forEach(r=>r(e,t,n)):console.error(e),Promise.reject(e)}function se(){return ae&&c.value!==w2?Promise.resolve():new Promise((e,t)=>{D.add([e,t])})}function ce(e){return ae||(ae=!e,re(),D.list().forEach(([t,n])=>e?n(e):t()),D.reset()),e}function le(t,n,r,i){let{scrollBehavior:a}=e;if(!zy||!a)return Promise.resolve();let o=!r&&I2(N2(t.fullPath,0))||(i||!r)&&history.state&&history.state.scroll||null;return Vn().then(()=>a(t,n,o)).then(e=>e&&M2(e)).catch(e=>oe(e,t,n))}let ue=e=>i.go(e),de,fe=new Set,O={currentRoute:c,listening:!0,addRoute:p,removeRoute:m,clearRoutes:t.clearRoutes,hasRoute:g,getRoutes:h,resolve:_,options:e,push:b,replace:x,go:ue,back:()=>ue(-1),forward:()=>ue(1),beforeEach:a.add,beforeResolve:o.add,afterEach:s.add,onError:ie.add,isReady:se,install(e){e.component(`RouterLink`,M4),e.component(`RouterView`,z4),e.config.globalProperties.$router=O,Object.defineProperty(e.config.globalProperties,"$route",{enumerable:!0,get:()=>Ct(c)}),zy&&!de&&c.value===w2&&(de=!0,b(i.location).catch(e=>{}));let t={};for(let e in w2)Object.defineProperty(t,e,{get:()=>c.value[e],enumerable:!0});e.provide(q2,O),e.provide(J2,ct(t)),e.provide(Y2,c);let n=e.unmount;fe.add(e),e.unmount=function(){fe.delete(e),fe.size<1&&(l=w2,ne&&ne(),ne=null,c.value=w2,de=!1,ae=!1),n()}}};function pe(e){return e.reduce((e,t)=>e.then(()=>T(t)),Promise.resolve())}return O}function V4(){return ar(q2)}function H4(e){return ar(J2)}async function U4(e,t={}){let n;try{n=await fetch(e,{credentials:`same-origin`,...t})}catch(e){throw cy(e)}if(!n.ok)throw await sy(n);return n}function W4(e,t){return U4(e,{method:`POST`,headers:{"content-type":`application/json`,...ry()},body:t===void 0?void 0:JSON.stringify(t)})}async function G4(){let e=await(await U4(`/auth/session`,{headers:{accept:`application/json`}})).json();return e.user.role=e.user.role.toUpperCase(),e}async function K4(e,t){await W4(`/auth/login`,{email:e,password:t})}async function q4(){await W4(`/auth/logout`)}async function J4(e,t){await W4(`/auth/invitation`,{token:e,password:t})}var Y4=(function(){let e=typeof document<`u`&&document.createElement(`link`).relList;return e&&e.supports&&e.supports(`modulepreload`)?`modulepreload`:`preload`})(),X4=function(e){return`/app/`+e},Z4={},Q4={},$4=function(e){return e.pathname.endsWith(`.css`)},e3=function(e,t,n){if(t in e)return e[t];let r=n();if(!r){e[t]=void 0;return}let i=r.then(()=>{e[t]=void 0},n=>{throw delete e[t],n});return e[t]=i,i},Q=function(e,t,n){let r=Promise.resolve();if(t&&t.length>0){let e,i=document.querySelector(`meta[property=csp-nonce]`),a=i?.nonce||i?.getAttribute(`nonce`);function o(e){return Promise.all(e.map(e=>Promise.resolve(e).then(e=>({status:`fulfilled`,value:e}),e=>({status:`rejected`,reason:e}))))}function s(e){return import.meta.resolve?new URL(import.meta.resolve(e)):new URL(e,import.meta.url)}r=o(t.map(t=>{t=X4(t,n);let r=s(t),i=$4(r);return e3(Z4,r.href,()=>{if(e===void 0){e={all:new Set,styles:new Set};let t=document.getElementsByTagName(`link`);for(let n=t.length-1;n>=0;n--){let r=t[n];e.all.add(r.href),r.rel===`stylesheet`&&e.styles.add(r.href)}}let t=i?e.styles:e.all,n=i?Q4[r.href]:void 0;if(!n&&t.has(r.href))return;let o=document.createElement(`link`);if(o.rel=i?`stylesheet`:Y4,i||(o.as=`script`),o.crossOrigin=``,o.href=r.href,a&&o.setAttribute(`nonce`,a),n&&delete Q4[r.href],n?.isConnected?n.replaceWith(o):document.head.appendChild(o),i)return new Promise((e,t)=>{let n=i=>{o.removeEventListener(`load`,n),o.removeEventListener(`error`,n),i.type===`error`?(Q4[r.href]=o,t(Error(`Unable to preload CSS for ${r}`))):e(i)};o.addEventListener(`load`,n),o.addEventListener(`error`,n)})})}).filter(e=>e!==void 0))}function i(e){let t=new Event(`vite:preloadError`,{cancelable:!0});if(t.payload=e,window.dispatchEvent(t),!t.defaultPrevented)throw e}return r.then(t=>{for(let e of t||[])e.status===`rejected`&&i(e.reason);return e().catch(i)})},t3=null;function n3(){let{protocol:e,host:t}=window.location;return`${e===`https:`?`wss`:`ws`}://${t}/graphql`}async function r3(){return t3??=Q(async()=>{let{createClient:e}=await import(`./dist-i3JjxNFJ.js`);return{createClient:e}},[]).then(({createClient:e})=>e({url:n3(),lazy:!0,retryAttempts:5,connectionParams:()=>({csrfToken:ny()})})),t3}function i3(e,t,n){let r=null,i=!1;return r3().then(a=>{i||(r=a.subscribe({query:e.toString(),variables:t},{next:e=>e.data&&n.next(e.data),error:e=>n.error?.(e),complete:()=>{}}))}),()=>{i=!0,r?.()}}async function a3(){if(t3){let e=t3;t3=null,await(await e).dispose()}}var $=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new $(`
    fragment EffectWindow on MeasuredWindow {
  since
  until
  days
  analysed
  comments
  share
  weekly {
    mean
  }
  nps {
    score
    responses
    marginOfError
  }
  sentiment {
    mean
    scored
  }
}
    `,{fragmentName:`EffectWindow`}),new $(`
    fragment LoopFigures on LoopMetrics {
  openCases
  breachedCases
  detractorsContactedWithin24h
  medianHoursToFirstContact
  actionsByStatus
  effectiveActions
  effectiveActionsMeasured
  effectiveActionsOverridden
}
    `,{fragmentName:`LoopFigures`}),new $(`
    fragment CaseRow on Case {
  id
  status
  paused
  breached
  escalationLevel
  firstContactDueAt
  firstContactedAt
  resolveDueAt
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  team {
    id
    name
  }
  reason
  account {
    id
    externalId
    name
  }
  response {
    id
    score
    npsCategory
    comment
    survey {
      id
      name
    }
    respondent {
      id
      externalId
    }
    analysis {
      topic {
        id
        label
      }
    }
  }
}
    `,{fragmentName:`CaseRow`}),new $(`
    fragment CaseFull on Case {
  ...CaseRow
  source
  allowedTransitions
  resolvedAt
  closedAt
  resolutionReason
  resurveyUrl
  resurveyResponse {
    id
    score
    comment
    submittedAt
  }
  rootCauseTopic {
    id
    label
  }
  events {
    at
    kind
    from
    to
    note
    actor
    actorKind
  }
  reasonDetail
  account {
    id
    externalId
    name
    attributes
    renewalAt
    owner {
      id
      name
    }
  }
  response {
    id
    answers
    attributes
    channel
    submittedAt
    survey {
      id
      name
      kind
      questions
    }
    analysis {
      normalized
      keywords
      sentiment
      topicProbability
      topic {
        id
        label
      }
    }
    respondent {
      id
      externalId
      verified
      attributes
      responses(first: 11) {
        id
        score
        comment
        submittedAt
        survey {
          id
          name
        }
      }
    }
  }
}
    fragment CaseRow on Case {
  id
  status
  paused
  breached
  escalationLevel
  firstContactDueAt
  firstContactedAt
  resolveDueAt
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  team {
    id
    name
  }
  reason
  account {
    id
    externalId
    name
  }
  response {
    id
    score
    npsCategory
    comment
    survey {
      id
      name
    }
    respondent {
      id
      externalId
    }
    analysis {
      topic {
        id
        label
      }
    }
  }
}`,{fragmentName:`CaseFull`}),new $(`
    fragment DistributionRow on Distribution {
  id
  status
  recipients
  sent
  failed
  clicked
  answered
  unsubscribed
  responseRate
  sendAt
  remindAfterHours
  maxReminders
  failedRecipients(first: 20) {
    edges {
      node {
        email
        lastError
      }
    }
  }
}
    `,{fragmentName:`DistributionRow`}),new $(`
    fragment SettingsUserRow on User {
  id
  name
  email
  role
  status
  deactivatedAt
}
    `,{fragmentName:`SettingsUserRow`}),new $(`
    fragment SettingsApiKeyRow on ApiKey {
  id
  name
  role
  prefix
  createdAt
  lastUsedAt
  revokedAt
  user {
    id
    name
  }
}
    `,{fragmentName:`SettingsApiKeyRow`}),new $(`
    fragment SettingsUserError on UserError {
  code
  field
  message
}
    `,{fragmentName:`SettingsUserError`}),new $(`
    fragment TeamRow on Team {
  id
  name
  isDefault
  createdAt
  lead {
    id
    name
  }
  fallbackOwner {
    id
    name
  }
  members {
    available
    maxOpenCases
    lastAssignedAt
    user {
      id
      name
      role
    }
  }
}
    `,{fragmentName:`TeamRow`}),new $(`
    fragment RoutingRuleRow on RoutingRule {
  id
  attribute
  value
  position
  team {
    id
    name
  }
}
    `,{fragmentName:`RoutingRuleRow`}),new $(`
    fragment CaseRuleRow on CaseRule {
  id
  surveyId
  builtIn
  enabled
  npsMax
  csatMax
  cesMin
  sentimentMax
  firstContactHours
  resolveHours
  reopenDays
}
    `,{fragmentName:`CaseRuleRow`}),new $(`
    fragment WebhookRow on Webhook {
  id
  url
  events
  active
  createdAt
}
    `,{fragmentName:`WebhookRow`}),new $(`
    fragment DeliveryRow on WebhookDelivery {
  id
  event
  status
  attempts
  lastStatusCode
  lastError
  createdAt
  deliveredAt
  nextAttemptAt
}
    `,{fragmentName:`DeliveryRow`}),new $(`
    fragment SurveyRow on Survey {
  id
  name
  kind
  purpose
  status
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
  }
}
    `,{fragmentName:`SurveyRow`}),new $(`
    fragment SurveyDetail on Survey {
  id
  name
  kind
  purpose
  status
  token
  locale
  questions
  allowedOrigins
  sampleRate
  recontactDays
  displayLimit
  touchpoint
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
  }
}
    `,{fragmentName:`SurveyDetail`});var o3=new $(`
    query ActionsBoard($filter: ActionFilter) {
  actions(filter: $filter, first: 100) {
    totalCount
    edges {
      node {
        id
        title
        status
        priority
        dueAt
        owner {
          id
          name
        }
        topics {
          id
          label
        }
      }
    }
  }
}
    `),s3=new $(`
    query ActionPeople {
  users(first: 100) {
    edges {
      node {
        id
        name
        role
      }
    }
  }
}
    `),c3=new $(`
    query ActionDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Action {
      id
      title
      description
      status
      priority
      dueAt
      verificationDays
      verdictOverrideReason
      plannedAt
      shippedAt
      createdAt
      updatedAt
      owner {
        id
        name
      }
      duplicateOf {
        id
        title
      }
      topics {
        id
        label
        retired
      }
      responses(first: 20) {
        totalCount
        edges {
          node {
            id
            score
            comment
            submittedAt
            survey {
              name
            }
          }
        }
      }
      cases {
        id
        status
        breached
        createdAt
        assignee {
          name
        }
        response {
          score
          comment
        }
      }
      measuredBaseline {
        since
        until
        weeks
        analysed
        comments
        share
        weekly {
          mean
        }
        nps {
          score
          responses
          marginOfError
        }
        sentiment {
          mean
          scored
        }
        computedAt
      }
      measuredEffect {
        verdict
        reasons
        reasonCodes
        minComments
        windowComplete
        baselineRecomputed
        computedAt
        before {
          ...EffectWindow
        }
        after {
          ...EffectWindow
        }
        share {
          before
          after
          difference
          z
          pValue
          significant
        }
        nps {
          before
          after
          difference
          ci95
          significant
        }
        sentiment {
          before
          after
          difference
          ci95
        }
      }
      events {
        at
        kind
        from
        to
        note
        actor
        actorKind
      }
    }
  }
}
    fragment EffectWindow on MeasuredWindow {
  since
  until
  days
  analysed
  comments
  share
  weekly {
    mean
  }
  nps {
    score
    responses
    marginOfError
  }
  sentiment {
    mean
    scored
  }
}`),l3=new $(`
    query ActionTopicChoices {
  topics(first: 100) {
    edges {
      node {
        id
        label
      }
    }
  }
}
    `),u3=new $(`
    mutation MoveAction($id: ID!, $to: ActionStatus!, $note: String, $overrideReason: String) {
  transitionAction(id: $id, to: $to, note: $note, overrideReason: $overrideReason) {
    action {
      id
      status
    }
    errors {
      code
      field
      message
    }
  }
}
    `),d3=new $(`
    mutation EditAction($id: ID!, $input: UpdateActionInput!) {
  updateAction(id: $id, input: $input) {
    action {
      id
    }
    errors {
      code
      field
      message
    }
  }
}
    `),f3=new $(`
    mutation LinkAction($actionId: ID!, $topicIds: [ID!], $responseIds: [ID!], $caseIds: [ID!]) {
  linkToAction(
    actionId: $actionId
    topicIds: $topicIds
    responseIds: $responseIds
    caseIds: $caseIds
  ) {
    action {
      id
    }
    errors {
      code
      field
      message
    }
  }
}
    `),p3=new $(`
    mutation NoteAction($id: ID!, $note: String!) {
  addActionNote(id: $id, note: $note) {
    action {
      id
    }
    errors {
      code
      field
      message
    }
  }
}
    `),m3=new $(`
    query LoopOverview {
  loopMetrics {
    ...LoopFigures
  }
  teams {
    id
    name
    members {
      available
      maxOpenCases
      user {
        id
        name
      }
    }
  }
}
    fragment LoopFigures on LoopMetrics {
  openCases
  breachedCases
  detractorsContactedWithin24h
  medianHoursToFirstContact
  actionsByStatus
  effectiveActions
  effectiveActionsMeasured
  effectiveActionsOverridden
}`),h3=new $(`
    query LoopWindow($from: DateTime!, $to: DateTime!) {
  loopMetrics(from: $from, to: $to) {
    detractorsContactedWithin24h
    medianHoursToFirstContact
  }
}
    `),g3=new $(`
    query LoopCaseCounts($teamId: ID, $assigneeId: ID) {
  new: cases(
    filter: {status: NEW, teamId: $teamId, assigneeId: $assigneeId}
    first: 1
  ) {
    totalCount
  }
  assigned: cases(
    filter: {status: ASSIGNED, teamId: $teamId, assigneeId: $assigneeId}
    first: 1
  ) {
    totalCount
  }
  inProgress: cases(
    filter: {status: IN_PROGRESS, teamId: $teamId, assigneeId: $assigneeId}
    first: 1
  ) {
    totalCount
  }
  waiting: cases(
    filter: {status: WAITING_CUSTOMER, teamId: $teamId, assigneeId: $assigneeId}
    first: 1
  ) {
    totalCount
  }
  breached: cases(
    filter: {breached: true, teamId: $teamId, assigneeId: $assigneeId}
    first: 1
  ) {
    totalCount
  }
}
    `),_3=new $(`
    mutation UnlinkAction($actionId: ID!, $topicIds: [ID!], $responseIds: [ID!], $caseIds: [ID!]) {
  unlinkFromAction(
    actionId: $actionId
    topicIds: $topicIds
    responseIds: $responseIds
    caseIds: $caseIds
  ) {
    action {
      id
    }
    errors {
      code
      field
      message
    }
  }
}
    `),v3=new $(`
    query CasesList($filter: CaseFilter, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CaseRow
      }
    }
  }
}
    fragment CaseRow on Case {
  id
  status
  paused
  breached
  escalationLevel
  firstContactDueAt
  firstContactedAt
  resolveDueAt
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  team {
    id
    name
  }
  reason
  account {
    id
    externalId
    name
  }
  response {
    id
    score
    npsCategory
    comment
    survey {
      id
      name
    }
    respondent {
      id
      externalId
    }
    analysis {
      topic {
        id
        label
      }
    }
  }
}`),y3=new $(`
    query CasesOptions {
  teams {
    id
    name
    members {
      available
      maxOpenCases
      openCases
      user {
        id
        name
        role
      }
    }
  }
  topics(first: 100) {
    edges {
      node {
        id
        label
      }
    }
  }
}
    `),b3=new $(`
    query CaseDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Case {
      ...CaseFull
    }
  }
}
    fragment CaseRow on Case {
  id
  status
  paused
  breached
  escalationLevel
  firstContactDueAt
  firstContactedAt
  resolveDueAt
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  team {
    id
    name
  }
  reason
  account {
    id
    externalId
    name
  }
  response {
    id
    score
    npsCategory
    comment
    survey {
      id
      name
    }
    respondent {
      id
      externalId
    }
    analysis {
      topic {
        id
        label
      }
    }
  }
}
fragment CaseFull on Case {
  ...CaseRow
  source
  allowedTransitions
  resolvedAt
  closedAt
  resolutionReason
  resurveyUrl
  resurveyResponse {
    id
    score
    comment
    submittedAt
  }
  rootCauseTopic {
    id
    label
  }
  events {
    at
    kind
    from
    to
    note
    actor
    actorKind
  }
  reasonDetail
  account {
    id
    externalId
    name
    attributes
    renewalAt
    owner {
      id
      name
    }
  }
  response {
    id
    answers
    attributes
    channel
    submittedAt
    survey {
      id
      name
      kind
      questions
    }
    analysis {
      normalized
      keywords
      sentiment
      topicProbability
      topic {
        id
        label
      }
    }
    respondent {
      id
      externalId
      verified
      attributes
      responses(first: 11) {
        id
        score
        comment
        submittedAt
        survey {
          id
          name
        }
      }
    }
  }
}`),x3=new $(`
    mutation AssignCase($id: ID!, $assigneeId: ID!) {
  assignCase(id: $id, assigneeId: $assigneeId) {
    case {
      ...CaseFull
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment CaseRow on Case {
  id
  status
  paused
  breached
  escalationLevel
  firstContactDueAt
  firstContactedAt
  resolveDueAt
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  team {
    id
    name
  }
  reason
  account {
    id
    externalId
    name
  }
  response {
    id
    score
    npsCategory
    comment
    survey {
      id
      name
    }
    respondent {
      id
      externalId
    }
    analysis {
      topic {
        id
        label
      }
    }
  }
}
fragment CaseFull on Case {
  ...CaseRow
  source
  allowedTransitions
  resolvedAt
  closedAt
  resolutionReason
  resurveyUrl
  resurveyResponse {
    id
    score
    comment
    submittedAt
  }
  rootCauseTopic {
    id
    label
  }
  events {
    at
    kind
    from
    to
    note
    actor
    actorKind
  }
  reasonDetail
  account {
    id
    externalId
    name
    attributes
    renewalAt
    owner {
      id
      name
    }
  }
  response {
    id
    answers
    attributes
    channel
    submittedAt
    survey {
      id
      name
      kind
      questions
    }
    analysis {
      normalized
      keywords
      sentiment
      topicProbability
      topic {
        id
        label
      }
    }
    respondent {
      id
      externalId
      verified
      attributes
      responses(first: 11) {
        id
        score
        comment
        submittedAt
        survey {
          id
          name
        }
      }
    }
  }
}`),S3=new $(`
    mutation TransitionCase($id: ID!, $to: CaseStatus!, $note: String, $rootCauseTopicId: ID) {
  transitionCase(
    id: $id
    to: $to
    note: $note
    rootCauseTopicId: $rootCauseTopicId
  ) {
    case {
      ...CaseFull
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment CaseRow on Case {
  id
  status
  paused
  breached
  escalationLevel
  firstContactDueAt
  firstContactedAt
  resolveDueAt
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  team {
    id
    name
  }
  reason
  account {
    id
    externalId
    name
  }
  response {
    id
    score
    npsCategory
    comment
    survey {
      id
      name
    }
    respondent {
      id
      externalId
    }
    analysis {
      topic {
        id
        label
      }
    }
  }
}
fragment CaseFull on Case {
  ...CaseRow
  source
  allowedTransitions
  resolvedAt
  closedAt
  resolutionReason
  resurveyUrl
  resurveyResponse {
    id
    score
    comment
    submittedAt
  }
  rootCauseTopic {
    id
    label
  }
  events {
    at
    kind
    from
    to
    note
    actor
    actorKind
  }
  reasonDetail
  account {
    id
    externalId
    name
    attributes
    renewalAt
    owner {
      id
      name
    }
  }
  response {
    id
    answers
    attributes
    channel
    submittedAt
    survey {
      id
      name
      kind
      questions
    }
    analysis {
      normalized
      keywords
      sentiment
      topicProbability
      topic {
        id
        label
      }
    }
    respondent {
      id
      externalId
      verified
      attributes
      responses(first: 11) {
        id
        score
        comment
        submittedAt
        survey {
          id
          name
        }
      }
    }
  }
}`),C3=new $(`
    mutation AddCaseNote($id: ID!, $note: String!) {
  addCaseNote(id: $id, note: $note) {
    case {
      ...CaseFull
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment CaseRow on Case {
  id
  status
  paused
  breached
  escalationLevel
  firstContactDueAt
  firstContactedAt
  resolveDueAt
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  team {
    id
    name
  }
  reason
  account {
    id
    externalId
    name
  }
  response {
    id
    score
    npsCategory
    comment
    survey {
      id
      name
    }
    respondent {
      id
      externalId
    }
    analysis {
      topic {
        id
        label
      }
    }
  }
}
fragment CaseFull on Case {
  ...CaseRow
  source
  allowedTransitions
  resolvedAt
  closedAt
  resolutionReason
  resurveyUrl
  resurveyResponse {
    id
    score
    comment
    submittedAt
  }
  rootCauseTopic {
    id
    label
  }
  events {
    at
    kind
    from
    to
    note
    actor
    actorKind
  }
  reasonDetail
  account {
    id
    externalId
    name
    attributes
    renewalAt
    owner {
      id
      name
    }
  }
  response {
    id
    answers
    attributes
    channel
    submittedAt
    survey {
      id
      name
      kind
      questions
    }
    analysis {
      normalized
      keywords
      sentiment
      topicProbability
      topic {
        id
        label
      }
    }
    respondent {
      id
      externalId
      verified
      attributes
      responses(first: 11) {
        id
        score
        comment
        submittedAt
        survey {
          id
          name
        }
      }
    }
  }
}`),w3=new $(`
    subscription LiveCases {
  caseUpdated {
    ...CaseRow
  }
}
    fragment CaseRow on Case {
  id
  status
  paused
  breached
  escalationLevel
  firstContactDueAt
  firstContactedAt
  resolveDueAt
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  team {
    id
    name
  }
  reason
  account {
    id
    externalId
    name
  }
  response {
    id
    score
    npsCategory
    comment
    survey {
      id
      name
    }
    respondent {
      id
      externalId
    }
    analysis {
      topic {
        id
        label
      }
    }
  }
}`),T3=new $(`
    query ConsoleStart {
  viewer {
    role
    organization {
      id
      name
      timezone
    }
    user {
      id
      name
      email
      role
    }
  }
  surveys(first: 100) {
    edges {
      node {
        id
        name
        kind
        status
      }
    }
  }
}
    `),E3=new $(`
    query OverviewFigures($surveyId: ID, $from: DateTime!, $to: DateTime!, $previousFrom: DateTime!, $interval: Interval!) {
  current: metrics(surveyId: $surveyId, from: $from, to: $to, interval: $interval) {
    responses
    responseRate
    nps {
      score
      marginOfError
      promoters
      passives
      detractors
    }
    csat {
      score
      responses
    }
    ces {
      average
      responses
    }
    series {
      bucketStart
      responses
      nps
      npsMarginOfError
      promoters
      passives
      detractors
      partial
    }
    attributes(first: 20) {
      name
      responses
    }
    touchpoints(first: 12) {
      touchpoint
      responses
      nps {
        score
        marginOfError
      }
    }
  }
  previous: metrics(surveyId: $surveyId, from: $previousFrom, to: $from) {
    responses
    responseRate
    nps {
      score
      marginOfError
    }
    csat {
      score
    }
    ces {
      average
    }
  }
}
    `),D3=new $(`
    query OverviewTopics($surveyId: ID, $from: DateTime!, $to: DateTime!) {
  topics(surveyId: $surveyId, from: $from, to: $to, first: 100) {
    totalCount
    edges {
      node {
        id
        label
        size
        share
        nps
        npsImpact
        emerging
      }
    }
  }
}
    `),O3=new $(`
    query OverviewSegments($surveyId: ID, $from: DateTime!, $to: DateTime!, $attribute: String!) {
  metrics(surveyId: $surveyId, from: $from, to: $to) {
    segments(attribute: $attribute, first: 12) {
      value
      responses
      nps {
        score
        marginOfError
      }
    }
  }
}
    `),k3=new $(`
    subscription LiveResponses($surveyId: ID) {
  responseSubmitted(surveyId: $surveyId) {
    id
    submittedAt
  }
}
    `),A3=new $(`
    query SurveyDistributions($surveyId: ID!) {
  distributions(surveyId: $surveyId, first: 20) {
    totalCount
    edges {
      node {
        ...DistributionRow
      }
    }
  }
}
    fragment DistributionRow on Distribution {
  id
  status
  recipients
  sent
  failed
  clicked
  answered
  unsubscribed
  responseRate
  sendAt
  remindAfterHours
  maxReminders
  failedRecipients(first: 20) {
    edges {
      node {
        email
        lastError
      }
    }
  }
}`),j3=new $(`
    mutation CreateDistribution($input: CreateDistributionInput!) {
  createDistribution(input: $input) {
    distribution {
      ...DistributionRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment DistributionRow on Distribution {
  id
  status
  recipients
  sent
  failed
  clicked
  answered
  unsubscribed
  responseRate
  sendAt
  remindAfterHours
  maxReminders
  failedRecipients(first: 20) {
    edges {
      node {
        email
        lastError
      }
    }
  }
}`),M3=new $(`
    mutation CancelDistribution($id: ID!) {
  cancelDistribution(id: $id) {
    distribution {
      ...DistributionRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment DistributionRow on Distribution {
  id
  status
  recipients
  sent
  failed
  clicked
  answered
  unsubscribed
  responseRate
  sendAt
  remindAfterHours
  maxReminders
  failedRecipients(first: 20) {
    edges {
      node {
        email
        lastError
      }
    }
  }
}`),N3=new $(`
    query ResponsesList($surveyId: ID, $from: DateTime, $to: DateTime, $filter: ResponseFilter, $first: Int, $after: String) {
  responses(
    surveyId: $surveyId
    from: $from
    to: $to
    filter: $filter
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        score
        npsCategory
        comment
        completed
        channel
        submittedAt
        survey {
          id
          name
          kind
        }
        analysis {
          sentiment
          topic {
            id
            label
          }
        }
      }
    }
  }
}
    `),P3=new $(`
    query ResponsesAny {
  responses(first: 1) {
    totalCount
  }
}
    `),F3=new $(`
    query ResponsesFilterOptions($surveyId: ID, $from: DateTime!, $to: DateTime!) {
  topics(first: 100) {
    edges {
      node {
        id
        label
      }
    }
  }
  metrics(surveyId: $surveyId, from: $from, to: $to) {
    attributes(first: 30) {
      name
      responses
    }
  }
}
    `),I3=new $(`
    query ResponsesAttributeValues($surveyId: ID, $from: DateTime!, $to: DateTime!, $attribute: String!) {
  metrics(surveyId: $surveyId, from: $from, to: $to) {
    segments(attribute: $attribute, first: 30) {
      value
      responses
    }
  }
}
    `),L3=new $(`
    query ResponseDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Response {
      id
      score
      npsCategory
      comment
      answers
      completed
      channel
      locale
      pageUrl
      submittedAt
      attributes
      survey {
        id
        name
        kind
        questions
      }
      analysis {
        normalized
        tokens
        keywords
        sentiment
        topicProbability
        topic {
          id
          label
        }
      }
      respondent {
        id
        externalId
        verified
        attributes
      }
      case {
        id
        status
        createdAt
        assignee {
          id
          name
        }
      }
    }
  }
}
    `),R3=new $(`
    query SettingsUsers($first: Int, $after: String) {
  users(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...SettingsUserRow
      }
    }
  }
}
    fragment SettingsUserRow on User {
  id
  name
  email
  role
  status
  deactivatedAt
}`),z3=new $(`
    mutation SettingsInviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    invitationUrl
    expiresAt
    user {
      ...SettingsUserRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SettingsUserRow on User {
  id
  name
  email
  role
  status
  deactivatedAt
}`),B3=new $(`
    mutation SettingsChangeUserRole($userId: ID!, $role: Role!) {
  changeUserRole(userId: $userId, role: $role) {
    endedSessions
    user {
      ...SettingsUserRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SettingsUserRow on User {
  id
  name
  email
  role
  status
  deactivatedAt
}`),V3=new $(`
    mutation SettingsDeactivateUser($userId: ID!) {
  deactivateUser(userId: $userId) {
    endedSessions
    revokedApiKeys
    user {
      ...SettingsUserRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SettingsUserRow on User {
  id
  name
  email
  role
  status
  deactivatedAt
}`),H3=new $(`
    mutation SettingsReactivateUser($userId: ID!) {
  reactivateUser(userId: $userId) {
    user {
      ...SettingsUserRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SettingsUserRow on User {
  id
  name
  email
  role
  status
  deactivatedAt
}`),U3=new $(`
    mutation SettingsRevokeUserSessions($userId: ID!) {
  revokeUserSessions(userId: $userId) {
    endedSessions
    errors {
      code
      field
      message
    }
  }
}
    `),W3=new $(`
    query SettingsApiKeys($first: Int, $after: String) {
  apiKeys(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...SettingsApiKeyRow
      }
    }
  }
}
    fragment SettingsApiKeyRow on ApiKey {
  id
  name
  role
  prefix
  createdAt
  lastUsedAt
  revokedAt
  user {
    id
    name
  }
}`),G3=new $(`
    mutation SettingsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey {
      ...SettingsApiKeyRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SettingsApiKeyRow on ApiKey {
  id
  name
  role
  prefix
  createdAt
  lastUsedAt
  revokedAt
  user {
    id
    name
  }
}`),K3=new $(`
    mutation SettingsRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    apiKey {
      ...SettingsApiKeyRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SettingsApiKeyRow on ApiKey {
  id
  name
  role
  prefix
  createdAt
  lastUsedAt
  revokedAt
  user {
    id
    name
  }
}`),q3=new $(`
    query SettingsIdentitySecret {
  viewer {
    organization {
      id
      identitySecret
    }
  }
}
    `),J3=new $(`
    mutation SettingsRotateIdentitySecret {
  rotateIdentitySecret {
    organization {
      id
      identitySecret
    }
    errors {
      code
      field
      message
    }
  }
}
    `),Y3=new $(`
    query SettingsOrganization {
  viewer {
    organization {
      id
      name
      timezone
    }
  }
}
    `),X3=new $(`
    mutation SettingsUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    organization {
      id
      name
      timezone
    }
    errors {
      code
      field
      message
    }
  }
}
    `),Z3=new $(`
    query SettingsTeams {
  teams {
    ...TeamRow
  }
  routingRules {
    ...RoutingRuleRow
  }
  users(first: 100) {
    edges {
      node {
        id
        name
        role
      }
    }
  }
}
    fragment TeamRow on Team {
  id
  name
  isDefault
  createdAt
  lead {
    id
    name
  }
  fallbackOwner {
    id
    name
  }
  members {
    available
    maxOpenCases
    lastAssignedAt
    user {
      id
      name
      role
    }
  }
}
fragment RoutingRuleRow on RoutingRule {
  id
  attribute
  value
  position
  team {
    id
    name
  }
}`),Q3=new $(`
    mutation CreateTeam($name: String!, $leadId: ID, $fallbackOwnerId: ID, $isDefault: Boolean!) {
  createTeam(
    name: $name
    leadId: $leadId
    fallbackOwnerId: $fallbackOwnerId
    isDefault: $isDefault
  ) {
    team {
      ...TeamRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment TeamRow on Team {
  id
  name
  isDefault
  createdAt
  lead {
    id
    name
  }
  fallbackOwner {
    id
    name
  }
  members {
    available
    maxOpenCases
    lastAssignedAt
    user {
      id
      name
      role
    }
  }
}`),$3=new $(`
    mutation AddTeamMember($teamId: ID!, $userId: ID!, $maxOpenCases: Int, $available: Boolean) {
  addTeamMember(
    teamId: $teamId
    userId: $userId
    maxOpenCases: $maxOpenCases
    available: $available
  ) {
    team {
      ...TeamRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment TeamRow on Team {
  id
  name
  isDefault
  createdAt
  lead {
    id
    name
  }
  fallbackOwner {
    id
    name
  }
  members {
    available
    maxOpenCases
    lastAssignedAt
    user {
      id
      name
      role
    }
  }
}`),e6=new $(`
    mutation SetMemberAvailability($teamId: ID!, $userId: ID!, $available: Boolean!) {
  setMemberAvailability(teamId: $teamId, userId: $userId, available: $available) {
    team {
      ...TeamRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment TeamRow on Team {
  id
  name
  isDefault
  createdAt
  lead {
    id
    name
  }
  fallbackOwner {
    id
    name
  }
  members {
    available
    maxOpenCases
    lastAssignedAt
    user {
      id
      name
      role
    }
  }
}`),t6=new $(`
    mutation AddRoutingRule($attribute: String!, $value: String!, $teamId: ID!) {
  addRoutingRule(attribute: $attribute, value: $value, teamId: $teamId) {
    rule {
      ...RoutingRuleRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment RoutingRuleRow on RoutingRule {
  id
  attribute
  value
  position
  team {
    id
    name
  }
}`),n6=new $(`
    query SettingsCaseRules {
  caseRules {
    ...CaseRuleRow
  }
  surveys(first: 100) {
    edges {
      node {
        id
        name
        kind
        status
        purpose
      }
    }
  }
}
    fragment CaseRuleRow on CaseRule {
  id
  surveyId
  builtIn
  enabled
  npsMax
  csatMax
  cesMin
  sentimentMax
  firstContactHours
  resolveHours
  reopenDays
}`),r6=new $(`
    mutation SetCaseRule($input: CaseRuleInput!, $surveyId: ID) {
  setCaseRule(input: $input, surveyId: $surveyId) {
    rule {
      ...CaseRuleRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment CaseRuleRow on CaseRule {
  id
  surveyId
  builtIn
  enabled
  npsMax
  csatMax
  cesMin
  sentimentMax
  firstContactHours
  resolveHours
  reopenDays
}`),i6=new $(`
    query SettingsWebhooks {
  webhooks(first: 100) {
    totalCount
    edges {
      node {
        ...WebhookRow
      }
    }
  }
}
    fragment WebhookRow on Webhook {
  id
  url
  events
  active
  createdAt
}`),a6=new $(`
    query WebhookDeliveries($id: ID!, $first: Int, $after: String, $status: WebhookDeliveryStatus) {
  node(id: $id) {
    ... on Webhook {
      id
      deliveries(first: $first, after: $after, status: $status) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...DeliveryRow
          }
        }
      }
    }
  }
}
    fragment DeliveryRow on WebhookDelivery {
  id
  event
  status
  attempts
  lastStatusCode
  lastError
  createdAt
  deliveredAt
  nextAttemptAt
}`),o6=new $(`
    mutation CreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    webhook {
      ...WebhookRow
    }
    secret
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment WebhookRow on Webhook {
  id
  url
  events
  active
  createdAt
}`),s6=new $(`
    mutation UpdateWebhook($id: ID!, $url: String, $events: [String!], $active: Boolean) {
  updateWebhook(id: $id, url: $url, events: $events, active: $active) {
    webhook {
      ...WebhookRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment WebhookRow on Webhook {
  id
  url
  events
  active
  createdAt
}`),c6=new $(`
    mutation RotateWebhookSecret($id: ID!) {
  rotateWebhookSecret(id: $id) {
    webhook {
      ...WebhookRow
    }
    secret
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment WebhookRow on Webhook {
  id
  url
  events
  active
  createdAt
}`),l6=new $(`
    mutation DeleteWebhook($id: ID!) {
  deleteWebhook(id: $id) {
    webhook {
      id
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}`),u6=new $(`
    mutation RedeliverWebhookDelivery($id: ID!) {
  redeliverWebhookDelivery(id: $id) {
    delivery {
      ...DeliveryRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment DeliveryRow on WebhookDelivery {
  id
  event
  status
  attempts
  lastStatusCode
  lastError
  createdAt
  deliveredAt
  nextAttemptAt
}`),d6=new $(`
    query SettingsVocabulary {
  vocabulary {
    stopWords
    productTerms
  }
}
    `),f6=new $(`
    mutation UpdateVocabulary($stopWords: [String!], $productTerms: [String!]) {
  updateVocabulary(stopWords: $stopWords, productTerms: $productTerms) {
    vocabulary {
      stopWords
      productTerms
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}`),p6=new $(`
    mutation SetMemberCap($teamId: ID!, $userId: ID!, $maxOpenCases: Int!) {
  setMemberCap(teamId: $teamId, userId: $userId, maxOpenCases: $maxOpenCases) {
    team {
      ...TeamRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment TeamRow on Team {
  id
  name
  isDefault
  createdAt
  lead {
    id
    name
  }
  fallbackOwner {
    id
    name
  }
  members {
    available
    maxOpenCases
    lastAssignedAt
    user {
      id
      name
      role
    }
  }
}`),m6=new $(`
    mutation DeleteRoutingRule($id: ID!) {
  deleteRoutingRule(id: $id) {
    rule {
      attribute
      value
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}`),h6=new $(`
    mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {
  updateTeam(id: $id, input: $input) {
    team {
      ...TeamRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment TeamRow on Team {
  id
  name
  isDefault
  createdAt
  lead {
    id
    name
  }
  fallbackOwner {
    id
    name
  }
  members {
    available
    maxOpenCases
    lastAssignedAt
    user {
      id
      name
      role
    }
  }
}`),g6=new $(`
    mutation DeleteTeam($id: ID!) {
  deleteTeam(id: $id) {
    team {
      id
      name
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}`),_6=new $(`
    mutation RemoveTeamMember($teamId: ID!, $userId: ID!) {
  removeTeamMember(teamId: $teamId, userId: $userId) {
    team {
      ...TeamRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment TeamRow on Team {
  id
  name
  isDefault
  createdAt
  lead {
    id
    name
  }
  fallbackOwner {
    id
    name
  }
  members {
    available
    maxOpenCases
    lastAssignedAt
    user {
      id
      name
      role
    }
  }
}`),v6=new $(`
    query SurveyList($status: SurveyStatus, $includeSystem: Boolean, $first: Int, $after: String) {
  surveys(
    status: $status
    includeSystem: $includeSystem
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...SurveyRow
      }
    }
  }
}
    fragment SurveyRow on Survey {
  id
  name
  kind
  purpose
  status
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
  }
}`),y6=new $(`
    query SurveyDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Survey {
      ...SurveyDetail
    }
  }
}
    fragment SurveyDetail on Survey {
  id
  name
  kind
  purpose
  status
  token
  locale
  questions
  allowedOrigins
  sampleRate
  recontactDays
  displayLimit
  touchpoint
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
  }
}`),b6=new $(`
    query DefaultSurveyDefinition($kind: SurveyKind!, $locale: String!) {
  defaultSurveyDefinition(kind: $kind, locale: $locale)
}
    `),x6=new $(`
    mutation CreateSurvey($input: CreateSurveyInput!) {
  createSurvey(input: $input) {
    survey {
      ...SurveyDetail
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SurveyDetail on Survey {
  id
  name
  kind
  purpose
  status
  token
  locale
  questions
  allowedOrigins
  sampleRate
  recontactDays
  displayLimit
  touchpoint
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
  }
}`),S6=new $(`
    mutation UpdateSurvey($id: ID!, $input: UpdateSurveyInput!) {
  updateSurvey(id: $id, input: $input) {
    survey {
      ...SurveyDetail
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SurveyDetail on Survey {
  id
  name
  kind
  purpose
  status
  token
  locale
  questions
  allowedOrigins
  sampleRate
  recontactDays
  displayLimit
  touchpoint
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
  }
}`),C6=new $(`
    mutation PublishSurvey($id: ID!) {
  publishSurvey(id: $id) {
    survey {
      ...SurveyDetail
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SurveyDetail on Survey {
  id
  name
  kind
  purpose
  status
  token
  locale
  questions
  allowedOrigins
  sampleRate
  recontactDays
  displayLimit
  touchpoint
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
  }
}`),w6=new $(`
    mutation PauseSurvey($id: ID!) {
  pauseSurvey(id: $id) {
    survey {
      ...SurveyDetail
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SurveyDetail on Survey {
  id
  name
  kind
  purpose
  status
  token
  locale
  questions
  allowedOrigins
  sampleRate
  recontactDays
  displayLimit
  touchpoint
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
  }
}`),T6=new $(`
    mutation ArchiveSurvey($id: ID!) {
  archiveSurvey(id: $id) {
    survey {
      ...SurveyDetail
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SurveyDetail on Survey {
  id
  name
  kind
  purpose
  status
  token
  locale
  questions
  allowedOrigins
  sampleRate
  recontactDays
  displayLimit
  touchpoint
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
  }
}`),E6=new $(`
    query TopicsList($surveyId: ID, $from: DateTime!, $to: DateTime!, $interval: Interval!) {
  topics(surveyId: $surveyId, from: $from, to: $to, first: 100) {
    totalCount
    edges {
      node {
        id
        label
        size
        share
        nps
        npsImpact
        emerging
        sentiment {
          positive
          neutral
          negative
        }
        trend(interval: $interval) {
          bucketStart
          count
          partial
        }
      }
    }
  }
}
    `),D6=new $(`
    query TopicVersions($surveyId: ID) {
  topicModelVersions(surveyId: $surveyId) {
    version
    active
    surveyId
    fittedAt
    comments
    topicCount
  }
}
    `),O6=new $(`
    query TopicDetail($id: ID!, $surveyId: ID, $from: DateTime, $to: DateTime) {
  node: topic(id: $id, surveyId: $surveyId, from: $from, to: $to) {
    __typename
    ... on Topic {
      id
      label
      generatedLabel
      keywords {
        word
        weight
      }
      size
      share
      nps
      npsImpact
      emerging
      retired
      sentiment {
        positive
        neutral
        negative
      }
      successors {
        id
        label
        retired
      }
      mergedInto {
        id
        label
      }
      trend(interval: WEEK) {
        bucketStart
        count
        partial
      }
      representativeComments(limit: 6)
      responses(first: 5) {
        edges {
          node {
            id
            score
            comment
            submittedAt
            survey {
              name
            }
          }
        }
      }
    }
  }
}
    `),k6=new $(`
    query TopicActions($topicId: ID!) {
  actions(filter: {topicId: $topicId}, first: 20) {
    totalCount
    edges {
      node {
        id
        title
        status
        priority
        dueAt
        createdAt
        owner {
          name
        }
      }
    }
  }
}
    `),A6=new $(`
    query ActiveTopicFit($surveyId: ID) {
  activeTopicFit(surveyId: $surveyId) {
    id
    status
    progress
    stage
    error
  }
}
    `),j6=new $(`
    query AnalysisJobProgress($id: ID!) {
  analysisJob(id: $id) {
    id
    status
    progress
    stage
    error
  }
}
    `),M6=new $(`
    mutation FitTopics($input: FitTopicsInput!) {
  fitTopics(input: $input) {
    job {
      id
      status
      progress
      stage
      error
    }
    errors {
      code
      field
      message
    }
  }
}
    `),N6=new $(`
    mutation RenameTopic($id: ID!, $label: String!) {
  renameTopic(id: $id, label: $label) {
    topic {
      id
      label
    }
    errors {
      code
      field
      message
    }
  }
}
    `),P6=new $(`
    mutation MergeTopics($ids: [ID!]!) {
  mergeTopics(ids: $ids) {
    topic {
      id
      label
    }
    errors {
      code
      field
      message
    }
  }
}
    `),F6=new $(`
    mutation CreateTopicAction($input: CreateActionInput!) {
  createAction(input: $input) {
    action {
      id
      title
      status
      topics {
        id
      }
    }
    errors {
      code
      field
      message
    }
  }
}
    `),I6=st({session:null,checked:!1,timezone:`Asia/Shanghai`,surveys:[],started:!1});async function L6(e=!1){if(I6.checked&&!e)return I6.session;try{I6.session=await G4()}catch(e){if(!ay(e,`UNAUTHENTICATED`))throw e;I6.session=null}return I6.checked=!0,I6.session}async function R6(){if(I6.started)return;let e=await dy(T3,{});I6.timezone=e.viewer.organization.timezone,I6.surveys=e.surveys.edges.map(e=>e.node),I6.started=!0}function z6(){return I6.session?.user.role??null}function B6(){I6.session=null,I6.checked=!0,I6.started=!1,I6.surveys=[],a3()}async function V6(){try{await q4()}finally{B6()}}var H6=B4({history:a4(`/app/`),routes:[{path:`/login`,name:`login`,component:()=>Q(()=>import(`./LoginView-CepgpuTh.js`),__vite__mapDeps([0,1,2,3,4,5])),meta:{public:!0}},{path:`/invitation`,name:`invitation`,component:()=>Q(()=>import(`./InvitationView-wVmRdowW.js`),__vite__mapDeps([6,1,2,3,4,5])),meta:{public:!0}},{path:`/`,component:()=>Q(()=>import(`./ShellLayout-BD3tehsM.js`),__vite__mapDeps([7,3,4,8,9])),children:[{path:``,name:`overview`,component:()=>Q(()=>import(`./OverviewView-CQfHf7o2.js`),__vite__mapDeps([10,1,2,3,4,11,12,13,14,15,16,5,8,17,18,19,20,21,22,23,24]))},{path:`topics`,name:`topics`,component:()=>Q(()=>import(`./TopicsView-DwOyMpOs.js`),__vite__mapDeps([25,1,2,3,4,11,12,13,15,16,5,8,17,18,19,26,14,27,21,22,20,23,28]))},{path:`topics/:id`,name:`topic`,component:()=>Q(()=>import(`./TopicView-pF9hrtfS.js`),__vite__mapDeps([29,1,2,3,4,21,16,22,11,12,18,8,19,15,5,17,13,26,14,27,23,30]))},{path:`responses`,name:`responses`,component:()=>Q(()=>import(`./ResponsesView-DmGryija.js`),__vite__mapDeps([31,1,2,3,4,11,12,32,8,15,16,5,17,18,19,23,20,14,33]))},{path:`surveys`,name:`surveys`,component:()=>Q(()=>import(`./SurveysView-FcgRcOXM.js`),__vite__mapDeps([34,1,2,3,4,11,12,35,36,14,5]))},{path:`surveys/:id`,name:`survey`,component:()=>Q(()=>import(`./SurveyView-zj2tZgrA.js`),__vite__mapDeps([37,1,2,3,4,11,12,35,36,14]))},{path:`cases`,name:`cases`,component:()=>Q(()=>import(`./CasesView-GFqhZcVD.js`),__vite__mapDeps([38,1,2,3,4,11,12,18,8,19,39,5,23,20,40,32,14,41]))},{path:`cases/:id`,name:`case`,component:()=>Q(()=>import(`./CaseView-BCumTko2.js`),__vite__mapDeps([42,1,2,3,4,11,12,39,5,23,8,20,40,32,43]))},{path:`actions`,name:`actions`,component:()=>Q(()=>import(`./ActionsView-JP_9TRrz.js`),__vite__mapDeps([44,1,2,3,4,21,16,22,11,12,45,23,5,20,8,46]))},{path:`actions/:id`,name:`action`,component:()=>Q(()=>import(`./ActionView-CmDVGdQF.js`),__vite__mapDeps([47,1,2,3,4,21,16,22,11,12,13,14,45,23,5,8,48]))},{path:`loop`,name:`loop`,component:()=>Q(()=>import(`./LoopView-DNjlTK9W.js`),__vite__mapDeps([49,1,2,3,4,11,12,13,14,20,5,8,50]))},{path:`settings`,component:()=>Q(()=>import(`./SettingsLayout-B63eWN4k.js`),__vite__mapDeps([51,52,8,53])),children:[{path:``,name:`settings`,redirect:{name:`settings-users`}},{path:`users`,name:`settings-users`,component:()=>Q(()=>import(`./UsersView-BAT2z2qF.js`),__vite__mapDeps([54,1,2,3,4,11,12,52,55]))},{path:`api-keys`,name:`settings-api-keys`,component:()=>Q(()=>import(`./ApiKeysView-BoUMMMmk.js`),__vite__mapDeps([56,1,2,3,4,11,12,52,55]))},{path:`identity`,name:`settings-identity`,component:()=>Q(()=>import(`./IdentityView-BsIGf95a.js`),__vite__mapDeps([57,1,2,3,4,52,8,58,55]))},{path:`organization`,name:`settings-organization`,component:()=>Q(()=>import(`./OrganizationView-D00gkH-2.js`),__vite__mapDeps([59,1,2,3,4,11,12,52,8,60,55]))},{path:`teams`,name:`settings-teams`,component:()=>Q(()=>import(`./TeamsView-CFR5eRp6.js`),__vite__mapDeps([61,1,2,3,4,11,12,62,63,8,64]))},{path:`automation`,name:`settings-automation`,component:()=>Q(()=>import(`./AutomationView-BbpYADHa.js`),__vite__mapDeps([65,1,2,3,4,11,12,62,63,66]))},{path:`sla`,name:`settings-sla`,component:()=>Q(()=>import(`./SlaView-hFi33DGt.js`),__vite__mapDeps([67,1,2,3,4,11,12,62,63,66]))},{path:`webhooks`,name:`settings-webhooks`,component:()=>Q(()=>import(`./WebhooksView-OMEz3D2K.js`),__vite__mapDeps([68,1,2,3,4,11,12,62,63]))},{path:`vocabulary`,name:`settings-vocabulary`,component:()=>Q(()=>import(`./VocabularyView-tMZnFDW7.js`),__vite__mapDeps([69,1,2,3,4,11,12,62,63]))}]},{path:`:rest(.*)*`,name:`not-found`,component:()=>Q(()=>import(`./NotFoundView-CvjlC8wh.js`),[])}]}]});function U6(e,t){let n={};return e.fullPath!==`/`&&e.name!==`login`&&(n.next=e.fullPath),t&&(n.reason=t),{name:`login`,query:n}}H6.beforeEach(async e=>e.meta.public||await L6().catch(()=>null)?!0:U6(e)),uy(()=>{let e=H6.currentRoute.value;e.meta.public||(B6(),H6.replace(U6(e,`ended`)))}),mc(ey).use(Ly).use(H6).mount(`#app`);export{N3 as $,Rc as $n,Tg as $t,d3 as A,Hf as An,Vn as Ar,S6 as At,p3 as B,Bl as Bn,cr as Br,V4 as Bt,Q3 as C,Qm as Cn,Vr as Cr,v6 as Ct,m6 as D,Sp as Dn,ar as Dr,E6 as Dt,b6 as E,Tp as En,Eo as Er,D6 as Et,g3 as F,ad as Fn,ir as Fr,i3 as Ft,C6 as G,Al as Gn,Dn as Gr,sy as Gt,O3 as H,Fl as Hn,nr as Hr,Ry as Ht,m3 as I,Hu as In,di as Ir,Q as It,N6 as J,Jc as Jn,st as Jr,ry as Jt,u6 as K,El as Kn,w as Kr,ay as Kt,h3 as L,Fu as Ln,fi as Lr,J4 as Lt,f3 as M,hd as Mn,Zr as Mr,f6 as Mt,w3 as N,sd as Nn,ti as Nr,s6 as Nt,g6 as O,op as On,Ha as Or,S3 as Ot,k3 as P,od as Pn,Fa as Pr,a6 as Pt,F3 as Q,Bc as Qn,Ct as Qr,ug as Qt,P6 as R,ru as Rn,si as Rr,K4 as Rt,x6 as S,nh as Sn,I as Sr,A3 as St,o6 as T,Rm as Tn,co as Tr,O6 as Tt,D3 as U,Ml as Un,bn as Ur,dy as Ut,E3 as V,Ll as Vn,tr as Vr,Ny as Vt,w6 as W,jl as Wn,hn as Wr,iy as Wt,P3 as X,Hc as Xn,bt as Xr,lg as Xt,L3 as Y,qc as Yn,yt as Yr,Hv as Yt,I3 as Z,Vc as Zn,Et as Zr,ng as Zt,M3 as _,Th as _n,Ka as _r,X3 as _t,V6 as a,dg as an,_c as ar,n6 as at,y3 as b,ch as bn,Ba as br,i6 as bt,l3 as c,Ng as cn,$s as cr,V3 as ct,C3 as d,Pg as dn,Qs as dr,Y3 as dt,fg as en,Lc as er,c6 as et,t6 as f,Fg as fn,_s as fr,H3 as ft,x3 as g,Eh as gn,L as gr,Z3 as gt,T6 as h,Ah as hn,Cr as hr,J3 as ht,I6 as i,$h as in,yc as ir,W3 as it,M6 as j,gd as jn,ei as jr,h6 as jt,l6 as k,ap as kn,to as kr,_3 as kt,o3 as l,sg as ln,tc as lr,q3 as lt,j6 as m,Oh as mn,ka as mr,U3 as mt,R6 as n,pg as nn,Tc as nr,e6 as nt,c3 as o,Cg as on,vc as or,B3 as ot,$3 as p,Jh as pn,lc as pr,K3 as pt,_6 as q,$c as qn,T as qr,cy as qt,z6 as r,mg as rn,Sc as rr,p6 as rt,s3 as s,wg as sn,pc as sr,G3 as st,L6 as t,cg as tn,Ec as tr,r6 as tt,A6 as u,og as un,nc as ur,z3 as ut,b3 as v,kh as vn,Va as vr,R3 as vt,F6 as w,Um as wn,jr as wr,k6 as wt,j3 as x,oh as xn,Xa as xr,y6 as xt,v3 as y,Mh as yn,Za as yr,d6 as yt,u3 as z,Ql as zn,Mr as zr,H4 as zt};