const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/LoginView-B4EE9Qc2.js","assets/messages-hxNg6lsD.js","assets/messages-naq9irP6.css","assets/button-B3V9tCHK.js","assets/button-Cs4xlg8E.css","assets/landing-JCLBroBj.js","assets/period-C3dEPnO_.js","assets/InvitationView-t-1iVrA8.js","assets/ShellLayout-B97Ufgxh.js","assets/_plugin-vue_export-helper-BDNMzG2s.js","assets/ShellLayout-DvAvC37I.css","assets/OverviewView-DZcsA9Oz.js","assets/LoadingBlock-D06oT1Bp.js","assets/LoadingBlock-C4reEedf.css","assets/lazyEChart-B8JIZMKi.js","assets/format-BM0sgi3w.js","assets/PeriodPicker-C0QChCaK.js","assets/DateInput-DdMLNmZ5.js","assets/tag-CE9W0-Cs.js","assets/tag-C2o1jcGE.css","assets/DateInput-DAYFk3eB.css","assets/PeriodPicker-CnStD_gb.css","assets/SurveyPicker-BWAc_i2-.js","assets/SurveyPicker-BOEBLMvM.css","assets/pageStart-BiDHApRQ.js","assets/accounts-DHBtVj1T.js","assets/partialBuckets-BlyMH7hU.js","assets/scopeQuery-CxovACVz.js","assets/OverviewView-BJVwL1xh.css","assets/TopicsView-CXFCbaQj.js","assets/accountFilter-R12ZjTKk.js","assets/accountFilter-BgbnLGRY.css","assets/dates-BbWwxZJJ.js","assets/TopicsView-u9J2ISGJ.css","assets/TopicView-BrVH4zjg.js","assets/TopicView-C8AYuF5p.css","assets/ResponsesView-DHHfN7YM.js","assets/AttributeTable-CPJpuc9o.js","assets/AttributeTable-D6HXFHRs.css","assets/display-Bu38InGb.js","assets/ResponsesView-DiJXSgeV.css","assets/SurveysView-BTuaWD4Y.js","assets/StatusBadge-DneJ0Oss.js","assets/StatusBadge-DWXbTtI2.css","assets/SurveyView-2TmRDtlw.js","assets/CasesView-C2-ehN2a.js","assets/caseWarning-CDqrHiHG.js","assets/useCases-BnGdR4-g.js","assets/useCases-BQe6XPG3.css","assets/CasesView-DPVRsnVf.css","assets/CaseView-f85lygJv.js","assets/CaseView-ConULW28.css","assets/ActionsView-KQZFB3-R.js","assets/permissions-CXRe01AO.js","assets/ActionsView-DGxtQg00.css","assets/ActionView-CVJGK6gs.js","assets/ActionView-DarqeSLB.css","assets/AccountsView-D17E8RFo.js","assets/AccountsView-DEdAZ5mV.css","assets/AccountView-D61Kj5W7.js","assets/AccountView-De-0dES1.css","assets/LoopView-DxoY6nwl.js","assets/LoopView-DB1LKPC8.css","assets/SettingsLayout-2t1DRjCq.js","assets/settingsPeople-DVwFwyP0.js","assets/SettingsLayout-BDzHr1KJ.css","assets/UsersView-Cs5wIfnH.js","assets/people-DgIzWEzQ.css","assets/ApiKeysView-C-5tgLfm.js","assets/IdentityView-ChoxMARx.js","assets/IdentityView-Bi4BziBc.css","assets/OrganizationView-D0FGx0IR.js","assets/OrganizationView-CH4fzUQd.css","assets/TeamsView-C-cTZArN.js","assets/settingsLoop-lTOxhipx.js","assets/settingsLoop-Bpsuqzo0.css","assets/TeamsView-CEes3aqg.css","assets/AutomationView-B_Uqa1ry.js","assets/useCaseRules-BMFkhuG_.js","assets/SlaView-CJ9kUtmP.js","assets/WebhooksView-DHFb62i4.js","assets/ChannelsView-BBg0vX9N.js","assets/ChannelsView-DNMVVlVK.css","assets/VocabularyView-BNLd1ZMh.js"])))=>i.map(i=>d[i]);
function e(e){let t=Object.create(null);for(let n of e.split(`,`))t[n]=1;return e=>e in t}var t={},n=()=>{},r=Object.assign,i=(e,t)=>{let n=e.indexOf(t);n>-1&&e.splice(n,1)},a=Object.prototype.hasOwnProperty,o=(e,t)=>a.call(e,t),s=Array.isArray,c=e=>h(e)===`[object Map]`,l=e=>h(e)===`[object Set]`,u=e=>typeof e==`function`,d=e=>typeof e==`string`,f=e=>typeof e==`symbol`,p=e=>typeof e==`object`&&!!e,m=Object.prototype.toString,h=e=>m.call(e),g=e=>h(e).slice(8,-1),_=e=>h(e)===`[object Object]`,v=e=>d(e)&&e!==`NaN`&&e[0]!==`-`&&``+parseInt(e,10)===e,y=(e,t)=>!Object.is(e,t),b=(e,t,n,r=!1)=>{Object.defineProperty(e,t,{configurable:!0,enumerable:!1,writable:r,value:n})},x,S=class{constructor(e=!1){this.detached=e,this._active=!0,this._on=0,this.effects=[],this.cleanups=[],this._isPaused=!1,this._warnOnRun=!0,this.__v_skip=!0,!e&&x&&(x.active?(this.parent=x,this.index=(x.scopes||(x.scopes=[])).push(this)-1):(this._active=!1,this._warnOnRun=!1))}get active(){return this._active}pause(){if(this._active){this._isPaused=!0;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].pause()}for(e=0,t=this.effects.length;e<t;e++)this.effects[e].pause()}}resume(){if(this._active&&this._isPaused){this._isPaused=!1;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}let n=this.effects.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}}run(e){if(this._active){let t=x;try{return x=this,e()}finally{x=t}}}on(){++this._on===1&&(this.prevScope=x,x=this)}off(){if(this._on>0&&--this._on===0){if(x===this)x=this.prevScope;else{let e=x;for(;e;){if(e.prevScope===this){e.prevScope=this.prevScope;break}e=e.prevScope}}this.prevScope=void 0}}stop(e){if(this._active){this._active=!1;let t,n;for(t=0,n=this.effects.length;t<n;t++)this.effects[t].stop();for(this.effects.length=0,t=0,n=this.cleanups.length;t<n;t++)this.cleanups[t]();if(this.cleanups.length=0,this.scopes){let e=this.scopes.slice();for(t=0,n=e.length;t<n;t++)e[t].stop(!0);this.scopes.length=0}if(!this.detached&&this.parent&&!e){let e=this.parent.scopes.pop();e&&e!==this&&(this.parent.scopes[this.index]=e,e.index=this.index)}this.parent=void 0}}};function C(e){return new S(e)}function w(){return x}function T(e,t=!1){x&&(x.active?x.cleanups.push(e):e())}var E,ee=new WeakSet,D=class{constructor(e){this.fn=e,this.deps=void 0,this.depsTail=void 0,this.flags=5,this.next=void 0,this.cleanup=void 0,this.scheduler=void 0,x&&(x.active?x.effects.push(this):this.flags&=-2)}pause(){this.flags|=64}resume(){this.flags&64&&(this.flags&=-65,ee.has(this)&&(ee.delete(this),this.trigger()))}notify(){this.flags&2&&!(this.flags&32)||this.flags&8||re(this)}run(){if(!(this.flags&1))return this.fn();this.flags|=2,he(this),oe(this);let e=E,t=k;E=this,k=!0;try{return this.fn()}finally{se(this),E=e,k=t,this.flags&=-3}}stop(){if(this.flags&1){for(let e=this.deps;e;e=e.nextDep)ue(e);this.deps=this.depsTail=void 0,he(this),this.onStop&&this.onStop(),this.flags&=-2}}trigger(){this.flags&64?ee.add(this):this.scheduler?this.scheduler():this.runIfDirty()}runIfDirty(){ce(this)&&this.run()}get dirty(){return ce(this)}},te=0,ne,O;function re(e,t=!1){e.flags|=8,t?(e.next=O,O=e):(e.next=ne,ne=e)}function ie(){te++}function ae(){if(--te>0)return;if(O){let e=O;for(O=void 0;e;){let t=e.next;e.next=void 0,e.flags&=-9,e=t}}let e;for(;ne;){let t=ne;for(ne=void 0;t;){let n=t.next;if(t.next=void 0,t.flags&=-9,t.flags&1)try{t.trigger()}catch(t){e||=t}t=n}}if(e)throw e}function oe(e){for(let t=e.deps;t;t=t.nextDep)t.version=-1,t.prevActiveLink=t.dep.activeLink,t.dep.activeLink=t}function se(e){let t,n=e.depsTail,r=n;for(;r;){let e=r.prevDep;r.version===-1?(r===n&&(n=e),ue(r),de(r)):t=r,r.dep.activeLink=r.prevActiveLink,r.prevActiveLink=void 0,r=e}e.deps=t,e.depsTail=n}function ce(e){for(let t=e.deps;t;t=t.nextDep)if(t.dep.version!==t.version||t.dep.computed&&(le(t.dep.computed)||t.dep.version!==t.version))return!0;return!!e._dirty}function le(e){if(e.flags&4&&!(e.flags&16)||(e.flags&=-17,e.globalVersion===A)||(e.globalVersion=A,!e.isSSR&&e.flags&128&&(!e.deps&&!e._dirty||!ce(e))))return;e.flags|=2;let t=e.dep,n=E,r=k;E=e,k=!0;try{oe(e);let n=e.fn(e._value);(t.version===0||y(n,e._value))&&(e.flags|=128,e._value=n,t.version++)}catch(e){throw t.version++,e}finally{E=n,k=r,se(e),e.flags&=-3}}function ue(e,t=!1){let{dep:n,prevSub:r,nextSub:i}=e;if(r&&(r.nextSub=i,e.prevSub=void 0),i&&(i.prevSub=r,e.nextSub=void 0),n.subs===e&&(n.subs=r,!r&&n.computed)){n.computed.flags&=-5;for(let e=n.computed.deps;e;e=e.nextDep)ue(e,!0)}!t&&!--n.sc&&n.map&&n.map.delete(n.key)}function de(e){let{prevDep:t,nextDep:n}=e;t&&(t.nextDep=n,e.prevDep=void 0),n&&(n.prevDep=t,e.nextDep=void 0)}var k=!0,fe=[];function pe(){fe.push(k),k=!1}function me(){let e=fe.pop();k=e===void 0||e}function he(e){let{cleanup:t}=e;if(e.cleanup=void 0,t){let e=E;E=void 0;try{t()}finally{E=e}}}var A=0,ge=class{constructor(e,t){this.sub=e,this.dep=t,this.version=t.version,this.nextDep=this.prevDep=this.nextSub=this.prevSub=this.prevActiveLink=void 0}},_e=class{constructor(e){this.computed=e,this.version=0,this.activeLink=void 0,this.subs=void 0,this.map=void 0,this.key=void 0,this.sc=0,this.__v_skip=!0}track(e){if(!E||!k||E===this.computed)return;let t=this.activeLink;if(t===void 0||t.sub!==E)t=this.activeLink=new ge(E,this),E.deps?(t.prevDep=E.depsTail,E.depsTail.nextDep=t,E.depsTail=t):E.deps=E.depsTail=t,ve(t);else if(t.version===-1&&(t.version=this.version,t.nextDep)){let e=t.nextDep;e.prevDep=t.prevDep,t.prevDep&&(t.prevDep.nextDep=e),t.prevDep=E.depsTail,t.nextDep=void 0,E.depsTail.nextDep=t,E.depsTail=t,E.deps===t&&(E.deps=e)}return t}trigger(e){this.version++,A++,this.notify(e)}notify(e){ie();try{for(let e=this.subs;e;e=e.prevSub)e.sub.notify()&&e.sub.dep.notify()}finally{ae()}}};function ve(e){if(e.dep.sc++,e.sub.flags&4){let t=e.dep.computed;if(t&&!e.dep.subs){t.flags|=20;for(let e=t.deps;e;e=e.nextDep)ve(e)}let n=e.dep.subs;n!==e&&(e.prevSub=n,n&&(n.nextSub=e)),e.dep.subs=e}}var ye=new WeakMap,be=Symbol(``),xe=Symbol(``),Se=Symbol(``);function Ce(e,t,n){if(k&&E){let t=ye.get(e);t||ye.set(e,t=new Map);let r=t.get(n);r||(t.set(n,r=new _e),r.map=t,r.key=n),r.track()}}function we(e,t,n,r,i,a){let o=ye.get(e);if(!o){A++;return}let l=e=>{e&&e.trigger()};if(ie(),t===`clear`)o.forEach(l);else{let i=s(e),a=i&&v(n);if(i&&n===`length`){let e=Number(r);o.forEach((t,n)=>{(n===`length`||n===Se||!f(n)&&n>=e)&&l(t)})}else switch((n!==void 0||o.has(void 0))&&l(o.get(n)),a&&l(o.get(Se)),t){case`add`:i?a&&l(o.get(`length`)):(l(o.get(be)),c(e)&&l(o.get(xe)));break;case`delete`:i||(l(o.get(be)),c(e)&&l(o.get(xe)));break;case`set`:c(e)&&l(o.get(be))}}ae()}function Te(e,t){let n=ye.get(e);return n&&n.get(t)}function Ee(e){let t=j(e);return t===e||(Ce(t,`iterate`,Se),ft(e))?t:dt(e)?ut(e)?t.map(e=>gt(ht(e))):t.map(gt):t.map(ht)}function De(e){return Ce(e=j(e),`iterate`,Se),e}function Oe(e,t){return dt(e)?gt(ut(e)?ht(t):t):ht(t)}var ke={__proto__:null,[Symbol.iterator](){return Ae(this,Symbol.iterator,e=>Oe(this,e))},concat(...e){return Ee(this).concat(...e.map(e=>s(e)?Ee(e):e))},entries(){return Ae(this,`entries`,e=>(e[1]=Oe(this,e[1]),e))},every(e,t){return Ne(this,`every`,e,t,void 0,arguments)},filter(e,t){return Ne(this,`filter`,e,t,e=>e.map(e=>Oe(this,e)),arguments)},find(e,t){return Ne(this,`find`,e,t,e=>Oe(this,e),arguments)},findIndex(e,t){return Ne(this,`findIndex`,e,t,void 0,arguments)},findLast(e,t){return Ne(this,`findLast`,e,t,e=>Oe(this,e),arguments)},findLastIndex(e,t){return Ne(this,`findLastIndex`,e,t,void 0,arguments)},forEach(e,t){return Ne(this,`forEach`,e,t,void 0,arguments)},includes(...e){return Fe(this,`includes`,e)},indexOf(...e){return Fe(this,`indexOf`,e)},join(e){return Ee(this).join(e)},lastIndexOf(...e){return Fe(this,`lastIndexOf`,e)},map(e,t){return Ne(this,`map`,e,t,void 0,arguments)},pop(){return Ie(this,`pop`)},push(...e){return Ie(this,`push`,e)},reduce(e,...t){return Pe(this,`reduce`,e,t)},reduceRight(e,...t){return Pe(this,`reduceRight`,e,t)},shift(){return Ie(this,`shift`)},some(e,t){return Ne(this,`some`,e,t,void 0,arguments)},splice(...e){return Ie(this,`splice`,e)},toReversed(){return Ee(this).toReversed()},toSorted(e){return Ee(this).toSorted(e)},toSpliced(...e){return Ee(this).toSpliced(...e)},unshift(...e){return Ie(this,`unshift`,e)},values(){return Ae(this,`values`,e=>Oe(this,e))}};function Ae(e,t,n){let r=De(e),i=r[t],a=i.call(r);if(r!==e&&!ft(e)){if(a[Symbol.toStringTag]===`Array Iterator`){let e=Object.create(Object.getPrototypeOf(a));return e.next=()=>je(a.next(),n),i!==Me[t]&&Object.defineProperties(e,{return:{get(){let e=a.return;return typeof e==`function`?e.bind(a):e}},throw:{get(){let e=a.throw;return typeof e==`function`?e.bind(a):e}}}),e}a._next=a.next,a.next=()=>je(a._next(),n)}return a}function je(e,t){return e.done||(e.value=t(e.value)),e}var Me=Array.prototype;function Ne(e,t,n,r,i,a){let o=De(e),s=o!==e&&!ft(e),c=o[t];if(c!==Me[t]){let t=c.apply(e,a);return s?ht(t):t}let l=n;o!==e&&(s?l=function(t,r){return n.call(this,Oe(e,t),r,e)}:n.length>2&&(l=function(t,r){return n.call(this,t,r,e)}));let u=c.call(o,l,r);return s&&i?i(u):u}function Pe(e,t,n,r){let i=De(e),a=i!==e&&!ft(e),o=n,s=!1;i!==e&&(a?(s=r.length===0,o=function(t,r,i){return s&&(s=!1,t=Oe(e,t)),n.call(this,t,Oe(e,r),i,e)}):n.length>3&&(o=function(t,r,i){return n.call(this,t,r,i,e)}));let c=i[t](o,...r);return s?Oe(e,c):c}function Fe(e,t,n){let r=j(e);Ce(r,`iterate`,Se);let i=r[t](...n);return(i===-1||i===!1)&&pt(n[0])?(n[0]=j(n[0]),r[t](...n)):i}function Ie(e,t,n=[]){pe(),ie();let r=j(e)[t].apply(e,n);return ae(),me(),r}var Le=e(`__proto__,__v_isRef,__isVue`),Re=new Set(Object.getOwnPropertyNames(Symbol).filter(e=>e!==`arguments`&&e!==`caller`).map(e=>Symbol[e]).filter(f));function ze(e){f(e)||(e=String(e));let t=j(this);return Ce(t,`has`,e),t.hasOwnProperty(e)}var Be=class{constructor(e=!1,t=!1){this._isReadonly=e,this._isShallow=t}get(e,t,n){if(t===`__v_skip`)return e.__v_skip;let r=this._isReadonly,i=this._isShallow;if(t===`__v_isReactive`)return!r;if(t===`__v_isReadonly`)return r;if(t===`__v_isShallow`)return i;if(t===`__v_raw`)return n===(r?i?it:rt:i?nt:tt).get(e)||Object.getPrototypeOf(e)===Object.getPrototypeOf(n)?e:void 0;let a=s(e);if(!r){let e;if(a&&(e=ke[t]))return e;if(t===`hasOwnProperty`)return ze}let o=Reflect.get(e,t,_t(e)?e:n);if((f(t)?Re.has(t):Le(t))||(r||Ce(e,`get`,t),i))return o;if(_t(o)){let e=a&&v(t)?o:o.value;return r&&p(e)?ct(e):e}return p(o)?r?ct(o):ot(o):o}},Ve=class extends Be{constructor(e=!1){super(!1,e)}set(e,t,n,r){let i=e[t],a=s(e)&&v(t);if(!this._isShallow){let e=dt(i);if(!ft(n)&&!dt(n)&&(i=j(i),n=j(n)),!a&&_t(i)&&!_t(n))return e||(i.value=n),!0}let c=a?Number(t)<e.length:o(e,t),l=Reflect.set(e,t,n,_t(e)?e:r);return e===j(r)&&l&&(c?y(n,i)&&we(e,`set`,t,n,i):we(e,`add`,t,n)),l}deleteProperty(e,t){let n=o(e,t),r=e[t],i=Reflect.deleteProperty(e,t);return i&&n&&we(e,`delete`,t,void 0,r),i}has(e,t){let n=Reflect.has(e,t);return f(t)&&Re.has(t)||Ce(e,`has`,t),n}ownKeys(e){return Ce(e,`iterate`,s(e)?`length`:be),Reflect.ownKeys(e)}},He=class extends Be{constructor(e=!1){super(!0,e)}set(e,t){return!0}deleteProperty(e,t){return!0}},Ue=new Ve,We=new He,Ge=new Ve(!0),Ke=e=>e,qe=e=>Reflect.getPrototypeOf(e);function Je(e,t,n){return function(...i){let a=this.__v_raw,o=j(a),s=c(o),l=e===`entries`||e===Symbol.iterator&&s,u=e===`keys`&&s,d=a[e](...i),f=n?Ke:t?gt:ht;return!t&&Ce(o,`iterate`,u?xe:be),r(Object.create(d),{next(){let{value:e,done:t}=d.next();return t?{value:e,done:t}:{value:l?[f(e[0]),f(e[1])]:f(e),done:t}}})}}function Ye(e){return function(...t){return e===`delete`?!1:e===`clear`?void 0:this}}function Xe(e,t){let n={get(n){let r=this.__v_raw,i=j(r),a=j(n);e||(y(n,a)&&Ce(i,`get`,n),Ce(i,`get`,a));let{has:o}=qe(i),s=t?Ke:e?gt:ht;if(o.call(i,n))return s(r.get(n));if(o.call(i,a))return s(r.get(a));r!==i&&r.get(n)},get size(){let t=this.__v_raw;return!e&&Ce(j(t),`iterate`,be),t.size},has(t){let n=this.__v_raw,r=j(n),i=j(t);return e||(y(t,i)&&Ce(r,`has`,t),Ce(r,`has`,i)),t===i?n.has(t):n.has(t)||n.has(i)},forEach(n,r){let i=this,a=i.__v_raw,o=j(a),s=t?Ke:e?gt:ht;return!e&&Ce(o,`iterate`,be),a.forEach((e,t)=>n.call(r,s(e),s(t),i))}};return r(n,e?{add:Ye(`add`),set:Ye(`set`),delete:Ye(`delete`),clear:Ye(`clear`)}:{add(e){let n=j(this),r=qe(n),i=j(e),a=!t&&!ft(e)&&!dt(e)?i:e;return r.has.call(n,a)||y(e,a)&&r.has.call(n,e)||y(i,a)&&r.has.call(n,i)||(n.add(a),we(n,`add`,a,a)),this},set(e,n){t||ft(n)||dt(n)||(n=j(n));let r=j(this),{has:i,get:a}=qe(r),o=i.call(r,e);o||=(e=j(e),i.call(r,e));let s=a.call(r,e);return r.set(e,n),o?y(n,s)&&we(r,`set`,e,n,s):we(r,`add`,e,n),this},delete(e){let t=j(this),{has:n,get:r}=qe(t),i=n.call(t,e);i||=(e=j(e),n.call(t,e));let a=r?r.call(t,e):void 0,o=t.delete(e);return i&&we(t,`delete`,e,void 0,a),o},clear(){let e=j(this),t=e.size!==0,n=e.clear();return t&&we(e,`clear`,void 0,void 0,void 0),n}}),[`keys`,`values`,`entries`,Symbol.iterator].forEach(r=>{n[r]=Je(r,e,t)}),n}function Ze(e,t){let n=Xe(e,t);return(r,i,a)=>i===`__v_isReactive`?!e:i===`__v_isReadonly`?e:i===`__v_isShallow`?t:i===`__v_raw`?r:Reflect.get(o(n,i)&&i in r?n:r,i,a)}var Qe={get:Ze(!1,!1)},$e={get:Ze(!1,!0)},et={get:Ze(!0,!1)},tt=new WeakMap,nt=new WeakMap,rt=new WeakMap,it=new WeakMap;function at(e){switch(e){case`Object`:case`Array`:return 1;case`Map`:case`Set`:case`WeakMap`:case`WeakSet`:return 2;default:return 0}}function ot(e){return dt(e)?e:lt(e,!1,Ue,Qe,tt)}function st(e){return lt(e,!1,Ge,$e,nt)}function ct(e){return lt(e,!0,We,et,rt)}function lt(e,t,n,r,i){if(!p(e)||e.__v_raw&&!(t&&e.__v_isReactive)||e.__v_skip||!Object.isExtensible(e))return e;let a=i.get(e);if(a)return a;let o=at(g(e));if(o===0)return e;let s=new Proxy(e,o===2?r:n);return i.set(e,s),s}function ut(e){return dt(e)?ut(e.__v_raw):!!(e&&e.__v_isReactive)}function dt(e){return!!(e&&e.__v_isReadonly)}function ft(e){return!!(e&&e.__v_isShallow)}function pt(e){return e?!!e.__v_raw:!1}function j(e){let t=e&&e.__v_raw;return t?j(t):e}function mt(e){return!o(e,`__v_skip`)&&Object.isExtensible(e)&&b(e,`__v_skip`,!0),e}var ht=e=>p(e)?ot(e):e,gt=e=>p(e)?ct(e):e;function _t(e){return e?e.__v_isRef===!0:!1}function vt(e){return bt(e,!1)}function yt(e){return bt(e,!0)}function bt(e,t){return _t(e)?e:new xt(e,t)}var xt=class{constructor(e,t){this.dep=new _e,this.__v_isRef=!0,this.__v_isShallow=!1,this._rawValue=t?e:j(e),this._value=t?e:ht(e),this.__v_isShallow=t}get value(){return this.dep.track(),this._value}set value(e){let t=this._rawValue,n=this.__v_isShallow||ft(e)||dt(e);e=n?e:j(e),y(e,t)&&(this._rawValue=e,this._value=n?e:ht(e),this.dep.trigger())}};function St(e){return _t(e)?e.value:e}var Ct={get:(e,t,n)=>t===`__v_raw`?e:St(Reflect.get(e,t,n)),set:(e,t,n,r)=>{let i=e[t];return _t(i)&&!_t(n)?(i.value=n,!0):Reflect.set(e,t,n,r)}};function wt(e){return ut(e)?e:new Proxy(e,Ct)}var Tt=class{constructor(e){this.__v_isRef=!0,this._value=void 0;let t=this.dep=new _e,{get:n,set:r}=e(t.track.bind(t),t.trigger.bind(t));this._get=n,this._set=r}get value(){return this._value=this._get()}set value(e){this._set(e)}};function Et(e){return new Tt(e)}function Dt(e){let t=s(e)?Array(e.length):{};for(let n in e)t[n]=kt(e,n);return t}var Ot=class{constructor(e,t,n){this._object=e,this._defaultValue=n,this.__v_isRef=!0,this._value=void 0,this._key=f(t)?t:String(t),this._raw=j(e);let r=!0,i=e;if(!s(e)||f(this._key)||!v(this._key))do r=!pt(i)||ft(i);while(r&&(i=i.__v_raw));this._shallow=r}get value(){let e=this._object[this._key];return this._shallow&&(e=St(e)),this._value=e===void 0?this._defaultValue:e}set value(e){if(this._shallow&&_t(this._raw[this._key])){let t=this._object[this._key];if(_t(t)){t.value=e;return}}this._object[this._key]=e}get dep(){return Te(this._raw,this._key)}};function kt(e,t,n){return new Ot(e,t,n)}var At=class{constructor(e,t,n){this.fn=e,this.setter=t,this._value=void 0,this.dep=new _e(this),this.__v_isRef=!0,this.deps=void 0,this.depsTail=void 0,this.flags=16,this.globalVersion=A-1,this.next=void 0,this.effect=this,this.__v_isReadonly=!t,this.isSSR=n}notify(){if(this.flags|=16,!(this.flags&8)&&E!==this)return re(this,!0),!0}get value(){let e=this.dep.track();return le(this),e&&(e.version=this.dep.version),this._value}set value(e){this.setter&&this.setter(e)}};function jt(e,t,n=!1){let r,i;return u(e)?r=e:(r=e.get,i=e.set),new At(r,i,n)}var Mt={},Nt=new WeakMap,Pt=void 0;function Ft(e,t=!1,n=Pt){if(n){let t=Nt.get(n);t||Nt.set(n,t=[]),t.push(e)}}function It(e,r,a=t){let{immediate:o,deep:c,once:l,scheduler:d,augmentJob:f,call:p}=a,m=e=>c?e:ft(e)||c===!1||c===0?Lt(e,1):Lt(e),h,g,_,v,b=!1,x=!1;if(_t(e)?(g=()=>e.value,b=ft(e)):ut(e)?(g=()=>m(e),b=!0):s(e)?(x=!0,b=e.some(e=>ut(e)||ft(e)),g=()=>e.map(e=>{if(_t(e))return e.value;if(ut(e))return m(e);if(u(e))return p?p(e,2):e()})):g=u(e)?r?p?()=>p(e,2):e:()=>{if(_){pe();try{_()}finally{me()}}let t=Pt;Pt=h;try{return p?p(e,3,[v]):e(v)}finally{Pt=t}}:n,r&&c){let e=g,t=c===!0?1/0:c;g=()=>Lt(e(),t)}let S=w(),C=()=>{h.stop(),S&&S.active&&i(S.effects,h)};if(l&&r){let e=r;r=(...t)=>{try{return e(...t)}finally{C()}}}let T=x?Array(e.length).fill(Mt):Mt,E=e=>{if(h.flags&1&&(h.dirty||e)){if(r){let t=h.run();if(e||c||b||(x?t.some((e,t)=>y(e,T[t])):y(t,T))){let e=Pt;pe();try{_&&_(),Pt=h;let e=[t,T===Mt?void 0:x&&T[0]===Mt?[]:T,v];T=t,p?p(r,3,e):r(...e)}finally{Pt=e,me()}}}else h.run()}};return f&&f(E),h=new D(g),h.scheduler=d?()=>d(E,!1):E,v=e=>Ft(e,!1,h),_=h.onStop=()=>{let e=Nt.get(h);if(e){if(p)p(e,4);else for(let t of e)t();Nt.delete(h)}},r?o?E(!0):T=h.run():d?d(E.bind(null,!0),!0):h.run(),C.pause=h.pause.bind(h),C.resume=h.resume.bind(h),C.stop=C,C}function Lt(e,t=1/0,n){if(t<=0||!p(e)||e.__v_skip||(n||=new Map,(n.get(e)||0)>=t))return e;if(n.set(e,t),t--,_t(e))Lt(e.value,t,n);else if(s(e))for(let r=0;r<e.length;r++)Lt(e[r],t,n);else if(l(e)||c(e))e.forEach(e=>{Lt(e,t,n)});else if(_(e)){for(let r in e)Lt(e[r],t,n);for(let r of Object.getOwnPropertySymbols(e))Object.prototype.propertyIsEnumerable.call(e,r)&&Lt(e[r],t,n)}return e}function Rt(e){let t=Object.create(null);for(let n of e.split(`,`))t[n]=1;return e=>e in t}var M={},zt=[],Bt=()=>{},Vt=()=>!1,Ht=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&(e.charCodeAt(2)>122||e.charCodeAt(2)<97),Ut=e=>e.startsWith(`onUpdate:`),Wt=Object.assign,Gt=(e,t)=>{let n=e.indexOf(t);n>-1&&e.splice(n,1)},Kt=Object.prototype.hasOwnProperty,N=(e,t)=>Kt.call(e,t),P=Array.isArray,qt=e=>en(e)===`[object Map]`,Jt=e=>en(e)===`[object Set]`,Yt=e=>en(e)===`[object Date]`,F=e=>typeof e==`function`,Xt=e=>typeof e==`string`,Zt=e=>typeof e==`symbol`,I=e=>typeof e==`object`&&!!e,Qt=e=>(I(e)||F(e))&&F(e.then)&&F(e.catch),$t=Object.prototype.toString,en=e=>$t.call(e),tn=e=>en(e)===`[object Object]`,nn=Rt(`,key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted`),rn=e=>{let t=Object.create(null);return(n=>t[n]||(t[n]=e(n)))},an=/-\w/g,on=rn(e=>e.replace(an,e=>e.slice(1).toUpperCase())),sn=/\B([A-Z])/g,cn=rn(e=>e.replace(sn,`-$1`).toLowerCase()),ln=rn(e=>e.charAt(0).toUpperCase()+e.slice(1)),un=rn(e=>e?`on${ln(e)}`:``),dn=(e,t)=>!Object.is(e,t),fn=(e,...t)=>{for(let n=0;n<e.length;n++)e[n](...t)},pn=(e,t,n,r=!1)=>{Object.defineProperty(e,t,{configurable:!0,enumerable:!1,writable:r,value:n})},mn=e=>{let t=parseFloat(e);return isNaN(t)?e:t},hn,gn=()=>hn||=typeof globalThis<`u`?globalThis:typeof self<`u`?self:typeof window<`u`?window:typeof global<`u`?global:{};function _n(e){if(P(e)){let t={};for(let n=0;n<e.length;n++){let r=e[n],i=Xt(r)?xn(r):_n(r);if(i)for(let e in i)t[e]=i[e]}return t}if(Xt(e)||I(e))return e}var vn=/;(?![^(]*\))/g,yn=/:([^]+)/,bn=/"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g;function xn(e){let t={};return e.replace(bn,e=>e.startsWith(`/*`)?``:e).split(vn).forEach(e=>{if(e){let n=e.split(yn);n.length>1&&(t[n[0].trim()]=n[1].trim())}}),t}function Sn(e){let t=``;if(Xt(e))t=e;else if(P(e))for(let n=0;n<e.length;n++){let r=Sn(e[n]);r&&(t+=r+` `)}else if(I(e))for(let n in e)e[n]&&(t+=n+` `);return t.trim()}function Cn(e,t,n){if(e.length!==t.length)return!1;let r=!0;for(let i=0;r&&i<e.length;i++)r=Dn(e[i],t[i],n);return r}function wn(e,t,n){if(e.size!==t.size)return!1;let r=Array.from(t),i=new Uint8Array(r.length);for(let t of e){let e=-1;for(let a=0;a<r.length;a++)if(!i[a]&&Dn(t,r[a],n)){e=a;break}if(e<0)return!1;i[e]=1}return!0}function Tn(e,t,n){let r=qt(e),i=qt(t);if(r||i||(r=Jt(e),i=Jt(t),r||i))return r&&i?wn(e,t,n):!1;if(Object.keys(e).length!==Object.keys(t).length)return!1;for(let r in e){let i=e.hasOwnProperty(r),a=t.hasOwnProperty(r);if(i&&!a||!i&&a||!Dn(e[r],t[r],n))return!1}return String(e)===String(t)}function En(e,t,n,r){n||=[new Map,new Map];let[i,a]=n;if(i.has(e)||a.has(t))return i.get(e)===t&&a.get(t)===e;i.set(e,t),a.set(t,e);let o=r(e,t,n);return i.delete(e),a.delete(t),o}function Dn(e,t,n){if(e===t)return!0;let r=Yt(e),i=Yt(t);return r||i?r&&i?e.getTime()===t.getTime():!1:(r=Zt(e),i=Zt(t),r||i?e===t:(r=P(e),i=P(t),r||i?r&&i?En(e,t,n,Cn):!1:(r=I(e),i=I(t),r||i?!r||!i?!1:En(e,t,n,Tn):String(e)===String(t))))}var On=e=>!!(e&&e.__v_isRef===!0),kn=e=>Xt(e)?e:e==null?``:P(e)||I(e)&&(e.toString===$t||!F(e.toString))?On(e)?kn(e.value):JSON.stringify(e,An,2):String(e),An=(e,t)=>On(t)?An(e,t.value):qt(t)?{[`Map(${t.size})`]:[...t.entries()].reduce((e,[t,n],r)=>(e[jn(t,r)+` =>`]=n,e),{})}:Jt(t)?{[`Set(${t.size})`]:[...t.values()].map(e=>jn(e))}:Zt(t)?jn(t):I(t)&&!P(t)&&!tn(t)?String(t):t,jn=(e,t=``)=>Zt(e)?`Symbol(${e.description??t})`:e;function Mn(e,t,n,r){try{return r?e(...r):e()}catch(e){Pn(e,t,n)}}function Nn(e,t,n,r){if(F(e)){let i=Mn(e,t,n,r);return i&&Qt(i)&&i.catch(e=>{Pn(e,t,n,void 0,!0)}),i}if(P(e)){let i=[];for(let a=0;a<e.length;a++)i.push(Nn(e[a],t,n,r));return i}}function Pn(e,t,n,r=!0,i=!1){let a=t?t.vnode:null,{errorHandler:o,throwUnhandledErrorInProduction:s}=t&&t.appContext.config||M;if(t){let r=t.parent,a=t.proxy,s=`https://vuejs.org/error-reference/#runtime-${n}`;for(;r;){let t=r.ec;if(t&&!r.isUnmounted&&(!i||r.scope.active)){for(let n=0;n<t.length;n++)if(t[n](e,a,s)===!1)return}r=r.parent}if(o){pe(),Mn(o,null,10,[e,a,s]),me();return}}Fn(e,n,a,r,s)}function Fn(e,t,n,r=!0,i=!1){if(i)throw e;console.error(e)}var In=[],Ln=-1,Rn=[],zn=null,Bn=0,Vn=Promise.resolve(),Hn=null;function Un(e){let t=Hn||Vn;return e?t.then(this?e.bind(this):e):t}function Wn(e){let t=Ln+1,n=In.length;for(;t<n;){let r=t+n>>>1,i=In[r],a=Qn(i);a<e||a===e&&i.flags&2?t=r+1:n=r}return t}function Gn(e){if(!(e.flags&1)){let t=Qn(e),n=In[In.length-1];!n||!(e.flags&2)&&t>=Qn(n)?In.push(e):In.splice(Wn(t),0,e),e.flags|=1,Kn()}}function Kn(){Hn||=Vn.then($n)}function qn(e){if(!P(e))zn&&e.id===-1?zn.splice(Bn+1,0,e):e.flags&1||(Rn.push(e),e.flags|=1);else for(let t=0;t<e.length;t++)Rn.push(e[t]);Kn()}function Jn(e,t,n,r=Ln+1){for(;r<In.length;r++){let n=In[r];if(n&&n.flags&2){if(e&&n.id!==e.uid||t!==void 0&&!(n.id>=t))continue;In.splice(r,1),r=e?r-1:Ln,n.flags&4&&(n.flags&=-2),n(),n.flags&4||(n.flags&=-2)}}}function Yn(e,t,n=0){if(Rn.length){let e=Rn,r=0;if(t){e=[];for(let i=0;i<Rn.length;i++){let a=Rn[i];(a.i===void 0?t.has(a):!a.i||a.i.uid<n)?Rn[r++]=a:e.push(a)}}let i=[...new Set(e)].sort((e,t)=>Qn(e)-Qn(t));if(Rn.length=r,zn){for(let e=0;e<i.length;e++)zn.push(i[e]);return}for(zn=i,Bn=0;Bn<zn.length;Bn++){let e=zn[Bn];e.flags&4&&(e.flags&=-2),e.flags&8||e(),e.flags&=-2}zn=null,Bn=0}}var Xn=!1;function Zn(e,t){if(Xn){e();return}let n=t===void 0?void 0:new Set(Rn);e(),Xn=!0;try{Jn(void 0,t),Yn(void 0,n,t)}finally{Xn=!1}}var Qn=e=>e.id==null?e.flags&2?-1:1/0:e.id;function $n(e){try{for(Ln=0;Ln<In.length;Ln++){let e=In[Ln];e&&!(e.flags&8)&&(e.flags&4&&(e.flags&=-2),Mn(e,e.i,e.i?15:14),e.flags&4||(e.flags&=-2))}}finally{for(;Ln<In.length;Ln++){let e=In[Ln];e&&(e.flags&=-2)}Ln=-1,In.length=0,Yn(e),Hn=null,(In.length||Rn.length)&&$n(e)}}var er=null,tr=null;function nr(e){let t=er;return er=e,tr=e&&e.type.__scopeId||null,t}function rr(e,t=er,n){if(!t||e._n)return e;let r=(...n)=>{r._d&&to(-1);let i=nr(t),a=Xa.length,o;try{o=e(...n)}finally{for(let e=Xa.length;e>a;e--)$a();nr(i),r._d&&to(1)}return o};return r._n=!0,r._c=!0,r._d=!0,r}function ir(e,t){if(er===null)return e;let n=Bo(er),r=e.dirs||=[];for(let e=0;e<t.length;e++){let[i,a,o,s=M]=t[e];i&&(F(i)&&(i={mounted:i,updated:i}),i.deep&&Lt(a),r.push({dir:i,instance:n,value:a,oldValue:void 0,arg:o,modifiers:s}))}return e}function ar(e,t,n,r){let i=e;if(r===`beforeMount`)e._mount=e;else if(r===`beforeUpdate`){let n=t&&t._mount;n&&(n._latest=e,e._mount=n)}else if(r===`mounted`){let t=e._latest;e._mount=e._latest=void 0,t&&(i=t,t._mount=void 0)}let a=i.dirs,o=t&&t.dirs;for(let s=0;s<a.length;s++){let c=a[s];o?c.oldValue=o[s].value:r===`mounted`&&c.oldValue!==void 0&&(c=Wt({},c,{oldValue:void 0}));let l=c.dir[r];l&&(pe(),Nn(l,n,8,[e.el,c,i,t]),me())}}function or(e,t){if(To){let n=To.provides,r=To.parent&&To.parent.provides;r===n&&(n=To.provides=Object.create(r)),n[e]=t}}function sr(e,t,n=!1){let r=Eo();if(r||$i){let i=$i?$i._context.provides:r?r.parent==null||r.ce?r.vnode.appContext&&r.vnode.appContext.provides:r.parent.provides:void 0;if(i&&e in i)return i[e];if(arguments.length>1)return n&&F(t)?t.call(r&&r.proxy):t}}var cr=Symbol.for(`v-scx`),lr=()=>sr(cr);function ur(e,t){return pr(e,null,t)}function dr(e,t){return pr(e,null,{flush:`sync`})}function fr(e,t,n){return pr(e,t,n)}function pr(e,t,n=M){let{immediate:r,deep:i,flush:a,once:o}=n,s=Wt({},n),c=t&&r||!t&&a!==`post`,l;if(Mo){if(a===`sync`){let e=lr();l=e.__watcherHandles||=[]}else if(!c){let e=()=>{};return e.stop=Bt,e.resume=Bt,e.pause=Bt,e}}let u=To;s.call=(e,t,n)=>Nn(e,u,t,n);let d=!1;a===`post`?s.scheduler=e=>{e.i=u,Ma(e,u&&u.suspense)}:a!==`sync`&&(d=!0,s.scheduler=(e,t)=>{t?e():Gn(e)}),s.augmentJob=e=>{t&&(e.flags|=4),d&&(e.flags|=2,u&&(e.id=u.uid,e.i=u))};let f=It(e,t,s);return Mo&&(l?l.push(f):c&&f()),f}function mr(e,t,n){let r=this.proxy,i=Xt(e)?e.includes(`.`)?hr(r,e):()=>r[e]:e.bind(r,r),a;F(t)?a=t:(a=t.handler,n=t);let o=ko(this),s=pr(i,a.bind(r),n);return o(),s}function hr(e,t){let n=t.split(`.`);return()=>{let t=e;for(let e=0;e<n.length&&t;e++)t=t[n[e]];return t}}var gr=new WeakMap,_r=Symbol(`_vte`),vr=e=>e.__isTeleport,yr=e=>e&&(e.disabled||e.disabled===``),br=e=>e&&(e.defer||e.defer===``),xr=e=>typeof SVGElement<`u`&&e instanceof SVGElement,Sr=e=>typeof MathMLElement==`function`&&e instanceof MathMLElement,Cr=(e,t)=>{let n=e&&e.to;return Xt(n)?t?t(n):null:n},wr={name:`Teleport`,__isTeleport:!0,process(e,t,n,r,i,a,o,s,c,l){let{mc:u,pc:d,pbc:f,o:{insert:p,querySelector:m,createText:h,createComment:g,parentNode:_}}=l,v=yr(t.props),{dynamicChildren:y}=t,b=(e,t,n)=>{e.shapeFlag&16&&u(e.children,t,n,i,a,o,s,c)},x=(e=t)=>{let n=yr(e.props),r=e.target=Cr(e.props,m),a=kr(r,e,h,p);r&&(o!==`svg`&&xr(r)?o=`svg`:o!==`mathml`&&Sr(r)&&(o=`mathml`),i&&i.isCE&&(i.ce._teleportTargets||(i.ce._teleportTargets=new Set)).add(r),n||(b(e,r,a),Or(e,!1)))},S=e=>{let t=()=>{if(gr.get(e)===t){if(gr.delete(e),yr(e.props)){let t=_(e.el)||n;b(e,t,e.anchor),Or(e,!0)}x(e)}};gr.set(e,t),Ma(t,a)};if(e==null){let e=t.el=h(``),i=t.anchor=h(``);if(p(e,n,r),p(i,n,r),br(t.props)||a&&a.pendingBranch){S(t);return}v&&(b(t,n,i),Or(t,!0)),x()}else{t.el=e.el;let r=t.anchor=e.anchor,u=gr.get(e);if(u){u.flags|=8,gr.delete(e),S(t);return}t.targetStart=e.targetStart;let p=t.target=e.target,h=t.targetAnchor=e.targetAnchor,g=yr(e.props),_=g?n:p,b=g?r:h;if(o===`svg`||xr(p)?o=`svg`:(o===`mathml`||Sr(p))&&(o=`mathml`),y?(f(e.dynamicChildren,y,_,i,a,o,s),Ra(e,t,!0)):c||d(e,t,_,b,i,a,o,s,!1),v)g?t.props&&e.props&&t.props.to!==e.props.to&&(t.props.to=e.props.to):Tr(t,n,r,l,1);else if((t.props&&t.props.to)!==(e.props&&e.props.to)){let e=Cr(t.props,m);e&&(t.target=e,Tr(t,e,null,l,0))}else g&&Tr(t,p,h,l,1);Or(t,v)}},remove(e,t,n,{um:r,o:{remove:i}},a){let{shapeFlag:o,children:s,anchor:c,targetStart:l,targetAnchor:u,target:d,props:f}=e,p=yr(f),m=a||!p,h=gr.get(e);if(h&&(h.flags|=8,gr.delete(e)),d&&(i(l),i(u)),a&&i(c),!h&&(p||d)&&o&16)for(let e=0;e<s.length;e++){let i=s[e];r(i,t,n,m,!!i.dynamicChildren)}},move:Tr,hydrate:Er};function Tr(e,t,n,{o:{insert:r},m:i},a=2){a===0&&(e.targetStart&&r(e.targetStart,t,n),r(e.targetAnchor,t,n),n=e.targetAnchor);let{el:o,anchor:s,shapeFlag:c,children:l,props:u}=e,d=a===2;if(d&&r(o,t,n),!gr.has(e)&&(!d||yr(u))&&c&16)for(let e=0;e<l.length;e++)i(l[e],t,n,2);d&&r(s,t,n)}function Er(e,t,n,r,i,a,{o:{nextSibling:o,parentNode:s,querySelector:c,insert:l,createText:u}},d){function f(e,n){let r=n;for(;r;){if(r&&r.nodeType===8){if(r.data===`teleport start anchor`)t.targetStart=r;else if(r.data===`teleport anchor`){t.targetAnchor=r,e._lpa=t.targetAnchor&&o(t.targetAnchor);break}}r=o(r)}}function p(e,t){t.anchor=d(o(e),t,s(e),n,r,i,a)}let m=t.target=Cr(t.props,c),h=yr(t.props);if(m){let c=m._lpa||m.firstChild;t.shapeFlag&16&&(h?(p(e,t),f(m,c),t.targetAnchor||kr(m,t,u,l,s(e)===m?e:null)):(t.anchor=o(e),f(m,c),t.targetAnchor||kr(m,t,u,l),d(c&&o(c),t,m,n,r,i,a))),Or(t,h)}else h&&t.shapeFlag&16&&(p(e,t),t.targetStart=e,t.targetAnchor=o(e));return t.anchor&&o(t.anchor)}var Dr=wr;function Or(e,t){let n=e.ctx;if(n&&n.ut){let r,i;for(t?(r=e.el,i=e.anchor):(r=e.targetStart,i=e.targetAnchor);r&&r!==i;)r.nodeType===1&&r.setAttribute(`data-v-owner`,n.uid),r=r.nextSibling;n.ut()}}function kr(e,t,n,r,i=null){let a=t.targetStart=n(``),o=t.targetAnchor=n(``);return a[_r]=o,e&&(r(a,e,i),r(o,e,i)),o}var Ar=Symbol(`_leaveCb`),jr=Symbol(`_enterCb`);function Mr(){let e={isMounted:!1,isLeaving:!1,isUnmounting:!1,leavingVNodes:new Map};return di(()=>{e.isMounted=!0}),mi(()=>{e.isUnmounting=!0}),e}var Nr=[Function,Array],Pr={mode:String,appear:Boolean,persisted:Boolean,onBeforeEnter:Nr,onEnter:Nr,onAfterEnter:Nr,onEnterCancelled:Nr,onBeforeLeave:Nr,onLeave:Nr,onAfterLeave:Nr,onLeaveCancelled:Nr,onBeforeAppear:Nr,onAppear:Nr,onAfterAppear:Nr,onAppearCancelled:Nr},Fr={name:`BaseTransition`,props:Pr,setup(e,{slots:t}){let n=Eo(),r=Mr();return()=>{let i=t.default&&Ur(t.default(),!0),a=i&&i.length?Ir(i):n.subTree?ho():void 0;if(!a)return;let o=j(e),{mode:s}=o;if(r.isLeaving)return Br(a);let c=Vr(a);if(!c)return Br(a);let l=zr(c,o,r,n);c.type!==Ja&&Hr(c,l);let u=n.subTree&&Vr(n.subTree);if(u&&u.type!==Ja&&!oo(u,c)&&Wr(n.subTree)){let e=zr(u,o,r,n);if(Hr(u,e),s===`out-in`&&c.type!==Ja)return r.isLeaving=!0,e.afterLeave=()=>{if(r.isLeaving=!1,!(n.job.flags&8)){if(n.effect.flags&2){let e=()=>{n.job.flags&8||n.update()};e.i=n,Gn(e)}else n.update()}delete e.afterLeave,u=void 0},Br(a);s===`in-out`&&c.type!==Ja?e.delayLeave=(e,t,n)=>{let i=Rr(r,u);i[String(u.key)]=u,e[Ar]=()=>{t(),e[Ar]=void 0,delete l.delayedLeave,u=void 0},l.delayedLeave=()=>{n(),delete l.delayedLeave,u=void 0}}:u=void 0}else u&&=void 0;return a}}};function Ir(e){let t=e[0];if(e.length>1){for(let n of e)if(n.type!==Ja){t=n;break}}return t}var Lr=Fr;function Rr(e,t){let{leavingVNodes:n}=e,r=n.get(t.type);return r||(r=Object.create(null),n.set(t.type,r)),r}function zr(e,t,n,r){let{appear:i,mode:a,persisted:o=!1,onBeforeEnter:s,onEnter:c,onAfterEnter:l,onEnterCancelled:u,onBeforeLeave:d,onLeave:f,onAfterLeave:p,onLeaveCancelled:m,onBeforeAppear:h,onAppear:g,onAfterAppear:_,onAppearCancelled:v}=t,y=String(e.key),b=Rr(n,e),x=(e,t)=>{e&&Nn(e,r,9,t)},S=(e,t)=>{let n=t[1];x(e,t),P(e)?e.every(e=>e.length<=1)&&n():e.length<=1&&n()},C={mode:a,persisted:o,beforeEnter(t){let r=s;if(!n.isMounted){if(i)r=h||s;else return}t[Ar]&&t[Ar](!0);let a=b[y];if(a&&oo(e,a)){let e=a.el[Ar];if(!e){let t=Wr(a);e=t&&t.el[Ar]}e&&e()}x(r,[t])},enter(t){if(b[y]===e)return;let r=c,a=l,o=u;if(!n.isMounted){if(i)r=g||c,a=_||l,o=v||u;else return}let s=!1;t[jr]=e=>{s||(s=!0,x(e?o:a,[t]),C.delayedLeave&&C.delayedLeave(),t[jr]=void 0)};let d=t[jr].bind(null,!1);r?S(r,[t,d]):d()},leave(t,r){let i=String(e.key);if(t[jr]&&t[jr](!0),n.isUnmounting)return r();x(d,[t]);let a=!1;t[Ar]=n=>{a||(a=!0,r(),x(n?m:p,[t]),t[Ar]=void 0,b[i]===e&&delete b[i])};let o=t[Ar].bind(null,!1);b[i]=e,f?S(f,[t,o]):o()},clone(e){let i=zr(e,t,n,r);return i.afterLeave=()=>{C.afterLeave&&C.afterLeave()},i.delayLeave=(e,t,n)=>{C.delayLeave?C.delayLeave(e,t,n):n()},i.delayedLeave=()=>{C.delayedLeave&&C.delayedLeave()},i}};return C}function Br(e){if(ri(e))return e=po(e),e.children=null,e}function Vr(e){if(!ri(e))return vr(e.type)&&e.children?Ir(e.children):e;if(e.component)return e.component.subTree;let{shapeFlag:t,children:n}=e;if(n){if(t&16)return n[0];if(t&32&&F(n.default))return n.default()}}function Hr(e,t){if(e.shapeFlag&6&&e.component){e.transition=t;let n=e.component.subTree;Hr(vr(n.type)&&Vr(n)||n,t)}else if(e.shapeFlag&128){let n=e.suspense;if(n){let e=n.isHydrating?n.pendingBranch:n.activeBranch;e&&Hr(e,t.clone(e))}else e.ssContent.transition=t.clone(e.ssContent),e.ssFallback.transition=t.clone(e.ssFallback)}else if(e.transition=t,e.type===Ka&&P(e.children)){let n=sa(e.children,!1);n&&Hr(n,t)}}function Ur(e,t=!1,n){let r=[],i=0;for(let a=0;a<e.length;a++){let o=e[a],s=n==null?o.key:String(n)+String(o.key==null?a:o.key);o.type===Ka?(o.patchFlag&128&&i++,r=r.concat(Ur(o.children,t,s))):(t||o.type!==Ja)&&r.push(s==null?o:po(o,{key:s}))}if(i>1)for(let e=0;e<r.length;e++)r[e].patchFlag=-2;return r}function Wr(e){if(e.component)return Wr(e.component.subTree);if(e.type===Ka){let t=P(e.children)&&sa(e.children,!1);return t?Wr(t):void 0}if(e.type!==Ja)return e}function Gr(e,t){return F(e)?Wt({name:e.name},t,{setup:e}):e}function Kr(){let e=Eo();return e?(e.appContext.config.idPrefix||`v`)+`-`+e.ids[0]+e.ids[1]++:``}function qr(e){e.ids=[e.ids[0]+e.ids[2]+++`-`,0,0]}function Jr(e,t){let n;return!!((n=Object.getOwnPropertyDescriptor(e,t))&&!n.configurable)}var Yr=new WeakMap;function Xr(e,t,n,r,i=!1){if(P(e)){e.forEach((e,a)=>Xr(e,t&&(P(t)?t[a]:t),n,r,i));return}if(ei(r)&&!i){r.shapeFlag&512&&r.type.__asyncResolved&&r.component.subTree.component&&Xr(e,t,n,r.component.subTree);return}let a=r.shapeFlag&4?Bo(r.component):r.el,o=i?null:a,{i:s,r:c}=e,l=t&&t.r,u=s.refs===M?s.refs={}:s.refs,d=s.setupState,f=j(d),p=d===M?Vt:e=>!Jr(u,e)&&N(f,e),m=(e,t)=>!(t&&Jr(u,t));if(l!=null&&l!==c){if(Zr(t),Xt(l))u[l]=null,p(l)&&(d[l]=null);else if(_t(l)){let e=t;m(l,e.k)&&(l.value=null),e.k&&(u[e.k]=null)}}if(F(c))Mn(c,s,12,[o,u]);else{let t=Xt(c),r=_t(c);if(t||r){let s=()=>{if(e.f){let n=t?p(c)?d[c]:u[c]:m(c)||!e.k?c.value:u[e.k];if(i)P(n)&&Gt(n,a);else if(P(n))n.includes(a)||n.push(a);else if(t)u[c]=[a],p(c)&&(d[c]=u[c]);else{let t=[a];m(c,e.k)&&(c.value=t),e.k&&(u[e.k]=t)}}else t?(u[c]=o,p(c)&&(d[c]=o)):r&&(m(c,e.k)&&(c.value=o),e.k&&(u[e.k]=o))};if(o){let t=()=>{s(),Yr.delete(e)};t.id=-1,Yr.set(e,t),Ma(t,n)}else Zr(e),s()}}}function Zr(e){let t=Yr.get(e);t&&(t.flags|=8,Yr.delete(e))}var Qr=e=>e.nodeType===8;gn().requestIdleCallback,gn().cancelIdleCallback;function $r(e,t){if(Qr(e)&&e.data===`[`){let n=1,r=e.nextSibling;for(;r;){if(r.nodeType===1){if(t(r)===!1)break}else if(Qr(r)){if(r.data===`]`){if(--n===0)break}else r.data===`[`&&n++}r=r.nextSibling}}else t(e)}var ei=e=>!!e.type.__asyncLoader;function ti(e){F(e)&&(e={loader:e});let{loader:t,loadingComponent:n,errorComponent:r,delay:i=200,hydrate:a,timeout:o,suspensible:s=!0,onError:c}=e,l=null,u,d=0,f=()=>(d++,l=null,p()),p=()=>{let e;return l||(e=l=t().catch(e=>{if(e=e instanceof Error?e:Error(String(e)),c)return new Promise((t,n)=>{c(e,()=>t(f()),()=>n(e),d+1)});throw e}).then(t=>e!==l&&l?l:(t&&(t.__esModule||t[Symbol.toStringTag]===`Module`)&&(t=t.default),u=t,t)))};return Gr({name:`AsyncComponentWrapper`,__asyncLoader:p,__asyncHydrate(e,t,n){let r=e.isConnected,i=!1;(t.bu||=[]).push(()=>i=!0);let o=()=>{i||!e.parentNode||r&&!e.isConnected||n()},s=a?()=>{let n=a(o,t=>$r(e,t));n&&(t.bum||=[]).push(n)}:o;u?s():p().then(()=>!t.isUnmounted&&s())},get __asyncResolved(){return u},setup(){let e=To;if(qr(e),u)return()=>ni(u,e);let t=t=>{l=null,Pn(t,e,13,!r,!0)};if(s&&e.suspense||Mo)return p().then(t=>()=>ni(t,e)).catch(e=>(t(e),()=>r?L(r,{error:e}):null));let a=vt(!1),c=vt(),d=vt(!!i),f,m;return T(()=>{f!=null&&clearTimeout(f),m!=null&&clearTimeout(m)}),i&&(m=setTimeout(()=>{e.isUnmounted||(d.value=!1)},i)),o!=null&&(f=setTimeout(()=>{if(!e.isUnmounted&&!a.value&&!c.value){let e=Error(`Async component timed out after ${o}ms.`);t(e),c.value=e}},o)),p().then(()=>{e.isUnmounted||(a.value=!0,e.parent&&ri(e.parent.vnode)&&e.parent.update())}).catch(n=>{e.isUnmounted?l=null:(t(n),c.value=n)}),()=>{if(a.value&&u)return ni(u,e);if(c.value&&r)return L(r,{error:c.value});if(n&&!d.value)return ni(n,e)}}})}function ni(e,t){let{ref:n,props:r,children:i,ce:a}=t.vnode,o=L(e,r,i);return o.ref=n,o.ce=a,delete t.vnode.ce,o}var ri=e=>e.type.__isKeepAlive;function ii(e,t){oi(e,`a`,t)}function ai(e,t){oi(e,`da`,t)}function oi(e,t,n=To){let r=e.__wdc||=()=>{let t=n;for(;t;){if(t.isDeactivated)return;t=t.parent}return e()};if(ci(t,r,n),n){let e=n.parent;for(;e&&e.parent;)ri(e.parent.vnode)&&si(r,t,n,e),e=e.parent}}function si(e,t,n,r){let i=ci(t,e,r,!0),a=ci(`um`,()=>Gt(r[t],i),n);a.flags=16}function ci(e,t,n=To,r=!1){if(n){let i=n[e]||(n[e]=[]),a=t.__weh||=(...r)=>{pe();let i=ko(n),a=Nn(t,n,e,r);return i(),me(),a};return r?i.unshift(a):i.push(a),a}}var li=e=>(t,n=To)=>{Mo&&e!==`sp`||ci(e,(...e)=>t(...e),n)},ui=li(`bm`),di=li(`m`),fi=li(`bu`),pi=li(`u`),mi=li(`bum`),hi=li(`um`),gi=li(`sp`),_i=li(`rtg`),vi=li(`rtc`);function yi(e,t=To){ci(`ec`,e,t)}var bi=`components`;function xi(e,t){return wi(bi,e,!0,t)||e}var Si=Symbol.for(`v-ndc`);function Ci(e){return Xt(e)?wi(bi,e,!1)||e:e||Si}function wi(e,t,n=!0,r=!1){let i=er||To;if(i){let n=i.type;if(e===bi){let e=Vo(n,!1);if(e&&(e===t||e===on(t)||e===ln(on(t))))return n}let a=Ti(i[e]||n[e],t)||Ti(i.appContext[e],t);return!a&&r?n:a}}function Ti(e,t){return e&&(e[t]||e[on(t)]||e[ln(on(t))])}function Ei(e,t,n,r){let i,a=n&&n[r],o=P(e);if(o||Xt(e)){let n=o&&ut(e),r=!1,s=!1;n&&(r=!ft(e),s=dt(e),e=De(e)),i=Array(e.length);for(let n=0,o=e.length;n<o;n++)i[n]=t(r?s?gt(ht(e[n])):ht(e[n]):e[n],n,void 0,a&&a[n])}else if(typeof e==`number`){if(!Number.isInteger(e)||e<0)i=[];else{i=Array(e);for(let n=0;n<e;n++)i[n]=t(n+1,n,void 0,a&&a[n])}}else if(I(e)){if(e[Symbol.iterator])i=Array.from(e,(e,n)=>t(e,n,void 0,a&&a[n]));else{let n=Object.keys(e);i=Array(n.length);for(let r=0,o=n.length;r<o;r++){let o=n[r];i[r]=t(e[o],o,r,a&&a[r])}}}else i=[];return n&&(n[r]=i),i}function Di(e,t,n,r,i,a){if(n??={},er.ce||er.parent&&ei(er.parent)&&er.parent.ce){let e=a!=null&&n.key==null?Wt({},n,{key:a}):n,i=Object.keys(e).length>0;return t!=="default"&&(e.name=t),Qa(),io(Ka,null,[L(`slot`,e,r&&r())],i?-2:64)}let o=e[t];o&&o._c&&(o._d=!1);let s=Xa.length;Qa();let c;try{let i=o&&Oi(o(n)),s=n.key||a||i&&i.key;c=io(Ka,{key:(s&&!Zt(s)?s:`_${t}`)+(!i&&r?`_fb`:``)},i||(r?r():[]),i&&e._===1?64:-2)}catch(e){for(let e=Xa.length;e>s;e--)$a();throw e}finally{o&&o._c&&(o._d=!0)}return!i&&c.scopeId&&(c.slotScopeIds=[c.scopeId+`-s`]),c}function Oi(e){return e.some(e=>!ao(e)||!(e.type===Ja||e.type===Ka&&!Oi(e.children)))?e:null}var ki=e=>e?jo(e)?Bo(e):ki(e.parent):null,Ai=Wt(Object.create(null),{$:e=>e,$el:e=>e.vnode.el,$data:e=>e.data,$props:e=>e.props,$attrs:e=>e.attrs,$slots:e=>e.slots,$refs:e=>e.refs,$parent:e=>ki(e.parent),$root:e=>ki(e.root),$host:e=>e.ce,$emit:e=>e.emit,$options:e=>Bi(e),$forceUpdate:e=>e.f||=()=>{Gn(e.update)},$nextTick:e=>e.n||=Un.bind(e.proxy),$watch:e=>mr.bind(e)}),ji=(e,t)=>e!==M&&!e.__isScriptSetup&&N(e,t),Mi={get({_:e},t){if(t===`__v_skip`)return!0;let{ctx:n,setupState:r,data:i,props:a,accessCache:o,type:s,appContext:c}=e;if(t[0]!==`$`){let e=o[t];if(e!==void 0)switch(e){case 1:return r[t];case 2:return i[t];case 4:return n[t];case 3:return a[t]}else if(ji(r,t))return o[t]=1,r[t];else if(i!==M&&N(i,t))return o[t]=2,i[t];else if(N(a,t))return o[t]=3,a[t];else if(n!==M&&N(n,t))return o[t]=4,n[t];else Fi&&(o[t]=0)}let l=Ai[t],u,d;if(l)return t===`$attrs`&&Ce(e.attrs,`get`,``),l(e);if((u=s.__cssModules)&&(u=u[t]))return u;if(n!==M&&N(n,t))return o[t]=4,n[t];if(d=c.config.globalProperties,N(d,t))return d[t]},set({_:e},t,n){let{data:r,setupState:i,ctx:a}=e;return ji(i,t)?(i[t]=n,!0):r!==M&&N(r,t)?(r[t]=n,!0):N(e.props,t)||t[0]===`$`&&t.slice(1)in e?!1:(a[t]=n,!0)},has({_:{data:e,setupState:t,accessCache:n,ctx:r,appContext:i,props:a,type:o}},s){let c;return!!(n[s]||e!==M&&s[0]!==`$`&&N(e,s)||ji(t,s)||N(a,s)||N(r,s)||N(Ai,s)||N(i.config.globalProperties,s)||(c=o.__cssModules)&&c[s])},defineProperty(e,t,n){return n.get==null?N(n,`value`)&&this.set(e,t,n.value,null):e._.accessCache[t]=0,Reflect.defineProperty(e,t,n)}};function Ni(e){return P(e)?e.reduce((e,t)=>(e[t]=null,e),{}):e}function Pi(e,t){return!e||!t?e||t:P(e)&&P(t)?e.concat(t):Wt({},Ni(e),Ni(t))}var Fi=!0;function Ii(e){let t=Bi(e),n=e.proxy,r=e.ctx;Fi=!1,t.beforeCreate&&Ri(t.beforeCreate,e,`bc`);let{data:i,computed:a,methods:o,watch:s,provide:c,inject:l,created:u,beforeMount:d,mounted:f,beforeUpdate:p,updated:m,activated:h,deactivated:g,beforeDestroy:_,beforeUnmount:v,destroyed:y,unmounted:b,render:x,renderTracked:S,renderTriggered:C,errorCaptured:w,serverPrefetch:T,expose:E,inheritAttrs:ee,components:D,directives:te,filters:ne}=t;if(l&&Li(l,r,null),o)for(let e in o){let t=o[e];F(t)&&(r[e]=t.bind(n))}if(i){let t=i.call(n,n);I(t)&&(e.data=ot(t))}if(Fi=!0,a)for(let e in a){let t=a[e],i=R({get:F(t)?t.bind(n,n):F(t.get)?t.get.bind(n,n):Bt,set:!F(t)&&F(t.set)?t.set.bind(n):Bt});Object.defineProperty(r,e,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e})}if(s)for(let e in s)zi(s[e],r,n,e);if(c){let e=F(c)?c.call(n):c;Reflect.ownKeys(e).forEach(t=>{or(t,e[t])})}u&&Ri(u,e,`c`);function O(e,t){P(t)?t.forEach(t=>e(t.bind(n))):t&&e(t.bind(n))}if(O(ui,d),O(di,f),O(fi,p),O(pi,m),O(ii,h),O(ai,g),O(yi,w),O(vi,S),O(_i,C),O(mi,v),O(hi,b),O(gi,T),P(E)){if(E.length){let t=e.exposed||={};E.forEach(e=>{Object.defineProperty(t,e,{get:()=>n[e],set:t=>n[e]=t,enumerable:!0})})}else e.exposed||={}}x&&e.render===Bt&&(e.render=x),ee!=null&&(e.inheritAttrs=ee),D&&(e.components=D),te&&(e.directives=te),T&&qr(e)}function Li(e,t,n=Bt){P(e)&&(e=Gi(e));for(let n in e){let r=e[n],i;i=I(r)?`default`in r?sr(r.from||n,r.default,!0):sr(r.from||n):sr(r),_t(i)?Object.defineProperty(t,n,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e}):t[n]=i}}function Ri(e,t,n){Nn(P(e)?e.map(e=>e.bind(t.proxy)):e.bind(t.proxy),t,n)}function zi(e,t,n,r){let i=r.includes(`.`)?hr(n,r):()=>n[r];if(Xt(e)){let n=t[e];F(n)&&fr(i,n)}else if(F(e))fr(i,e.bind(n));else if(I(e)){if(P(e))e.forEach(e=>zi(e,t,n,r));else{let r=F(e.handler)?e.handler.bind(n):t[e.handler];F(r)&&fr(i,r,e)}}}function Bi(e){let t=e.type,{mixins:n,extends:r}=t,{mixins:i,optionsCache:a,config:{optionMergeStrategies:o}}=e.appContext,s=a.get(t),c;return s?c=s:!i.length&&!n&&!r?c=t:(c={},i.length&&i.forEach(e=>Vi(c,e,o,!0)),Vi(c,t,o)),I(t)&&a.set(t,c),c}function Vi(e,t,n,r=!1){let{mixins:i,extends:a}=t;a&&Vi(e,a,n,!0),i&&i.forEach(t=>Vi(e,t,n,!0));for(let i in t)if(!(r&&i===`expose`)){let r=Hi[i]||n&&n[i];e[i]=r?r(e[i],t[i]):t[i]}return e}var Hi={data:Ui,props:Ji,emits:Ji,methods:qi,computed:qi,beforeCreate:Ki,created:Ki,beforeMount:Ki,mounted:Ki,beforeUpdate:Ki,updated:Ki,beforeDestroy:Ki,beforeUnmount:Ki,destroyed:Ki,unmounted:Ki,activated:Ki,deactivated:Ki,errorCaptured:Ki,serverPrefetch:Ki,components:qi,directives:qi,watch:Yi,provide:Ui,inject:Wi};function Ui(e,t){return t?e?function(){return Wt(F(e)?e.call(this,this):e,F(t)?t.call(this,this):t)}:t:e}function Wi(e,t){return qi(Gi(e),Gi(t))}function Gi(e){if(P(e)){let t={};for(let n=0;n<e.length;n++)t[e[n]]=e[n];return t}return e}function Ki(e,t){return e?[...new Set([].concat(e,t))]:t}function qi(e,t){return e?Wt(Object.create(null),e,t):t}function Ji(e,t){return e?P(e)&&P(t)?[...new Set([...e,...t])]:Wt(Object.create(null),Ni(e),Ni(t??{})):t}function Yi(e,t){if(!e)return t;if(!t)return e;let n=Wt(Object.create(null),e);for(let r in t)n[r]=Ki(e[r],t[r]);return n}function Xi(){return{app:null,config:{isNativeTag:Vt,performance:!1,globalProperties:{},optionMergeStrategies:{},errorHandler:void 0,warnHandler:void 0,compilerOptions:{}},mixins:[],components:{},directives:{},provides:Object.create(null),optionsCache:new WeakMap,propsCache:new WeakMap,emitsCache:new WeakMap}}var Zi=0;function Qi(e,t){return function(n,r=null){F(n)||(n=Wt({},n)),r!=null&&!I(r)&&(r=null);let i=Xi(),a=new WeakSet,o=[],s=!1,c=i.app={_uid:Zi++,_component:n,_props:r,_container:null,_context:i,_instance:null,version:Wo,get config(){return i.config},set config(e){},use(e,...t){return a.has(e)||(e&&F(e.install)?(a.add(e),e.install(c,...t)):F(e)&&(a.add(e),e(c,...t))),c},mixin(e){return i.mixins.includes(e)||i.mixins.push(e),c},component(e,t){return t?(i.components[e]=t,c):i.components[e]},directive(e,t){return t?(i.directives[e]=t,c):i.directives[e]},mount(a,o,l){if(!s){let u=c._ceVNode||L(n,r);return u.appContext=i,l===!0?l=`svg`:l===!1&&(l=void 0),o&&t?t(u,a):e(u,a,l),s=!0,c._container=a,a.__vue_app__=c,Bo(u.component)}},onUnmount(e){o.push(e)},unmount(){s&&(Nn(o,c._instance,16),e(null,c._container),delete c._container.__vue_app__)},provide(e,t){return i.provides[e]=t,c},runWithContext(e){let t=$i;$i=c;try{return e()}finally{$i=t}}};return c}}var $i=null;function ea(e,t,n=M){let r=Eo(),i=on(t),a=cn(t),o=ta(e,i),s=Et((o,s)=>{let c,l=M,u;return dr(()=>{let t=e[i];dn(c,t)&&(c=t,s())}),{get(){return o(),n.get?n.get(c):c},set(e){let o=n.set?n.set(e):e;if(!dn(o,c)&&!(l!==M&&dn(e,l)))return;let d=r.vnode.props,f=!!(d&&(t in d||i in d||a in d)&&(`onUpdate:${t}`in d||`onUpdate:${i}`in d||`onUpdate:${a}`in d));f||(c=e,s()),r.emit(`update:${t}`,o),dn(e,l)&&(dn(e,o)&&!dn(o,u)||f&&l!==M&&!dn(o,c))&&s(),l=e,u=o}}});return s[Symbol.iterator]=()=>{let e=0;return{next(){return e<2?{value:e++?o||M:s,done:!1}:{done:!0}}}},s}var ta=(e,t)=>t===`modelValue`||t===`model-value`?e.modelModifiers:e[`${t}Modifiers`]||e[`${on(t)}Modifiers`]||e[`${cn(t)}Modifiers`];function na(e,t,...n){if(e.isUnmounted)return;let r=e.vnode.props||M,i=n,a=t.startsWith(`update:`),o=a&&ta(r,t.slice(7));o&&(o.trim&&(i=n.map(e=>Xt(e)?e.trim():e)),o.number&&(i=i.map(mn)));let s,c=r[s=un(t)]||r[s=un(on(t))];!c&&a&&(c=r[s=un(cn(t))]),c&&Nn(c,e,6,i);let l=r[s+`Once`];if(l){if(!e.emitted)e.emitted={};else if(e.emitted[s])return;e.emitted[s]=!0,Nn(l,e,6,i)}}var ra=new WeakMap;function ia(e,t,n=!1){let r=n?ra:t.emitsCache,i=r.get(e);if(i!==void 0)return i;let a=e.emits,o={},s=!1;if(!F(e)){let r=e=>{let n=ia(e,t,!0);n&&(s=!0,Wt(o,n))};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}return!a&&!s?(I(e)&&r.set(e,null),null):(P(a)?a.forEach(e=>o[e]=null):Wt(o,a),I(e)&&r.set(e,o),o)}function aa(e,t){return!e||!Ht(t)?!1:(t=t.slice(2),t=t===`Once`?t:t.replace(/Once$/,``),N(e,t[0].toLowerCase()+t.slice(1))||N(e,cn(t))||N(e,t))}function oa(e){let{type:t,vnode:n,proxy:r,withProxy:i,propsOptions:[a],slots:o,attrs:s,emit:c,render:l,renderCache:u,props:d,data:f,setupState:p,ctx:m,inheritAttrs:h}=e,g=nr(e),_,v;try{if(n.shapeFlag&4){let e=i||r,t=e;_=go(l.call(t,e,u,d,p,f,m)),v=s}else{let e=t;_=go(e.length>1?e(d,{attrs:s,slots:o,emit:c}):e(d,null)),v=t.props?s:ca(s)}}catch(t){Xa.length=0,Pn(t,e,1),_=L(Ja)}let y=_;if(v&&h!==!1){let e=Object.keys(v),{shapeFlag:t}=y;e.length&&t&7&&(a&&e.some(Ut)&&(v=la(v,a)),y=po(y,v,!1,!0))}return n.dirs&&(y=po(y,null,!1,!0),y.dirs=y.dirs?y.dirs.concat(n.dirs):n.dirs),n.transition&&Hr(vr(y.type)&&Vr(y)||y,n.transition),_=y,nr(g),_}function sa(e,t=!0){let n;for(let t=0;t<e.length;t++){let r=e[t];if(ao(r)){if(r.type!==Ja||r.children===`v-if`){if(n)return;n=r}}else return}return n}var ca=e=>{let t;for(let n in e)(n===`class`||n===`style`||Ht(n))&&((t||={})[n]=e[n]);return t},la=(e,t)=>{let n={};for(let r in e)Ut(r)&&r.slice(9)in t||(n[r]=e[r]);return n};function ua(e,t,n){let{props:r,children:i,component:a}=e,{props:o,children:s,patchFlag:c}=t,l=a.emitsOptions;if(t.dirs||t.transition)return!0;if(n&&c>=0){if(c&1024)return!0;if(c&16)return r?da(r,o,l):!!o;if(c&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let n=e[t];if(fa(o,r,n)&&!aa(l,n))return!0}}}else return(i||s)&&(!s||!s.$stable)?!0:r===o?!1:r?!o||da(r,o,l):!!o;return!1}function da(e,t,n){let r=Object.keys(t);if(r.length!==Object.keys(e).length)return!0;for(let i=0;i<r.length;i++){let a=r[i];if(!N(e,a)||fa(t,e,a)&&!aa(n,a))return!0}return!1}function fa(e,t,n){let r=e[n],i=t[n];return n===`style`&&I(r)&&I(i)?!Dn(r,i):r!==i}function pa({vnode:e,parent:t,suspense:n},r){for(;t;){let n=t.subTree;if(n.suspense&&n.suspense.activeBranch===e&&(n.suspense.vnode.el=n.el=r,e=n),n===e)(e=t.vnode).el=r,t=t.parent;else break}n&&n.activeBranch===e&&(n.vnode.el=r)}var ma={},ha=()=>Object.create(ma),ga=e=>Object.getPrototypeOf(e)===ma;function _a(e,t,n,r=!1){let i={},a=ha();e.propsDefaults=Object.create(null),ya(e,t,i,a);for(let t in e.propsOptions[0])t in i||(i[t]=void 0);e.props=n?r?i:st(i):e.type.props?i:a,e.attrs=a}function va(e,t,n,r){let{props:i,attrs:a,vnode:{patchFlag:o}}=e,s=j(i),[c]=e.propsOptions,l=!1;if((r||o>0)&&!(o&16)){if(o&8){let n=e.vnode.dynamicProps;for(let r=0;r<n.length;r++){let o=n[r];if(aa(e.emitsOptions,o))continue;let u=t[o];if(c){if(N(a,o))u!==a[o]&&(a[o]=u,l=!0);else{let t=on(o);i[t]=ba(c,s,t,u,e,!1)}}else u!==a[o]&&(a[o]=u,l=!0)}}}else{ya(e,t,i,a)&&(l=!0);let r;for(let a in s)t&&(N(t,a)||(r=cn(a))!==a&&N(t,r))||(c?n&&(n[a]!==void 0||n[r]!==void 0)&&(i[a]=ba(c,s,a,void 0,e,!0)):delete i[a]);if(a!==s)for(let e in a)t&&N(t,e)||(delete a[e],l=!0)}l&&we(e.attrs,`set`,``)}function ya(e,t,n,r){let[i,a]=e.propsOptions,o=!1,s;if(t)for(let c in t){if(nn(c))continue;let l=t[c],u;i&&N(i,u=on(c))?!a||!a.includes(u)?n[u]=l:(s||={})[u]=l:aa(e.emitsOptions,c)||c in r&&l===r[c]||(r[c]=l,o=!0)}if(a){let t=j(n),r=s||M;for(let o=0;o<a.length;o++){let s=a[o];n[s]=ba(i,t,s,r[s],e,!N(r,s))}}return o}function ba(e,t,n,r,i,a){let o=e[n];if(o!=null){let e=N(o,`default`);if(e&&r===void 0){let e=o.default;if(o.type!==Function&&!o.skipFactory&&F(e)){let{propsDefaults:a}=i;if(n in a)r=a[n];else{let o=ko(i);r=a[n]=e.call(null,t),o()}}else r=e;i.ce&&i.ce._setProp(n,r)}o[0]&&(a&&!e?r=!1:o[1]&&(r===``||r===cn(n))&&(r=!0))}return r}var xa=new WeakMap;function Sa(e,t,n=!1){let r=n?xa:t.propsCache,i=r.get(e);if(i)return i;let a=e.props,o={},s=[],c=!1;if(!F(e)){let r=e=>{c=!0;let[n,r]=Sa(e,t,!0);Wt(o,n),r&&s.push(...r)};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}if(!a&&!c)return I(e)&&r.set(e,zt),zt;if(P(a))for(let e=0;e<a.length;e++){let t=on(a[e]);Ca(t)&&(o[t]=M)}else if(a)for(let e in a){let t=on(e);if(Ca(t)){let n=a[e],r=o[t]=P(n)||F(n)?{type:n}:Wt({},n),i=r.type,c=!1,l=!0;if(P(i))for(let e=0;e<i.length;++e){let t=i[e],n=F(t)&&t.name;if(n===`Boolean`){c=!0;break}n===`String`&&(l=!1)}else c=F(i)&&i.name===`Boolean`;r[0]=c,r[1]=l,(c||N(r,`default`))&&s.push(t)}}let l=[o,s];return I(e)&&r.set(e,l),l}function Ca(e){return e[0]!==`$`&&!nn(e)}var wa=e=>e===`_`||e===`_ctx`||e===`$stable`,Ta=e=>P(e)?e.map(go):[go(e)],Ea=(e,t,n)=>{if(t._n)return t;let r=rr((...e)=>Ta(t(...e)),n);return r._c=!1,r},Da=(e,t,n)=>{let r=e._ctx;for(let n in e){if(wa(n))continue;let i=e[n];if(F(i))t[n]=Ea(n,i,r);else if(i!=null){let e=Ta(i);t[n]=()=>e}}},Oa=(e,t)=>{let n=Ta(t);e.slots.default=()=>n},ka=(e,t,n)=>{for(let r in t)(n||!wa(r))&&(e[r]=t[r])},Aa=(e,t,n)=>{let r=e.slots=ha();if(e.vnode.shapeFlag&32){let e=t._;e?(ka(r,t,n),n&&pn(r,`_`,e,!0)):Da(t,r)}else t&&Oa(e,t)},ja=(e,t,n)=>{let{vnode:r,slots:i}=e,a=!0,o=M;if(r.shapeFlag&32){let e=t._;e?n&&e===1?a=!1:ka(i,t,n):(a=!t.$stable,Da(t,i)),o=t}else t&&(Oa(e,t),o={default:1});if(a)for(let e in i)!wa(e)&&o[e]==null&&delete i[e]},Ma=Ga;function Na(e){return Pa(e)}function Pa(e,t){let n=gn();n.__VUE__=!0;let{insert:r,remove:i,patchProp:a,createElement:o,createText:s,createComment:c,setText:l,setElementText:u,parentNode:d,nextSibling:f,setScopeId:p=Bt,insertStaticContent:m}=e,h=(e,t,n,r=null,i=null,a=null,o=void 0,s=null,c=!!t.dynamicChildren)=>{if(e===t)return;e&&!oo(e,t)&&(r=A(e),ue(e,i,a,!0),e=null),t.patchFlag===-2&&(c=!1,t.dynamicChildren=null),t.dynamicChildren&&e&&e.dynamicChildren&&e.dynamicChildren.hasOnce&&(t.dynamicChildren===zt&&(t.dynamicChildren=[]),t.dynamicChildren.hasOnce=!0);let{type:l,ref:u,shapeFlag:d}=t;switch(l){case qa:g(e,t,n,r);break;case Ja:_(e,t,n,r);break;case Ya:e??v(t,n,r,o);break;case Ka:te(e,t,n,r,i,a,o,s,c);break;default:d&1?x(e,t,n,r,i,a,o,s,c):d&6?ne(e,t,n,r,i,a,o,s,c):(d&64||d&128)&&l.process(e,t,n,r,i,a,o,s,c,_e)}u!=null&&i?Xr(u,e&&e.ref,a,t||e,!t):u==null&&e&&e.ref!=null&&Xr(e.ref,null,a,e,!0)},g=(e,t,n,i)=>{if(e==null)r(t.el=s(t.children),n,i);else{let n=t.el=e.el;t.children!==e.children&&l(n,t.children)}},_=(e,t,n,i)=>{e==null?r(t.el=c(t.children||``),n,i):t.el=e.el},v=(e,t,n,r)=>{[e.el,e.anchor]=m(e.children,t,n,r,e.el,e.anchor)},y=({el:e,anchor:t},n,i)=>{let a;for(;e&&e!==t;)a=f(e),r(e,n,i),e=a;r(t,n,i)},b=({el:e,anchor:t})=>{let n;for(;e&&e!==t;)n=f(e),i(e),e=n;i(t)},x=(e,t,n,r,i,a,o,s,c)=>{if(t.type===`svg`?o=`svg`:t.type===`math`&&(o=`mathml`),e==null)S(t,n,r,i,a,o,s,c);else{let n=e.el&&e.el._isVueCE?e.el:null;try{n&&n._beginPatch(),T(e,t,i,a,o,s,c)}finally{n&&n._endPatch()}}},S=(e,t,n,i,s,c,l,d)=>{let f,p,{props:m,shapeFlag:h,transition:g,dirs:_}=e;if(f=e.el=o(e.type,c,m&&m.is,m),h&8?u(f,e.children):h&16&&w(e.children,f,null,i,s,Fa(e,c),l,d),_&&ar(e,null,i,`created`),C(f,e,e.scopeId,l,i),m){for(let e in m)e!==`value`&&!nn(e)&&a(f,e,null,m[e],c,i);`value`in m&&a(f,`value`,null,m.value,c),(p=m.onVnodeBeforeMount)&&bo(p,i,e)}_&&ar(e,null,i,`beforeMount`);let v=La(s,g);v?g.beforeEnter(f):g&&!g.persisted&&(f[Wa]=!0),r(f,t,n),((p=m&&m.onVnodeMounted)||v||_)&&Ma(()=>{try{p&&bo(p,i,e),v&&g.enter(f),_&&ar(e,null,i,`mounted`)}finally{}},s)},C=(e,t,n,r,i)=>{if(n&&p(e,n),r)for(let t=0;t<r.length;t++)p(e,r[t]);if(i){let n=i.subTree;if(t===n||Ua(n.type)&&(n.ssContent===t||n.ssFallback===t)){let t=i.vnode;C(e,t,t.scopeId,t.slotScopeIds,i.parent)}}},w=(e,t,n,r,i,a,o,s,c=0)=>{for(let l=c;l<e.length;l++){let c=e[l]=s?_o(e[l]):go(e[l]);h(null,c,t,n,r,i,a,o,s)}},T=(e,t,n,r,i,o,s)=>{let c=t.el=e.el,{patchFlag:l,dynamicChildren:d,dirs:f}=t;l|=e.patchFlag&16;let p=e.props||M,m=t.props||M,h;if(n&&Ia(n,!1),(h=m.onVnodeBeforeUpdate)&&bo(h,n,t,e),f&&ar(t,e,n,`beforeUpdate`),n&&Ia(n,!0),d&&(!e.dynamicChildren||e.dynamicChildren.length!==d.length)&&(l=0,s=!1,d=null),(p.innerHTML&&m.innerHTML==null||p.textContent&&m.textContent==null)&&u(c,``),d?E(e.dynamicChildren,d,c,n,r,Fa(t,i),o):s||oe(e,t,c,null,n,r,Fa(t,i),o,!1),l>0){if(l&16)ee(c,p,m,n,i);else if(l&2&&p.class!==m.class&&a(c,`class`,null,m.class,i),l&4&&a(c,`style`,p.style,m.style,i),l&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let r=e[t],o=p[r],s=m[r];(s!==o||r===`value`)&&a(c,r,o,s,i,n)}}l&1&&e.children!==t.children&&u(c,t.children)}else!s&&d==null&&ee(c,p,m,n,i);((h=m.onVnodeUpdated)||f)&&Ma(()=>{h&&bo(h,n,t,e),f&&ar(t,e,n,`updated`)},r)},E=(e,t,n,r,i,a,o)=>{for(let s=0;s<t.length;s++){let c=e[s],l=t[s],u=c.el||Ha(c),f=u&&(c.type===Ka||!oo(c,l)||c.shapeFlag&198)?d(u):n;h(c,l,f,null,r,i,a,o,!0)}},ee=(e,t,n,r,i)=>{if(t!==n){if(t!==M)for(let o in t)!nn(o)&&!(o in n)&&a(e,o,t[o],null,i,r);for(let o in n){if(nn(o))continue;let s=n[o],c=t[o];s!==c&&o!==`value`&&a(e,o,c,s,i,r)}`value`in n&&a(e,`value`,t.value,n.value,i)}},te=(e,t,n,i,a,o,c,l,u)=>{let d=t.el=e?e.el:s(``),f=t.anchor=e?e.anchor:s(``),{patchFlag:p,dynamicChildren:m,slotScopeIds:h}=t;h&&(l=l?l.concat(h):h),e==null?(r(d,n,i),r(f,n,i),w(t.children||[],n,f,a,o,c,l,u)):p>0&&p&64&&m&&e.dynamicChildren&&e.dynamicChildren.length===m.length?(E(e.dynamicChildren,m,n,a,o,c,l),(t.key!=null||a&&t===a.subTree)&&Ra(e,t,!0)):oe(e,t,n,f,a,o,c,l,u)},ne=(e,t,n,r,i,a,o,s,c)=>{t.slotScopeIds=s,e==null?t.shapeFlag&512?i.ctx.activate(t,n,r,o,c):O(t,n,r,i,a,o,c):re(e,t,c)},O=(e,t,n,r,i,a,o)=>{let s=e.component=wo(e,r,i);if(ri(e)&&(s.ctx.renderer=_e),No(s,!1,o),s.asyncDep){if(i&&i.registerDep(s,ie,o,a),!e.el){let r=s.subTree=L(Ja);_(null,r,t,n),e.placeholder=r.el}}else ie(s,e,t,n,i,a,o)},re=(e,t,n)=>{let r=t.component=e.component;if(ua(e,t,n)){if(r.asyncDep&&!r.asyncResolved){t.el=e.el,t.placeholder=e.placeholder,ae(r,t,n);return}r.next=t,r.update()}else t.el=e.el,t.placeholder=e.placeholder,r.vnode=t},ie=(e,t,n,r,i,a,o)=>{let s=()=>{if(e.isMounted){let{next:t,bu:n,u:r,parent:s,vnode:c}=e;{let n=Ba(e);if(n){t&&(t.el=c.el,ae(e,t,o)),n.asyncDep.then(()=>{let t=()=>{e.job.flags&8||(i&&i.pendingBranch?Ma(t,i):l())};t.flags=48,Ma(t,i)});return}}let u=t,f;Ia(e,!1),t?(t.el=c.el,ae(e,t,o)):t=c,n&&fn(n),(f=t.props&&t.props.onVnodeBeforeUpdate)&&bo(f,s,t,c),Ia(e,!0);let p=oa(e),m=e.subTree;e.subTree=p,h(m,p,d(m.el||Ha(m)),A(m),e,i,a),t.el=p.el,u===null&&pa(e,p.el),r&&Ma(r,i),(f=t.props&&t.props.onVnodeUpdated)&&Ma(()=>bo(f,s,t,c),i)}else{let o,{el:s,props:c}=t,{bm:l,m:u,parent:d,root:f,type:p}=e,m=ei(t);if(Ia(e,!1),l&&fn(l),!m&&(o=c&&c.onVnodeBeforeMount)&&bo(o,d,t),Ia(e,!0),s&&ye){let t=()=>{e.subTree=oa(e),ye(s,e.subTree,e,i,null)};m&&p.__asyncHydrate?p.__asyncHydrate(s,e,t):t()}else{f.ce&&f.ce._hasShadowRoot()&&f.ce._injectChildStyle(p,e.parent?e.parent.type:void 0);let o=e.subTree=oa(e);h(null,o,n,r,e,i,a),t.el=o.el}if(u&&Ma(u,i),!m&&(o=c&&c.onVnodeMounted)){let e=t;Ma(()=>bo(o,d,e),i)}(t.shapeFlag&256||d&&ei(d.vnode)&&d.vnode.shapeFlag&256)&&e.a&&Ma(e.a,i),e.isMounted=!0,t=n=r=null}};e.scope.on();let c=e.effect=new D(s);e.scope.off();let l=e.update=c.run.bind(c),u=e.job=c.runIfDirty.bind(c);u.i=e,u.id=e.uid,c.scheduler=()=>Gn(u),Ia(e,!0),l()},ae=(e,t,n)=>{t.component=e;let r=e.vnode.props;e.vnode=t,e.next=null,va(e,t.props,r,n),ja(e,t.children,n),pe(),Jn(e),me()},oe=(e,t,n,r,i,a,o,s,c=!1)=>{let l=e&&e.children,d=e?e.shapeFlag:0,f=t.children,{patchFlag:p,shapeFlag:m}=t;if(p>0){if(p&128){ce(l,f,n,r,i,a,o,s,c);return}if(p&256){se(l,f,n,r,i,a,o,s,c);return}}m&8?(d&16&&he(l,i,a),f!==l&&u(n,f)):d&16?m&16?ce(l,f,n,r,i,a,o,s,c):he(l,i,a,!0):(d&8&&u(n,``),m&16&&w(f,n,r,i,a,o,s,c))},se=(e,t,n,r,i,a,o,s,c)=>{e||=zt,t||=zt;let l=e.length,u=t.length,d=Math.min(l,u),f=0;for(;f<d;f++){let r=t[f]=c?_o(t[f]):go(t[f]);h(e[f],r,n,null,i,a,o,s,c)}l>u?he(e,i,a,!0,!1,d):w(t,n,r,i,a,o,s,c,d)},ce=(e,t,n,r,i,a,o,s,c)=>{let l=0,u=t.length,d=e.length-1,f=u-1;for(;l<=d&&l<=f;){let r=e[l],u=t[l]=c?_o(t[l]):go(t[l]);if(oo(r,u))h(r,u,n,null,i,a,o,s,c);else break;l++}for(;l<=d&&l<=f;){let r=e[d],l=t[f]=c?_o(t[f]):go(t[f]);if(oo(r,l))h(r,l,n,null,i,a,o,s,c);else break;d--,f--}if(l>d){if(l<=f){let e=f+1,d=e<u?t[e].el:r;for(;l<=f;)h(null,t[l]=c?_o(t[l]):go(t[l]),n,d,i,a,o,s,c),l++}}else if(l>f)for(;l<=d;)ue(e[l],i,a,!0),l++;else{let p=l,m=l,g=new Map;for(l=m;l<=f;l++){let e=t[l]=c?_o(t[l]):go(t[l]);e.key!=null&&g.set(e.key,l)}let _,v=0,y=f-m+1,b=!1,x=0,S=Array(y);for(l=0;l<y;l++)S[l]=0;for(l=p;l<=d;l++){let r=e[l];if(v>=y){ue(r,i,a,!0);continue}let u;if(r.key!=null)u=g.get(r.key);else for(_=m;_<=f;_++)if(S[_-m]===0&&oo(r,t[_])){u=_;break}u===void 0?ue(r,i,a,!0):(S[u-m]=l+1,u>=x?x=u:b=!0,h(r,t[u],n,null,i,a,o,s,c),v++)}let C=b?za(S):zt;for(_=C.length-1,l=y-1;l>=0;l--){let e=m+l,d=t[e],f=t[e+1],p=e+1<u?f.el||Ha(f):r;S[l]===0?h(null,d,n,p,i,a,o,s,c):b&&(_<0||l!==C[_]?le(d,n,p,2):_--)}}},le=(e,t,n,a,o=null)=>{let{el:s,type:c,transition:l,children:u,shapeFlag:d}=e;if(d&6)le(e.component.subTree,t,n,a);else if(d&128)e.suspense.move(t,n,a);else if(d&64)c.move(e,t,n,_e);else if(c===Ka){r(s,t,n);for(let e=0;e<u.length;e++)le(u[e],t,n,a);r(e.anchor,t,n)}else if(c===Ya)y(e,t,n);else if(a!==2&&d&1&&l){if(a===0)l.persisted&&!s[Ar]?r(s,t,n):(l.beforeEnter(s),r(s,t,n),Ma(()=>l.enter(s),o));else{let{leave:a,delayLeave:o,afterLeave:c}=l,u=()=>{e.ctx.isUnmounted?i(s):r(s,t,n)},d=()=>{let e=s._isLeaving||!!s[Ar];s._isLeaving&&s[Ar](!0),l.persisted&&!e?u():a(s,()=>{u(),c&&c()})};o?o(s,u,d):d()}}else r(s,t,n)},ue=(e,t,n,r=!1,i=!1)=>{let{type:a,props:o,ref:s,children:c,dynamicChildren:l,shapeFlag:u,patchFlag:d,dirs:f,cacheIndex:p,memo:m}=e;if((d===-2||l&&l.hasOnce)&&(i=!1),s!=null&&(pe(),Xr(s,null,n,e,!0),me()),p==null||e.ctx&&e.ctx!==t||(t.renderCache[p]=void 0),u&256&&t.ctx.deactivate(e))return;let h=u&1&&f,g=!ei(e),_;if(g&&(_=o&&o.onVnodeBeforeUnmount)&&bo(_,t,e),u&6)fe(e.component,n,r);else{if(u&128){e.suspense.unmount(n,r);return}h&&ar(e,null,t,`beforeUnmount`),u&64?e.type.remove(e,t,n,_e,r):l&&!l.hasOnce&&(a!==Ka||d>0&&d&64)?he(l,t,n,!1,!0):(a===Ka&&d&384||!i&&u&16)&&he(c,t,n),r&&de(e)}let v=m!=null&&p==null;(g&&(_=o&&o.onVnodeUnmounted)||h||v)&&Ma(()=>{_&&bo(_,t,e),h&&ar(e,null,t,`unmounted`),v&&(e.el=null)},n)},de=e=>{let{type:t,el:n,anchor:r,transition:a}=e,o=t===Ka;if(o&&!a){k(n,r);return}if(t===Ya){b(e),a&&!a.persisted&&a.afterLeave&&a.afterLeave();return}let s=o?Wr(e):e,c=()=>{o?d(n)&&k(n,r):i(n),a&&!a.persisted&&a.afterLeave&&a.afterLeave()};if(s&&s.shapeFlag&1&&a&&!a.persisted){let{leave:e,delayLeave:t}=a,n=s.el,r=()=>e(n,c);t?t(n,c,r):r()}else c()},k=(e,t)=>{let n;for(;e!==t;)n=f(e),i(e),e=n;i(t)},fe=(e,t,n)=>{let{bum:r,scope:i,job:a,subTree:o,um:s,m:c,a:l}=e;Va(c),Va(l),r&&fn(r),i.stop(),a?(a.flags|=8,ue(o,e,t,n)):o&&(o.transition=e.vnode.transition,ue(o,e,t,n)),s&&Ma(s,t);let u=()=>{e.isUnmounted=!0};u.flags=16,Ma(u,t)},he=(e,t,n,r=!1,i=!1,a=0)=>{for(let o=a;o<e.length;o++)ue(e[o],t,n,r,i)},A=e=>{if(e.shapeFlag&6)return A(e.component.subTree);if(e.shapeFlag&128)return e.suspense.next();let t=f(e.anchor||e.el),n=t&&t[_r];return n?f(n):t},ge=(e,t,n)=>{Zn(()=>{e==null?t._vnode&&ue(t._vnode,null,null,!0):h(t._vnode||null,e,t,null,null,null,n),t._vnode=e},e&&t._vnode?void 0:e&&e.component?e.component.uid:Co())},_e={p:h,um:ue,m:le,r:de,mt:O,mc:w,pc:oe,pbc:E,n:A,o:e},ve,ye;return t&&([ve,ye]=t(_e)),{render:ge,hydrate:ve,createApp:Qi(ge,ve)}}function Fa({type:e,props:t},n){return n===`svg`&&e===`foreignObject`||n===`mathml`&&e===`annotation-xml`&&t&&t.encoding&&t.encoding.includes(`html`)?void 0:n}function Ia({effect:e,job:t},n){n?(e.flags|=32,t.flags|=4):(e.flags&=-33,t.flags&=-5)}function La(e,t){return(!e||e&&!e.pendingBranch)&&t&&!t.persisted}function Ra(e,t,n=!1){let r=e.children,i=t.children;if(P(r)&&P(i))for(let e=0;e<r.length;e++){let t=r[e],a=i[e];a.shapeFlag&1&&!a.dynamicChildren&&((a.patchFlag<=0||a.patchFlag===32)&&(a=i[e]=_o(i[e]),a.el=t.el),!n&&a.patchFlag!==-2&&Ra(t,a)),a.type===qa&&(a.patchFlag===-1&&(a=i[e]=_o(a)),a.el=t.el),a.type===Ja&&!a.el&&(a.el=t.el)}}function za(e){let t=e.slice(),n=[0],r,i,a,o,s,c=e.length;for(r=0;r<c;r++){let c=e[r];if(c!==0){if(i=n[n.length-1],e[i]<c){t[r]=i,n.push(r);continue}for(a=0,o=n.length-1;a<o;)s=a+o>>1,e[n[s]]<c?a=s+1:o=s;c<e[n[a]]&&(a>0&&(t[r]=n[a-1]),n[a]=r)}}for(a=n.length,o=n[a-1];a-->0;)n[a]=o,o=t[o];return n}function Ba(e){let t=e.subTree.component;if(t)return t.asyncDep&&!t.asyncResolved?t:Ba(t)}function Va(e){if(e)for(let t=0;t<e.length;t++)e[t].flags|=8}function Ha(e){if(e.placeholder)return e.placeholder;let t=e.component;if(t)return Ha(t.subTree);let n=e.suspense;return n&&n.activeBranch?Ha(n.activeBranch):null}var Ua=e=>e.__isSuspense,Wa=Symbol(`_deferredEnter`);function Ga(e,t){t&&t.pendingBranch?P(e)?t.effects.push(...e):t.effects.push(e):qn(e)}var Ka=Symbol.for(`v-fgt`),qa=Symbol.for(`v-txt`),Ja=Symbol.for(`v-cmt`),Ya=Symbol.for(`v-stc`),Xa=[],Za=null;function Qa(e=!1){Xa.push(Za=e?null:[])}function $a(){Xa.pop(),Za=Xa[Xa.length-1]||null}var eo=1;function to(e,t=!1){eo+=e,e<0&&Za&&t&&(Za.hasOnce=!0)}function no(e){return e.dynamicChildren=eo>0?Za||zt:null,$a(),eo>0&&Za&&Za.push(e),e}function ro(e,t,n,r,i,a){return no(lo(e,t,n,r,i,a,!0))}function io(e,t,n,r,i){return no(L(e,t,n,r,i,!0))}function ao(e){return e?e.__v_isVNode===!0:!1}function oo(e,t){return e.type===t.type&&e.key===t.key}var so=({key:e})=>e??null,co=({ref:e,ref_key:t,ref_for:n})=>(typeof e==`number`&&(e=``+e),e==null?null:Xt(e)||_t(e)||F(e)?{i:er,r:e,k:t,f:!!n}:e);function lo(e,t=null,n=null,r=0,i=null,a=e===Ka?0:1,o=!1,s=!1){let c={__v_isVNode:!0,__v_skip:!0,type:e,props:t,key:t&&so(t),ref:t&&co(t),scopeId:tr,slotScopeIds:null,children:n,component:null,suspense:null,ssContent:null,ssFallback:null,dirs:null,transition:null,el:null,anchor:null,target:null,targetStart:null,targetAnchor:null,staticCount:0,shapeFlag:a,patchFlag:r,dynamicProps:i,dynamicChildren:null,appContext:null,ctx:er};return s?(vo(c,n),a&128&&e.normalize(c)):n&&(c.shapeFlag|=Xt(n)?8:16),eo>0&&!o&&Za&&(c.patchFlag>0||a&6)&&c.patchFlag!==32&&Za.push(c),c}var L=uo;function uo(e,t=null,n=null,r=0,i=null,a=!1){if(e&&e!==Si||(e=Ja),ao(e)){let r=po(e,t,!0);return n&&vo(r,n),eo>0&&!a&&Za&&(r.shapeFlag&6?Za[Za.indexOf(e)]=r:Za.push(r)),r.patchFlag=-2,r}if(Ho(e)&&(e=e.__vccOpts),t){t=fo(t);let{class:e,style:n}=t;e&&!Xt(e)&&(t.class=Sn(e)),I(n)&&(pt(n)&&!P(n)&&(n=Wt({},n)),t.style=_n(n))}let o=Xt(e)?1:Ua(e)?128:vr(e)?64:I(e)?4:F(e)?2:0;return lo(e,t,n,r,i,o,a,!0)}function fo(e){return e?pt(e)?Wt({},e):ga(e)?Wt({},e[Lo]||e):e:null}function po(e,t,n=!1,r=!1){let{props:i,ref:a,patchFlag:o,children:s,transition:c}=e,l=t?yo(i||{},t):i,u={__v_isVNode:!0,__v_skip:!0,type:e.type,props:l,key:l&&so(l),ref:t&&t.ref?n&&a?P(a)?a.concat(co(t)):[a,co(t)]:co(t):a,scopeId:e.scopeId,slotScopeIds:e.slotScopeIds,children:s,target:e.target,targetStart:e.targetStart,targetAnchor:e.targetAnchor,staticCount:e.staticCount,shapeFlag:e.shapeFlag,patchFlag:t&&e.type!==Ka?o===-1?16:o|16:o,dynamicProps:e.dynamicProps,dynamicChildren:e.dynamicChildren,appContext:e.appContext,dirs:e.dirs,transition:c,component:e.component,suspense:e.suspense,ssContent:e.ssContent&&po(e.ssContent),ssFallback:e.ssFallback&&po(e.ssFallback),placeholder:e.placeholder,el:e.el,anchor:e.anchor,ctx:e.ctx,ce:e.ce,cacheIndex:e.cacheIndex};return c&&r&&Hr(u,c.clone(u)),u}function mo(e=` `,t=0){return L(qa,null,e,t)}function ho(e=``,t=!1){return t?(Qa(),io(Ja,null,e)):L(Ja,null,e)}function go(e){return e==null||typeof e==`boolean`?L(Ja):P(e)?L(Ka,null,e.slice()):ao(e)?_o(e):L(qa,null,String(e))}function _o(e){return e.el===null&&e.patchFlag!==-1||e.memo?e:po(e)}function vo(e,t){let n=0,{shapeFlag:r}=e;if(t==null)t=null;else if(P(t))n=16;else if(typeof t==`object`){if(r&65){let n=t.default;n&&(n._c&&(n._d=!1),vo(e,n()),n._c&&(n._d=!0));return}{n=32;let r=t._;!r&&!ga(t)?t._ctx=er:r===3&&er&&(er.slots._===1?t._=1:(t._=2,e.patchFlag|=1024))}}else if(F(t)){if(r&65){vo(e,{default:t});return}t={default:t,_ctx:er},n=32}else t=String(t),r&64?(n=16,t=[mo(t)]):n=8;e.children=t,e.shapeFlag|=n}function yo(...e){let t={};for(let n=0;n<e.length;n++){let r=e[n];for(let e in r)if(e===`class`)t.class!==r.class&&(t.class=Sn([t.class,r.class]));else if(e===`style`)t.style=_n([t.style,r.style]);else if(Ht(e)){let n=t[e],i=r[e];i&&n!==i&&!(P(n)&&n.includes(i))?t[e]=n?[].concat(n,i):i:i==null&&n==null&&!Ut(e)&&(t[e]=i)}else e!==``&&(t[e]=r[e])}return t}function bo(e,t,n,r=null){Nn(e,t,7,[n,r])}var xo=Xi(),So=0;function Co(){return So}function wo(e,t,n){let r=e.type,i=(t?t.appContext:e.appContext)||xo,a={uid:So++,vnode:e,type:r,parent:t,appContext:i,root:null,next:null,subTree:null,effect:null,update:null,job:null,scope:new S(!0),render:null,proxy:null,exposed:null,exposeProxy:null,withProxy:null,provides:t?t.provides:Object.create(i.provides),ids:t?t.ids:[``,0,0],accessCache:null,renderCache:[],components:null,directives:null,propsOptions:Sa(r,i),emitsOptions:ia(r,i),emit:null,emitted:null,propsDefaults:M,inheritAttrs:r.inheritAttrs,ctx:M,data:M,props:M,attrs:M,slots:M,refs:M,setupState:M,setupContext:null,suspense:n,suspenseId:n?n.pendingId:0,asyncDep:null,asyncResolved:!1,isMounted:!1,isUnmounted:!1,isDeactivated:!1,bc:null,c:null,bm:null,m:null,bu:null,u:null,um:null,bum:null,da:null,a:null,rtg:null,rtc:null,ec:null,sp:null};return a.ctx={_:a},a.root=t?t.root:a,a.emit=na.bind(null,a),e.ce&&e.ce(a),a}var To=null,Eo=()=>To||er,Do,Oo;{let e=gn(),t=(t,n)=>{let r;return(r=e[t])||(r=e[t]=[]),r.push(n),e=>{r.length>1?r.forEach(t=>t(e)):r[0](e)}};Do=t(`__VUE_INSTANCE_SETTERS__`,e=>To=e),Oo=t(`__VUE_SSR_SETTERS__`,e=>Mo=e)}var ko=e=>{let t=To;return Do(e),e.scope.on(),()=>{e.scope.off(),Do(t)}},Ao=()=>{To&&To.scope.off(),Do(null)};function jo(e){return e.vnode.shapeFlag&4}var Mo=!1;function No(e,t=!1,n=!1){t&&Oo(t);let{props:r,children:i}=e.vnode,a=jo(e);_a(e,r,a,t),Aa(e,i,n||t);let o=a?Po(e,t):void 0;return t&&Oo(!1),o}function Po(e,t){let n=e.type;e.accessCache=Object.create(null),e.proxy=new Proxy(e.ctx,Mi);let{setup:r}=n;if(r){pe();let n=e.setupContext=r.length>1?zo(e):null,i=ko(e),a=Mn(r,e,0,[e.props,n]),o=Qt(a);if(me(),i(),(o||e.sp)&&!ei(e)&&qr(e),o){if(a.then(Ao,Ao),t)return a.then(n=>{Oo(!0);try{Fo(e,n,t)}finally{Oo(!1)}}).catch(t=>{Pn(t,e,0,void 0,!0),e.ssrRender=(e,t)=>t(`<!---->`)});e.asyncDep=a}else Fo(e,a,t)}else Io(e,t)}function Fo(e,t,n){F(t)?e.type.__ssrInlineRender?e.ssrRender=t:e.render=t:I(t)&&(e.setupState=wt(t)),Io(e,n)}function Io(e,t,n){let r=e.type;e.render||=r.render||Bt;{let t=ko(e);pe();try{Ii(e)}finally{me(),t()}}}var Lo=Symbol(),Ro={get(e,t){return Ce(e,`get`,``),t===Lo?e:e[t]}};function zo(e){return{attrs:new Proxy(e.attrs,Ro),slots:e.slots,emit:e.emit,expose:t=>{e.exposed=t||{}}}}function Bo(e){return e.exposed?e.exposeProxy||=new Proxy(wt(mt(e.exposed)),{get(t,n){if(n in t)return t[n];if(n in Ai)return Ai[n](e)},has(e,t){return t in e||t in Ai}}):e.proxy}function Vo(e,t=!0){return F(e)?e.displayName||e.name:e.name||t&&e.__name}function Ho(e){return F(e)&&`__vccOpts`in e}var R=(e,t)=>jt(e,t,Mo);function Uo(e,t,n){try{to(-1);let r=arguments.length;return r===2?I(t)&&!P(t)?ao(t)?L(e,null,[t]):L(e,t):L(e,null,t):(r>3?n=Array.prototype.slice.call(arguments,2):r===3&&ao(n)&&(n=[n]),L(e,t,n))}finally{to(1)}}var Wo=`3.5.45`;function Go(e){let t=Object.create(null);for(let n of e.split(`,`))t[n]=1;return e=>e in t}var Ko=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&(e.charCodeAt(2)>122||e.charCodeAt(2)<97),qo=e=>e.startsWith(`onUpdate:`),Jo=Object.assign,Yo=Array.isArray,Xo=e=>is(e)===`[object Map]`,Zo=e=>is(e)===`[object Set]`,Qo=e=>is(e)===`[object Date]`,$o=e=>typeof e==`function`,es=e=>typeof e==`string`,ts=e=>typeof e==`symbol`,ns=e=>typeof e==`object`&&!!e,rs=Object.prototype.toString,is=e=>rs.call(e),as=e=>{let t=Object.create(null);return(n=>t[n]||(t[n]=e(n)))},os=/-\w/g,ss=as(e=>e.replace(os,e=>e.slice(1).toUpperCase())),cs=/\B([A-Z])/g,ls=as(e=>e.replace(cs,`-$1`).toLowerCase()),us=as(e=>e.charAt(0).toUpperCase()+e.slice(1)),ds=(e,...t)=>{for(let n=0;n<e.length;n++)e[n](...t)},fs=e=>{let t=parseFloat(e);return isNaN(t)?e:t},ps=e=>{let t=es(e)?Number(e):NaN;return isNaN(t)?e:t},ms=`itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly`,hs=Go(ms);ms+``;function gs(e){return!!e||e===``}function _s(e,t,n){if(e.length!==t.length)return!1;let r=!0;for(let i=0;r&&i<e.length;i++)r=xs(e[i],t[i],n);return r}function vs(e,t,n){if(e.size!==t.size)return!1;let r=Array.from(t),i=new Uint8Array(r.length);for(let t of e){let e=-1;for(let a=0;a<r.length;a++)if(!i[a]&&xs(t,r[a],n)){e=a;break}if(e<0)return!1;i[e]=1}return!0}function ys(e,t,n){let r=Xo(e),i=Xo(t);if(r||i||(r=Zo(e),i=Zo(t),r||i))return r&&i?vs(e,t,n):!1;if(Object.keys(e).length!==Object.keys(t).length)return!1;for(let r in e){let i=e.hasOwnProperty(r),a=t.hasOwnProperty(r);if(i&&!a||!i&&a||!xs(e[r],t[r],n))return!1}return String(e)===String(t)}function bs(e,t,n,r){n||=[new Map,new Map];let[i,a]=n;if(i.has(e)||a.has(t))return i.get(e)===t&&a.get(t)===e;i.set(e,t),a.set(t,e);let o=r(e,t,n);return i.delete(e),a.delete(t),o}function xs(e,t,n){if(e===t)return!0;let r=Qo(e),i=Qo(t);return r||i?r&&i?e.getTime()===t.getTime():!1:(r=ts(e),i=ts(t),r||i?e===t:(r=Yo(e),i=Yo(t),r||i?r&&i?bs(e,t,n,_s):!1:(r=ns(e),i=ns(t),r||i?!r||!i?!1:bs(e,t,n,ys):String(e)===String(t))))}function Ss(e,t){return e.findIndex(e=>xs(e,t))}var Cs=void 0,ws=typeof window<`u`&&window.trustedTypes;if(ws)try{Cs=ws.createPolicy(`vue`,{createHTML:e=>e})}catch{}var Ts=Cs?e=>Cs.createHTML(e):e=>e,Es=`http://www.w3.org/2000/svg`,Ds=`http://www.w3.org/1998/Math/MathML`,Os=typeof document<`u`?document:null,ks=Os&&Os.createElement(`template`),As={insert:(e,t,n)=>{t.insertBefore(e,n||null)},remove:e=>{let t=e.parentNode;t&&t.removeChild(e)},createElement:(e,t,n,r)=>{let i=t===`svg`?Os.createElementNS(Es,e):t===`mathml`?Os.createElementNS(Ds,e):n?Os.createElement(e,{is:n}):Os.createElement(e);return e===`select`&&r&&r.multiple!=null&&i.setAttribute(`multiple`,r.multiple),i},createText:e=>Os.createTextNode(e),createComment:e=>Os.createComment(e),setText:(e,t)=>{e.nodeValue=t},setElementText:(e,t)=>{e.textContent=t},parentNode:e=>e.parentNode,nextSibling:e=>e.nextSibling,querySelector:e=>Os.querySelector(e),setScopeId(e,t){e.setAttribute(t,``)},insertStaticContent(e,t,n,r,i,a){let o=n?n.previousSibling:t.lastChild;if(i&&(i===a||i.nextSibling))for(;t.insertBefore(i.cloneNode(!0),n),i!==a&&(i=i.nextSibling););else{ks.innerHTML=Ts(r===`svg`?`<svg>${e}</svg>`:r===`mathml`?`<math>${e}</math>`:e);let i=ks.content;if(r===`svg`||r===`mathml`){let e=i.firstChild;for(;e.firstChild;)i.appendChild(e.firstChild);i.removeChild(e)}t.insertBefore(i,n)}return[o?o.nextSibling:t.firstChild,n?n.previousSibling:t.lastChild]}},js=`transition`,Ms=`animation`,Ns=Symbol(`_vtc`),Ps={name:String,type:String,css:{type:Boolean,default:!0},duration:[String,Number,Object],enterFromClass:String,enterActiveClass:String,enterToClass:String,appearFromClass:String,appearActiveClass:String,appearToClass:String,leaveFromClass:String,leaveActiveClass:String,leaveToClass:String},Fs=Jo({},Pr,Ps),Is=(e=>(e.displayName=`Transition`,e.props=Fs,e))((e,{slots:t})=>Uo(Lr,zs(e),t)),Ls=(e,t=[])=>{Yo(e)?e.forEach(e=>e(...t)):e&&e(...t)},Rs=e=>e?Yo(e)?e.some(e=>e.length>1):e.length>1:!1;function zs(e){let t={};for(let n in e)n in Ps||(t[n]=e[n]);if(e.css===!1)return t;let{name:n=`v`,type:r,duration:i,enterFromClass:a=`${n}-enter-from`,enterActiveClass:o=`${n}-enter-active`,enterToClass:s=`${n}-enter-to`,appearFromClass:c=a,appearActiveClass:l=o,appearToClass:u=s,leaveFromClass:d=`${n}-leave-from`,leaveActiveClass:f=`${n}-leave-active`,leaveToClass:p=`${n}-leave-to`}=e,m=Bs(i),h=m&&m[0],g=m&&m[1],{onBeforeEnter:_,onEnter:v,onEnterCancelled:y,onLeave:b,onLeaveCancelled:x,onBeforeAppear:S=_,onAppear:C=v,onAppearCancelled:w=y}=t,T=(e,t,n,r)=>{e._enterCancelled=r,Us(e,t?u:s),Us(e,t?l:o),n&&n()},E=(e,t)=>{e._isLeaving=!1,Us(e,d),Us(e,p),Us(e,f),t&&t()},ee=e=>(t,n)=>{let i=e?C:v,o=()=>T(t,e,n);Ls(i,[t,o]),Ws(()=>{Us(t,e?c:a),Hs(t,e?u:s),Rs(i)||Ks(t,r,h,o)})};return Jo(t,{onBeforeEnter(e){Ls(_,[e]),Hs(e,a),Hs(e,o)},onBeforeAppear(e){Ls(S,[e]),Hs(e,c),Hs(e,l)},onEnter:ee(!1),onAppear:ee(!0),onLeave(e,t){e._isLeaving=!0;let n=()=>E(e,t);Hs(e,d),e._enterCancelled?(Hs(e,f),Xs(e)):(Xs(e),Hs(e,f)),Ws(()=>{e._isLeaving&&(Us(e,d),Hs(e,p),Rs(b)||Ks(e,r,g,n))}),Ls(b,[e,n])},onEnterCancelled(e){T(e,!1,void 0,!0),Ls(y,[e])},onAppearCancelled(e){T(e,!0,void 0,!0),Ls(w,[e])},onLeaveCancelled(e){E(e),Ls(x,[e])}})}function Bs(e){if(e==null)return null;if(ns(e))return[Vs(e.enter),Vs(e.leave)];{let t=Vs(e);return[t,t]}}function Vs(e){return ps(e)}function Hs(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.add(t)),(e[Ns]||(e[Ns]=new Set)).add(t)}function Us(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.remove(t));let n=e[Ns];n&&(n.delete(t),n.size||(e[Ns]=void 0))}function Ws(e){requestAnimationFrame(()=>{requestAnimationFrame(e)})}var Gs=0;function Ks(e,t,n,r){let i=e._endId=++Gs,a=()=>{i===e._endId&&r()};if(n!=null)return setTimeout(a,n);let{type:o,timeout:s,propCount:c}=qs(e,t);if(!o)return r();let l=o+`end`,u=0,d=()=>{e.removeEventListener(l,f),a()},f=t=>{t.target===e&&++u>=c&&d()};setTimeout(()=>{u<c&&d()},s+1),e.addEventListener(l,f)}function qs(e,t){let n=window.getComputedStyle(e),r=e=>(n[e]||``).split(`, `),i=r(`${js}Delay`),a=r(`${js}Duration`),o=Js(i,a),s=r(`${Ms}Delay`),c=r(`${Ms}Duration`),l=Js(s,c),u=null,d=0,f=0;t===js?o>0&&(u=js,d=o,f=a.length):t===Ms?l>0&&(u=Ms,d=l,f=c.length):(d=Math.max(o,l),u=d>0?o>l?js:Ms:null,f=u?u===js?a.length:c.length:0);let p=u===js&&/\b(?:transform|all)(?:,|$)/.test(r(`${js}Property`).toString());return{type:u,timeout:d,propCount:f,hasTransform:p}}function Js(e,t){for(;e.length<t.length;)e=e.concat(e);return Math.max(...t.map((t,n)=>Ys(t)+Ys(e[n])))}function Ys(e){return e===`auto`?0:Number(e.slice(0,-1).replace(`,`,`.`))*1e3}function Xs(e){return(e?e.ownerDocument:document).body.offsetHeight}function Zs(e,t,n){let r=e[Ns];r&&(t=(t?[t,...r]:[...r]).join(` `)),t==null?e.removeAttribute(`class`):n?e.setAttribute(`class`,t):e.className=t}var Qs=Symbol(`_vod`),$s=Symbol(`_vsh`),ec={name:`show`,beforeMount(e,{value:t},{transition:n}){e[Qs]=e.style.display===`none`?``:e.style.display,n&&t?n.beforeEnter(e):tc(e,t)},mounted(e,{value:t},{transition:n}){n&&t&&n.enter(e)},updated(e,{value:t,oldValue:n},{transition:r}){!t!=!n&&(r?t?(r.beforeEnter(e),tc(e,!0),r.enter(e)):r.leave(e,()=>{tc(e,!1)}):tc(e,t))},beforeUnmount(e,{value:t}){tc(e,t)}};function tc(e,t){e.style.display=t?e[Qs]:`none`,e[$s]=!t}var nc=Symbol(``),rc=/(?:^|;)\s*display\s*:/;function ic(e,t,n){let r=e.style,i=es(n),a=!1;if(n&&!i){if(t){if(es(t))for(let e of t.split(`;`)){let t=e.slice(0,e.indexOf(`:`)).trim();n[t]??oc(r,t,``)}else for(let e in t)n[e]??oc(r,e,``)}for(let i in n){i===`display`&&(a=!0);let o=n[i];o==null?oc(r,i,``):uc(e,i,!es(t)&&t?t[i]:void 0,o)||oc(r,i,o)}}else if(i){if(t!==n){let e=r[nc];e&&(n+=`;`+e),r.cssText=n,a=rc.test(n)}}else t&&e.removeAttribute(`style`);Qs in e&&(i&&t===n||(e[Qs]=a?r.display:``),e[$s]&&(r.display=`none`))}var ac=/\s*!important$/;function oc(e,t,n){if(Yo(n))n.forEach(n=>oc(e,t,n));else if(n??=``,t.startsWith(`--`))ac.test(n)?e.setProperty(t,n.replace(ac,``),`important`):e.setProperty(t,n);else{let r=lc(e,t);ac.test(n)?e.setProperty(ls(r),n.replace(ac,``),`important`):e[r]=n}}var sc=[`Webkit`,`Moz`,`ms`],cc={};function lc(e,t){let n=cc[t];if(n)return n;let r=on(t);if(r!==`filter`&&r in e)return cc[t]=r;r=us(r);for(let n=0;n<sc.length;n++){let i=sc[n]+r;if(i in e)return cc[t]=i}return t}function uc(e,t,n,r){return e.tagName===`TEXTAREA`&&(t===`width`||t===`height`)&&es(r)&&n===r}var dc=`http://www.w3.org/1999/xlink`;function fc(e,t,n,r,i,a=hs(t)){r&&t.startsWith(`xlink:`)?n==null?e.removeAttributeNS(dc,t.slice(6,t.length)):e.setAttributeNS(dc,t,n):n==null||a&&!gs(n)?e.removeAttribute(t):e.setAttribute(t,a?``:ts(n)?String(n):n)}function pc(e,t,n,r,i){if(t===`innerHTML`||t===`textContent`){n!=null&&(e[t]=t===`innerHTML`?Ts(n):n);return}let a=e.tagName;if(t===`value`&&a!==`PROGRESS`&&!a.includes(`-`)){let r=a===`OPTION`?e.getAttribute(`value`)||``:e.value,i=n==null?e.type===`checkbox`?`on`:``:String(n);r===i&&`_value`in e||(e.value=i),n??e.removeAttribute(t),e._value=n;return}let o=!1;if(n===``||n==null){let r=typeof e[t];r===`boolean`?n=gs(n):n==null&&r===`string`?(n=``,o=!0):r===`number`&&(n=0,o=!0)}try{e[t]=n}catch{}o&&e.removeAttribute(i||t)}function mc(e,t,n,r){e.addEventListener(t,n,r)}function hc(e,t,n,r){e.removeEventListener(t,n,r)}var gc=Symbol(`_vei`);function _c(e,t,n,r,i=null){let a=e[gc]||(e[gc]={}),o=a[t];if(r&&o)o.value=r;else{let[n,s]=bc(t);r?mc(e,n,a[t]=wc(r,i),s):o&&(hc(e,n,o,s),a[t]=void 0)}}var vc=/(Once|Passive|Capture)$/,yc=/^on:?(?:Once|Passive|Capture)$/;function bc(e){let t,n;for(;(n=e.match(vc))&&!yc.test(e);)t||={},e=e.slice(0,e.length-n[1].length),t[n[1].toLowerCase()]=!0;return[e[2]===`:`?e.slice(3):ls(e.slice(2)),t]}var xc=0,Sc=Promise.resolve(),Cc=()=>xc||=(Sc.then(()=>xc=0),Date.now());function wc(e,t){let n=e=>{if(!e._vts)e._vts=Date.now();else if(e._vts<=n.attached)return;let r=n.value;if(Yo(r)){let n=e.stopImmediatePropagation;e.stopImmediatePropagation=()=>{n.call(e),e._stopped=!0};let i=r.slice(),a=[e];for(let n=0;n<i.length&&!e._stopped;n++){let e=i[n];e&&Nn(e,t,5,a)}}else Nn(r,t,5,[e])};return n.value=e,n.attached=Cc(),n}var Tc=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&e.charCodeAt(2)>96&&e.charCodeAt(2)<123,Ec=(e,t,n,r,i,a)=>{let o=i===`svg`;t===`class`?Zs(e,r,o):t===`style`?ic(e,n,r):Ko(t)?qo(t)||_c(e,t,n,r,a):(t[0]===`.`?(t=t.slice(1),1):t[0]===`^`?(t=t.slice(1),0):Dc(e,t,r,o))?(pc(e,t,r),e.tagName.includes(`-`)||t!==`value`&&t!==`checked`&&t!==`selected`||fc(e,t,r,o,a,t!==`value`)):e._isVueCE&&(Oc(e,t)||e._def.__asyncLoader&&(/[A-Z]/.test(t)||!es(r)))?pc(e,ss(t),r,a,t):(t===`true-value`?e._trueValue=r:t===`false-value`&&(e._falseValue=r),fc(e,t,r,o))};function Dc(e,t,n,r){if(r)return!!(t===`innerHTML`||t===`textContent`||t in e&&Tc(t)&&$o(n));if(t===`spellcheck`||t===`draggable`||t===`translate`||t===`autocorrect`||t===`sandbox`&&e.tagName===`IFRAME`||t===`form`||t===`list`&&e.tagName===`INPUT`||t===`type`&&e.tagName===`TEXTAREA`)return!1;if(t===`width`||t===`height`){let t=e.tagName;if(t===`IMG`||t===`VIDEO`||t===`CANVAS`||t===`SOURCE`)return!1}return Tc(t)&&es(n)?!1:t in e}function Oc(e,t){let n=e._def.props;if(!n)return!1;let r=ss(t);return Array.isArray(n)?n.some(e=>ss(e)===r):Object.keys(n).some(e=>ss(e)===r)}var kc=e=>{let t=e.props[`onUpdate:modelValue`]||!1;return Yo(t)?e=>ds(t,e):t};function Ac(e){e.target.composing=!0}function jc(e){let t=e.target;t.composing&&(t.composing=!1,t.dispatchEvent(new Event(`input`)))}var Mc=Symbol(`_assign`),Nc=Symbol(`_initialValue`);function Pc(e,t,n){return t&&(e=e.trim()),n&&(e=fs(e)),e}var Fc={created(e,{modifiers:{lazy:t,trim:n,number:r}},i){e.parentNode&&(e.type===`text`?e[Nc]=e.defaultValue.replace(/[\r\n]/g,``):e.type===`textarea`&&(e[Nc]=e.defaultValue.replace(/\r\n?/g,`
`))),e[Mc]=kc(i);let a=r||i.props&&i.props.type===`number`;mc(e,t?`change`:`input`,t=>{t.target.composing||e[Mc](Pc(e.value,n,a))}),(n||a)&&mc(e,`change`,()=>{e.value=Pc(e.value,n,a)}),t||(mc(e,`compositionstart`,Ac),mc(e,`compositionend`,jc),mc(e,`change`,jc))},mounted(e,{value:t,modifiers:{trim:n,number:r}}){let i=t??``,a=e[Nc];delete e[Nc],a!==void 0&&(e.type===`text`||e.type===`textarea`)&&e.value!==a?e[Mc](Pc(e.value,n,r)):e.value=i},beforeUpdate(e,{value:t,oldValue:n,modifiers:{lazy:r,trim:i,number:a}},o){if(e[Mc]=kc(o),e.composing)return;let s=(a||e.type===`number`)&&!/^0\d/.test(e.value)?fs(e.value):e.value,c=t??``;if(s===c)return;let l=e.getRootNode();(l instanceof Document||l instanceof ShadowRoot)&&l.activeElement===e&&e.type!==`range`&&(r&&t===n||i&&e.value.trim()===c)||(e.value=c)}},Ic={deep:!0,created(e,t,n){e[Mc]=kc(n),mc(e,`change`,()=>{let t=e._modelValue,n=Hc(e),r=e.checked,i=e[Mc];if(Yo(t)){let e=Ss(t,n),a=e!==-1;if(r&&!a)i(t.concat(n));else if(!r&&a){let n=[...t];n.splice(e,1),i(n)}}else if(Zo(t)){let e=new Set(t);r?e.add(n):e.delete(n),i(e)}else i(Uc(e,r))})},mounted:Lc,beforeUpdate(e,t,n){e[Mc]=kc(n),Lc(e,t,n)}};function Lc(e,{value:t,oldValue:n},r){e._modelValue=t;let i;if(Yo(t))i=Ss(t,r.props.value)>-1;else if(Zo(t))i=t.has(r.props.value);else{if(t===n)return;i=xs(t,Uc(e,!0))}e.checked!==i&&(e.checked=i)}var Rc={created(e,{value:t},n){e.checked=xs(t,n.props.value),e[Mc]=kc(n),mc(e,`change`,()=>{e[Mc](Hc(e))})},beforeUpdate(e,{value:t,oldValue:n},r){e[Mc]=kc(r),t!==n&&(e.checked=xs(t,r.props.value))}},zc={deep:!0,created(e,{value:t,modifiers:{number:n}},r){e._modelValue=t,mc(e,`change`,()=>{let t=Array.prototype.filter.call(e.options,e=>e.selected).map(e=>n?fs(Hc(e)):Hc(e)),r=e.multiple,i=r?Zo(e._modelValue)?new Set(t):t:t[0],a=e._pendingValue=[r,r?Yo(i)?t.slice():t:i];try{e[Mc](i)}finally{Un(()=>{e._pendingValue===a&&(e._pendingValue=void 0)})}}),e[Mc]=kc(r)},mounted(e,{value:t,modifiers:{number:n}}){Vc(e,t,n)},beforeUpdate(e,{value:t},n){e._modelValue=t,e[Mc]=kc(n)},updated(e,{value:t,modifiers:{number:n}}){let r=e._pendingValue;e._pendingValue=void 0,r&&r[0]===e.multiple&&Bc(t,r[1],r[0])||Vc(e,t,n)}};function Bc(e,t,n){if(!n||Yo(e))return xs(e,t);if(Zo(e)){if(e.size!==t.length)return!1;for(let n of t)if(!e.has(n))return!1;return!0}return!1}function Vc(e,t,n=!1){let r=e.multiple,i=Yo(t);if(!r||i||Zo(t)){for(let a=0,o=e.options.length;a<o;a++){let o=e.options[a],s=Hc(o);if(r){if(i){let e=typeof s;o.selected=e===`string`||e===`number`?t.some(e=>String(e)===String(s)):Ss(t,s)>-1}else o.selected=t.has(s)||n&&typeof s==`string`&&t.has(fs(s))}else if(xs(Hc(o),t)){e.selectedIndex!==a&&(e.selectedIndex=a);return}}!r&&e.selectedIndex!==-1&&(e.selectedIndex=-1)}}function Hc(e){return`_value`in e?e._value:e.value}function Uc(e,t){let n=t?`_trueValue`:`_falseValue`;return n in e?e[n]:t}var Wc=[`ctrl`,`shift`,`alt`,`meta`],Gc={stop:e=>e.stopPropagation(),prevent:e=>e.preventDefault(),self:e=>e.target!==e.currentTarget,ctrl:e=>!e.ctrlKey,shift:e=>!e.shiftKey,alt:e=>!e.altKey,meta:e=>!e.metaKey,left:e=>`button`in e&&e.button!==0,middle:e=>`button`in e&&e.button!==1,right:e=>`button`in e&&e.button!==2,exact:(e,t)=>Wc.some(n=>e[`${n}Key`]&&!t.includes(n))},Kc=(e,t)=>{if(!e)return e;let n=e._withMods||={},r=t.join(`.`);return n[r]||(n[r]=((n,...r)=>{for(let e=0;e<t.length;e++){let r=Gc[t[e]];if(r&&r(n,t))return}return e(n,...r)}))},qc=Jo({patchProp:Ec},As),Jc;function Yc(){return Jc||=Na(qc)}var Xc=((...e)=>{Yc().render(...e)}),Zc=((...e)=>{let t=Yc().createApp(...e),{mount:n}=t;return t.mount=e=>{let r=$c(e);if(!r)return;let i=t._component;$o(i)||i.render||i.template||(i.template=r.innerHTML),r.nodeType===1&&(r.textContent=``);let a=n(r,!1,Qc(r));return r instanceof Element&&(r.removeAttribute(`v-cloak`),r.setAttribute(`data-v-app`,``)),a},t});function Qc(e){if(e instanceof SVGElement)return`svg`;if(typeof MathMLElement==`function`&&e instanceof MathMLElement)return`mathml`}function $c(e){return es(e)?document.querySelector(e):e}function el(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function tl(e,t){if(e){if(typeof e==`string`)return el(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?el(e,t):void 0}}function nl(e){"@babel/helpers - typeof";return nl=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},nl(e)}function rl(e,t){if(nl(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t||`default`);if(nl(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function il(e){var t=rl(e,`string`);return nl(t)==`symbol`?t:t+``}function al(e,t,n){return(t=il(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}var ol=typeof global==`object`&&global&&global.Object===Object&&global,sl=typeof self==`object`&&self&&self.Object===Object&&self,cl=ol||sl||Function(`return this`)(),ll=cl.Symbol,ul=Object.prototype,dl=ul.hasOwnProperty,fl=ul.toString,pl=ll?ll.toStringTag:void 0;function ml(e){var t=dl.call(e,pl),n=e[pl];try{e[pl]=void 0;var r=!0}catch{}var i=fl.call(e);return r&&(t?e[pl]=n:delete e[pl]),i}var hl=Object.prototype.toString;function gl(e){return hl.call(e)}var _l=`[object Null]`,vl=`[object Undefined]`,yl=ll?ll.toStringTag:void 0;function bl(e){return e==null?e===void 0?vl:_l:yl&&yl in Object(e)?ml(e):gl(e)}function xl(e){return typeof e==`object`&&!!e}var Sl=`[object Symbol]`;function Cl(e){return typeof e==`symbol`||xl(e)&&bl(e)==Sl}function wl(e,t){for(var n=-1,r=e==null?0:e.length,i=Array(r);++n<r;)i[n]=t(e[n],n,e);return i}var Tl=Array.isArray,El=1/0,Dl=ll?ll.prototype:void 0,Ol=Dl?Dl.toString:void 0;function kl(e){if(typeof e==`string`)return e;if(Tl(e))return wl(e,kl)+``;if(Cl(e))return Ol?Ol.call(e):``;var t=e+``;return t==`0`&&1/e==-El?`-0`:t}function Al(e){var t=typeof e;return e!=null&&(t==`object`||t==`function`)}function jl(e){return e}var Ml=`[object AsyncFunction]`,Nl=`[object Function]`,Pl=`[object GeneratorFunction]`,Fl=`[object Proxy]`;function Il(e){if(!Al(e))return!1;var t=bl(e);return t==Nl||t==Pl||t==Ml||t==Fl}var Ll=cl[`__core-js_shared__`],Rl=function(){var e=/[^.]+$/.exec(Ll&&Ll.keys&&Ll.keys.IE_PROTO||``);return e?`Symbol(src)_1.`+e:``}();function zl(e){return!!Rl&&Rl in e}var Bl=Function.prototype.toString;function Vl(e){if(e!=null){try{return Bl.call(e)}catch{}try{return e+``}catch{}}return``}var Hl=/[\\^$.*+?()[\]{}|]/g,Ul=/^\[object .+?Constructor\]$/,Wl=Function.prototype,Gl=Object.prototype,Kl=Wl.toString,ql=Gl.hasOwnProperty,Jl=RegExp(`^`+Kl.call(ql).replace(Hl,`\\$&`).replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g,`$1.*?`)+`$`);function Yl(e){return!Al(e)||zl(e)?!1:(Il(e)?Jl:Ul).test(Vl(e))}function Xl(e,t){return e?.[t]}function Zl(e,t){var n=Xl(e,t);return Yl(n)?n:void 0}var Ql=Zl(cl,`WeakMap`),$l=Object.create,eu=function(){function e(){}return function(t){if(!Al(t))return{};if($l)return $l(t);e.prototype=t;var n=new e;return e.prototype=void 0,n}}();function tu(e,t,n){switch(n.length){case 0:return e.call(t);case 1:return e.call(t,n[0]);case 2:return e.call(t,n[0],n[1]);case 3:return e.call(t,n[0],n[1],n[2])}return e.apply(t,n)}function nu(e,t){var n=-1,r=e.length;for(t||=Array(r);++n<r;)t[n]=e[n];return t}var ru=800,iu=16,au=Date.now;function ou(e){var t=0,n=0;return function(){var r=au(),i=iu-(r-n);if(n=r,i>0){if(++t>=ru)return arguments[0]}else t=0;return e.apply(void 0,arguments)}}function su(e){return function(){return e}}var cu=function(){try{var e=Zl(Object,`defineProperty`);return e({},``,{}),e}catch{}}(),lu=ou(cu?function(e,t){return cu(e,`toString`,{configurable:!0,enumerable:!1,value:su(t),writable:!0})}:jl);function uu(e,t){for(var n=-1,r=e==null?0:e.length;++n<r&&t(e[n],n,e)!==!1;);return e}var du=0x1fffffffffffff,fu=/^(?:0|[1-9]\d*)$/;function pu(e,t){var n=typeof e;return t??=du,!!t&&(n==`number`||n!=`symbol`&&fu.test(e))&&e>-1&&e%1==0&&e<t}function mu(e,t,n){t==`__proto__`&&cu?cu(e,t,{configurable:!0,enumerable:!0,value:n,writable:!0}):e[t]=n}function hu(e,t){return e===t||e!==e&&t!==t}var gu=Object.prototype.hasOwnProperty;function _u(e,t,n){var r=e[t];(!(gu.call(e,t)&&hu(r,n))||n===void 0&&!(t in e))&&mu(e,t,n)}function vu(e,t,n,r){var i=!n;n||={};for(var a=-1,o=t.length;++a<o;){var s=t[a],c=r?r(n[s],e[s],s,n,e):void 0;c===void 0&&(c=e[s]),i?mu(n,s,c):_u(n,s,c)}return n}var yu=Math.max;function bu(e,t,n){return t=yu(t===void 0?e.length-1:t,0),function(){for(var r=arguments,i=-1,a=yu(r.length-t,0),o=Array(a);++i<a;)o[i]=r[t+i];i=-1;for(var s=Array(t+1);++i<t;)s[i]=r[i];return s[t]=n(o),tu(e,this,s)}}function xu(e,t){return lu(bu(e,t,jl),e+``)}var Su=0x1fffffffffffff;function Cu(e){return typeof e==`number`&&e>-1&&e%1==0&&e<=Su}function wu(e){return e!=null&&Cu(e.length)&&!Il(e)}function Tu(e,t,n){if(!Al(n))return!1;var r=typeof t;return(r==`number`?wu(n)&&pu(t,n.length):r==`string`&&t in n)?hu(n[t],e):!1}function Eu(e){return xu(function(t,n){var r=-1,i=n.length,a=i>1?n[i-1]:void 0,o=i>2?n[2]:void 0;for(a=e.length>3&&typeof a==`function`?(i--,a):void 0,o&&Tu(n[0],n[1],o)&&(a=i<3?void 0:a,i=1),t=Object(t);++r<i;){var s=n[r];s&&e(t,s,r,a)}return t})}var Du=Object.prototype;function Ou(e){var t=e&&e.constructor;return e===(typeof t==`function`&&t.prototype||Du)}function ku(e,t){for(var n=-1,r=Array(e);++n<e;)r[n]=t(n);return r}var Au=`[object Arguments]`;function ju(e){return xl(e)&&bl(e)==Au}var Mu=Object.prototype,Nu=Mu.hasOwnProperty,Pu=Mu.propertyIsEnumerable,Fu=ju(function(){return arguments}())?ju:function(e){return xl(e)&&Nu.call(e,`callee`)&&!Pu.call(e,`callee`)};function Iu(){return!1}var Lu=typeof exports==`object`&&exports&&!exports.nodeType&&exports,Ru=Lu&&typeof module==`object`&&module&&!module.nodeType&&module,zu=Ru&&Ru.exports===Lu?cl.Buffer:void 0,Bu=(zu?zu.isBuffer:void 0)||Iu,Vu=`[object Arguments]`,Hu=`[object Array]`,Uu=`[object Boolean]`,Wu=`[object Date]`,Gu=`[object Error]`,Ku=`[object Function]`,qu=`[object Map]`,Ju=`[object Number]`,Yu=`[object Object]`,Xu=`[object RegExp]`,Zu=`[object Set]`,Qu=`[object String]`,$u=`[object WeakMap]`,ed=`[object ArrayBuffer]`,td=`[object DataView]`,nd=`[object Float32Array]`,rd=`[object Float64Array]`,id=`[object Int8Array]`,ad=`[object Int16Array]`,od=`[object Int32Array]`,sd=`[object Uint8Array]`,cd=`[object Uint8ClampedArray]`,ld=`[object Uint16Array]`,ud=`[object Uint32Array]`,z={};z[nd]=z[rd]=z[id]=z[ad]=z[od]=z[sd]=z[cd]=z[ld]=z[ud]=!0,z[Vu]=z[Hu]=z[ed]=z[Uu]=z[td]=z[Wu]=z[Gu]=z[Ku]=z[qu]=z[Ju]=z[Yu]=z[Xu]=z[Zu]=z[Qu]=z[$u]=!1;function dd(e){return xl(e)&&Cu(e.length)&&!!z[bl(e)]}function fd(e){return function(t){return e(t)}}var pd=typeof exports==`object`&&exports&&!exports.nodeType&&exports,md=pd&&typeof module==`object`&&module&&!module.nodeType&&module,hd=md&&md.exports===pd&&ol.process,gd=function(){try{return md&&md.require&&md.require(`util`).types||hd&&hd.binding&&hd.binding(`util`)}catch{}}(),_d=gd&&gd.isTypedArray,vd=_d?fd(_d):dd,yd=Object.prototype.hasOwnProperty;function bd(e,t){var n=Tl(e),r=!n&&Fu(e),i=!n&&!r&&Bu(e),a=!n&&!r&&!i&&vd(e),o=n||r||i||a,s=o?ku(e.length,String):[],c=s.length;for(var l in e)(t||yd.call(e,l))&&!(o&&(l==`length`||i&&(l==`offset`||l==`parent`)||a&&(l==`buffer`||l==`byteLength`||l==`byteOffset`)||pu(l,c)))&&s.push(l);return s}function xd(e,t){return function(n){return e(t(n))}}var Sd=xd(Object.keys,Object),Cd=Object.prototype.hasOwnProperty;function wd(e){if(!Ou(e))return Sd(e);var t=[];for(var n in Object(e))Cd.call(e,n)&&n!=`constructor`&&t.push(n);return t}function Td(e){return wu(e)?bd(e):wd(e)}function Ed(e){var t=[];if(e!=null)for(var n in Object(e))t.push(n);return t}var Dd=Object.prototype.hasOwnProperty;function Od(e){if(!Al(e))return Ed(e);var t=Ou(e),n=[];for(var r in e)(r!=`constructor`||!t&&Dd.call(e,r))&&n.push(r);return n}function kd(e){return wu(e)?bd(e,!0):Od(e)}var Ad=Zl(Object,`create`),jd=`__lodash_hash_undefined__`,Md=Object.prototype.hasOwnProperty,Nd=Object.prototype.hasOwnProperty,Pd=`__lodash_hash_undefined__`;function Fd(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}Fd.prototype.clear=function(){this.__data__=Ad?Ad(null):{},this.size=0},Fd.prototype.delete=function(e){var t=this.has(e)&&delete this.__data__[e];return this.size-=+!!t,t},Fd.prototype.get=function(e){var t=this.__data__;if(Ad){var n=t[e];return n===jd?void 0:n}return Md.call(t,e)?t[e]:void 0},Fd.prototype.has=function(e){var t=this.__data__;return Ad?t[e]!==void 0:Nd.call(t,e)},Fd.prototype.set=function(e,t){var n=this.__data__;return this.size+=+!this.has(e),n[e]=Ad&&t===void 0?Pd:t,this};function Id(e,t){for(var n=e.length;n--;)if(hu(e[n][0],t))return n;return-1}var Ld=Array.prototype.splice;function Rd(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}Rd.prototype.clear=function(){this.__data__=[],this.size=0},Rd.prototype.delete=function(e){var t=this.__data__,n=Id(t,e);return n<0?!1:(n==t.length-1?t.pop():Ld.call(t,n,1),--this.size,!0)},Rd.prototype.get=function(e){var t=this.__data__,n=Id(t,e);return n<0?void 0:t[n][1]},Rd.prototype.has=function(e){return Id(this.__data__,e)>-1},Rd.prototype.set=function(e,t){var n=this.__data__,r=Id(n,e);return r<0?(++this.size,n.push([e,t])):n[r][1]=t,this};var zd=Zl(cl,`Map`);function Bd(e){var t=typeof e;return t==`string`||t==`number`||t==`symbol`||t==`boolean`?e!==`__proto__`:e===null}function Vd(e,t){var n=e.__data__;return Bd(t)?n[typeof t==`string`?`string`:`hash`]:n.map}function Hd(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}Hd.prototype.clear=function(){this.size=0,this.__data__={hash:new Fd,map:new(zd||Rd),string:new Fd}},Hd.prototype.delete=function(e){var t=Vd(this,e).delete(e);return this.size-=+!!t,t},Hd.prototype.get=function(e){return Vd(this,e).get(e)},Hd.prototype.has=function(e){return Vd(this,e).has(e)},Hd.prototype.set=function(e,t){var n=Vd(this,e),r=n.size;return n.set(e,t),this.size+=n.size==r?0:1,this};function Ud(e){return e==null?``:kl(e)}function Wd(e,t){for(var n=-1,r=t.length,i=e.length;++n<r;)e[i+n]=t[n];return e}var Gd=xd(Object.getPrototypeOf,Object),Kd=`[object Object]`,qd=Function.prototype,Jd=Object.prototype,Yd=qd.toString,Xd=Jd.hasOwnProperty,Zd=Yd.call(Object);function Qd(e){if(!xl(e)||bl(e)!=Kd)return!1;var t=Gd(e);if(t===null)return!0;var n=Xd.call(t,`constructor`)&&t.constructor;return typeof n==`function`&&n instanceof n&&Yd.call(n)==Zd}function $d(e,t,n){var r=-1,i=e.length;t<0&&(t=-t>i?0:i+t),n=n>i?i:n,n<0&&(n+=i),i=t>n?0:n-t>>>0,t>>>=0;for(var a=Array(i);++r<i;)a[r]=e[r+t];return a}function ef(e,t,n){var r=e.length;return n=n===void 0?r:n,!t&&n>=r?e:$d(e,t,n)}var tf=RegExp(`[\\u200d\\ud800-\\udfff\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff\\ufe0e\\ufe0f]`);function nf(e){return tf.test(e)}function rf(e){return e.split(``)}var af=`\\ud800-\\udfff`,of=`\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff`,sf=`\\ufe0e\\ufe0f`,cf=`[`+af+`]`,lf=`[`+of+`]`,uf=`\\ud83c[\\udffb-\\udfff]`,df=`(?:`+lf+`|`+uf+`)`,ff=`[^`+af+`]`,pf=`(?:\\ud83c[\\udde6-\\uddff]){2}`,mf=`[\\ud800-\\udbff][\\udc00-\\udfff]`,hf=`\\u200d`,gf=df+`?`,_f=`[`+sf+`]?`,vf=`(?:`+hf+`(?:`+[ff,pf,mf].join(`|`)+`)`+_f+gf+`)*`,yf=_f+gf+vf,bf=`(?:`+[ff+lf+`?`,lf,pf,mf,cf].join(`|`)+`)`,xf=RegExp(uf+`(?=`+uf+`)|`+bf+yf,`g`);function Sf(e){return e.match(xf)||[]}function Cf(e){return nf(e)?Sf(e):rf(e)}function wf(e){return function(t){t=Ud(t);var n=nf(t)?Cf(t):void 0,r=n?n[0]:t.charAt(0),i=n?ef(n,1).join(``):t.slice(1);return r[e]()+i}}var Tf=wf(`toUpperCase`);function Ef(e){return Tf(Ud(e).toLowerCase())}function Df(e,t,n,r){var i=-1,a=e==null?0:e.length;for(r&&a&&(n=e[++i]);++i<a;)n=t(n,e[i],i,e);return n}function Of(e){return function(t){return e?.[t]}}var kf=Of({À:`A`,Á:`A`,Â:`A`,Ã:`A`,Ä:`A`,Å:`A`,à:`a`,á:`a`,â:`a`,ã:`a`,ä:`a`,å:`a`,Ç:`C`,ç:`c`,Ð:`D`,ð:`d`,È:`E`,É:`E`,Ê:`E`,Ë:`E`,è:`e`,é:`e`,ê:`e`,ë:`e`,Ì:`I`,Í:`I`,Î:`I`,Ï:`I`,ì:`i`,í:`i`,î:`i`,ï:`i`,Ñ:`N`,ñ:`n`,Ò:`O`,Ó:`O`,Ô:`O`,Õ:`O`,Ö:`O`,Ø:`O`,ò:`o`,ó:`o`,ô:`o`,õ:`o`,ö:`o`,ø:`o`,Ù:`U`,Ú:`U`,Û:`U`,Ü:`U`,ù:`u`,ú:`u`,û:`u`,ü:`u`,Ý:`Y`,ý:`y`,ÿ:`y`,Æ:`Ae`,æ:`ae`,Þ:`Th`,þ:`th`,ß:`ss`,Ā:`A`,Ă:`A`,Ą:`A`,ā:`a`,ă:`a`,ą:`a`,Ć:`C`,Ĉ:`C`,Ċ:`C`,Č:`C`,ć:`c`,ĉ:`c`,ċ:`c`,č:`c`,Ď:`D`,Đ:`D`,ď:`d`,đ:`d`,Ē:`E`,Ĕ:`E`,Ė:`E`,Ę:`E`,Ě:`E`,ē:`e`,ĕ:`e`,ė:`e`,ę:`e`,ě:`e`,Ĝ:`G`,Ğ:`G`,Ġ:`G`,Ģ:`G`,ĝ:`g`,ğ:`g`,ġ:`g`,ģ:`g`,Ĥ:`H`,Ħ:`H`,ĥ:`h`,ħ:`h`,Ĩ:`I`,Ī:`I`,Ĭ:`I`,Į:`I`,İ:`I`,ĩ:`i`,ī:`i`,ĭ:`i`,į:`i`,ı:`i`,Ĵ:`J`,ĵ:`j`,Ķ:`K`,ķ:`k`,ĸ:`k`,Ĺ:`L`,Ļ:`L`,Ľ:`L`,Ŀ:`L`,Ł:`L`,ĺ:`l`,ļ:`l`,ľ:`l`,ŀ:`l`,ł:`l`,Ń:`N`,Ņ:`N`,Ň:`N`,Ŋ:`N`,ń:`n`,ņ:`n`,ň:`n`,ŋ:`n`,Ō:`O`,Ŏ:`O`,Ő:`O`,ō:`o`,ŏ:`o`,ő:`o`,Ŕ:`R`,Ŗ:`R`,Ř:`R`,ŕ:`r`,ŗ:`r`,ř:`r`,Ś:`S`,Ŝ:`S`,Ş:`S`,Š:`S`,ś:`s`,ŝ:`s`,ş:`s`,š:`s`,Ţ:`T`,Ť:`T`,Ŧ:`T`,ţ:`t`,ť:`t`,ŧ:`t`,Ũ:`U`,Ū:`U`,Ŭ:`U`,Ů:`U`,Ű:`U`,Ų:`U`,ũ:`u`,ū:`u`,ŭ:`u`,ů:`u`,ű:`u`,ų:`u`,Ŵ:`W`,ŵ:`w`,Ŷ:`Y`,ŷ:`y`,Ÿ:`Y`,Ź:`Z`,Ż:`Z`,Ž:`Z`,ź:`z`,ż:`z`,ž:`z`,Ĳ:`IJ`,ĳ:`ij`,Œ:`Oe`,œ:`oe`,ŉ:`'n`,ſ:`s`}),Af=/[\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u017f]/g,jf=RegExp(`[\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff]`,`g`);function Mf(e){return e=Ud(e),e&&e.replace(Af,kf).replace(jf,``)}var Nf=/[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g;function Pf(e){return e.match(Nf)||[]}var Ff=/[a-z][A-Z]|[A-Z]{2}[a-z]|[0-9][a-zA-Z]|[a-zA-Z][0-9]|[^a-zA-Z0-9 ]/;function If(e){return Ff.test(e)}var Lf=`\\ud800-\\udfff`,Rf=`\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff`,zf=`\\u2700-\\u27bf`,Bf=`a-z\\xdf-\\xf6\\xf8-\\xff`,Vf=`\\xac\\xb1\\xd7\\xf7`,Hf=`\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf`,Uf=`\\u2000-\\u206f`,Wf=` \\t\\x0b\\f\\xa0\\ufeff\\n\\r\\u2028\\u2029\\u1680\\u180e\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u202f\\u205f\\u3000`,Gf=`A-Z\\xc0-\\xd6\\xd8-\\xde`,Kf=`\\ufe0e\\ufe0f`,qf=Vf+Hf+Uf+Wf,Jf=`['’]`,Yf=`[`+qf+`]`,Xf=`[`+Rf+`]`,Zf=`\\d+`,Qf=`[`+zf+`]`,$f=`[`+Bf+`]`,ep=`[^`+Lf+qf+Zf+zf+Bf+Gf+`]`,tp=`(?:`+Xf+`|\\ud83c[\\udffb-\\udfff])`,np=`[^`+Lf+`]`,rp=`(?:\\ud83c[\\udde6-\\uddff]){2}`,ip=`[\\ud800-\\udbff][\\udc00-\\udfff]`,ap=`[`+Gf+`]`,op=`\\u200d`,sp=`(?:`+$f+`|`+ep+`)`,cp=`(?:`+ap+`|`+ep+`)`,lp=`(?:`+Jf+`(?:d|ll|m|re|s|t|ve))?`,up=`(?:`+Jf+`(?:D|LL|M|RE|S|T|VE))?`,dp=tp+`?`,fp=`[`+Kf+`]?`,pp=`(?:`+op+`(?:`+[np,rp,ip].join(`|`)+`)`+fp+dp+`)*`,mp=`\\d*(?:1st|2nd|3rd|(?![123])\\dth)(?=\\b|[A-Z_])`,hp=`\\d*(?:1ST|2ND|3RD|(?![123])\\dTH)(?=\\b|[a-z_])`,gp=fp+dp+pp,_p=`(?:`+[Qf,rp,ip].join(`|`)+`)`+gp,vp=RegExp([ap+`?`+$f+`+`+lp+`(?=`+[Yf,ap,`$`].join(`|`)+`)`,cp+`+`+up+`(?=`+[Yf,ap+sp,`$`].join(`|`)+`)`,ap+`?`+sp+`+`+lp,ap+`+`+up,hp,mp,Zf,_p].join(`|`),`g`);function yp(e){return e.match(vp)||[]}function bp(e,t,n){return e=Ud(e),t=n?void 0:t,t===void 0?If(e)?yp(e):Pf(e):e.match(t)||[]}var xp=RegExp(`['’]`,`g`);function Sp(e){return function(t){return Df(bp(Mf(t).replace(xp,``)),e,``)}}var Cp=Sp(function(e,t,n){return t=t.toLowerCase(),e+(n?Ef(t):t)}),wp=200;function Tp(e){var t=this.__data__=new Rd(e);this.size=t.size}Tp.prototype.clear=function(){this.__data__=new Rd,this.size=0},Tp.prototype.delete=function(e){var t=this.__data__,n=t.delete(e);return this.size=t.size,n},Tp.prototype.get=function(e){return this.__data__.get(e)},Tp.prototype.has=function(e){return this.__data__.has(e)},Tp.prototype.set=function(e,t){var n=this.__data__;if(n instanceof Rd){var r=n.__data__;if(!zd||r.length<wp-1)return r.push([e,t]),this.size=++n.size,this;n=this.__data__=new Hd(r)}return n.set(e,t),this.size=n.size,this};function Ep(e,t){return e&&vu(t,Td(t),e)}function Dp(e,t){return e&&vu(t,kd(t),e)}var Op=typeof exports==`object`&&exports&&!exports.nodeType&&exports,kp=Op&&typeof module==`object`&&module&&!module.nodeType&&module,Ap=kp&&kp.exports===Op?cl.Buffer:void 0,jp=Ap?Ap.allocUnsafe:void 0;function Mp(e,t){if(t)return e.slice();var n=e.length,r=jp?jp(n):new e.constructor(n);return e.copy(r),r}function Np(e,t){for(var n=-1,r=e==null?0:e.length,i=0,a=[];++n<r;){var o=e[n];t(o,n,e)&&(a[i++]=o)}return a}function Pp(){return[]}var Fp=Object.prototype.propertyIsEnumerable,Ip=Object.getOwnPropertySymbols,Lp=Ip?function(e){return e==null?[]:(e=Object(e),Np(Ip(e),function(t){return Fp.call(e,t)}))}:Pp;function Rp(e,t){return vu(e,Lp(e),t)}var zp=Object.getOwnPropertySymbols?function(e){for(var t=[];e;)Wd(t,Lp(e)),e=Gd(e);return t}:Pp;function Bp(e,t){return vu(e,zp(e),t)}function Vp(e,t,n){var r=t(e);return Tl(e)?r:Wd(r,n(e))}function Hp(e){return Vp(e,Td,Lp)}function Up(e){return Vp(e,kd,zp)}var Wp=Zl(cl,`DataView`),Gp=Zl(cl,`Promise`),Kp=Zl(cl,`Set`),qp=`[object Map]`,Jp=`[object Object]`,Yp=`[object Promise]`,Xp=`[object Set]`,Zp=`[object WeakMap]`,Qp=`[object DataView]`,$p=Vl(Wp),em=Vl(zd),tm=Vl(Gp),nm=Vl(Kp),rm=Vl(Ql),im=bl;(Wp&&im(new Wp(new ArrayBuffer(1)))!=Qp||zd&&im(new zd)!=qp||Gp&&im(Gp.resolve())!=Yp||Kp&&im(new Kp)!=Xp||Ql&&im(new Ql)!=Zp)&&(im=function(e){var t=bl(e),n=t==Jp?e.constructor:void 0,r=n?Vl(n):``;if(r)switch(r){case $p:return Qp;case em:return qp;case tm:return Yp;case nm:return Xp;case rm:return Zp}return t});var am=im,om=Object.prototype.hasOwnProperty;function sm(e){var t=e.length,n=new e.constructor(t);return t&&typeof e[0]==`string`&&om.call(e,`index`)&&(n.index=e.index,n.input=e.input),n}var cm=cl.Uint8Array;function lm(e){var t=new e.constructor(e.byteLength);return new cm(t).set(new cm(e)),t}function um(e,t){var n=t?lm(e.buffer):e.buffer;return new e.constructor(n,e.byteOffset,e.byteLength)}var dm=/\w*$/;function fm(e){var t=new e.constructor(e.source,dm.exec(e));return t.lastIndex=e.lastIndex,t}var pm=ll?ll.prototype:void 0,mm=pm?pm.valueOf:void 0;function hm(e){return mm?Object(mm.call(e)):{}}function gm(e,t){var n=t?lm(e.buffer):e.buffer;return new e.constructor(n,e.byteOffset,e.length)}var _m=`[object Boolean]`,vm=`[object Date]`,ym=`[object Map]`,bm=`[object Number]`,xm=`[object RegExp]`,Sm=`[object Set]`,Cm=`[object String]`,wm=`[object Symbol]`,Tm=`[object ArrayBuffer]`,Em=`[object DataView]`,Dm=`[object Float32Array]`,Om=`[object Float64Array]`,km=`[object Int8Array]`,Am=`[object Int16Array]`,jm=`[object Int32Array]`,Mm=`[object Uint8Array]`,Nm=`[object Uint8ClampedArray]`,Pm=`[object Uint16Array]`,Fm=`[object Uint32Array]`;function Im(e,t,n){var r=e.constructor;switch(t){case Tm:return lm(e);case _m:case vm:return new r(+e);case Em:return um(e,n);case Dm:case Om:case km:case Am:case jm:case Mm:case Nm:case Pm:case Fm:return gm(e,n);case ym:return new r;case bm:case Cm:return new r(e);case xm:return fm(e);case Sm:return new r;case wm:return hm(e)}}function Lm(e){return typeof e.constructor==`function`&&!Ou(e)?eu(Gd(e)):{}}var Rm=`[object Map]`;function zm(e){return xl(e)&&am(e)==Rm}var Bm=gd&&gd.isMap,Vm=Bm?fd(Bm):zm,Hm=`[object Set]`;function Um(e){return xl(e)&&am(e)==Hm}var Wm=gd&&gd.isSet,Gm=Wm?fd(Wm):Um,Km=1,qm=2,Jm=4,Ym=`[object Arguments]`,Xm=`[object Array]`,Zm=`[object Boolean]`,Qm=`[object Date]`,$m=`[object Error]`,eh=`[object Function]`,th=`[object GeneratorFunction]`,nh=`[object Map]`,rh=`[object Number]`,ih=`[object Object]`,ah=`[object RegExp]`,oh=`[object Set]`,sh=`[object String]`,ch=`[object Symbol]`,lh=`[object WeakMap]`,uh=`[object ArrayBuffer]`,dh=`[object DataView]`,fh=`[object Float32Array]`,ph=`[object Float64Array]`,mh=`[object Int8Array]`,hh=`[object Int16Array]`,gh=`[object Int32Array]`,_h=`[object Uint8Array]`,vh=`[object Uint8ClampedArray]`,yh=`[object Uint16Array]`,bh=`[object Uint32Array]`,B={};B[Ym]=B[Xm]=B[uh]=B[dh]=B[Zm]=B[Qm]=B[fh]=B[ph]=B[mh]=B[hh]=B[gh]=B[nh]=B[rh]=B[ih]=B[ah]=B[oh]=B[sh]=B[ch]=B[_h]=B[vh]=B[yh]=B[bh]=!0,B[$m]=B[eh]=B[lh]=!1;function xh(e,t,n,r,i,a){var o,s=t&Km,c=t&qm,l=t&Jm;if(n&&(o=i?n(e,r,i,a):n(e)),o!==void 0)return o;if(!Al(e))return e;var u=Tl(e);if(u){if(o=sm(e),!s)return nu(e,o)}else{var d=am(e),f=d==eh||d==th;if(Bu(e))return Mp(e,s);if(d==ih||d==Ym||f&&!i){if(o=c||f?{}:Lm(e),!s)return c?Bp(e,Dp(o,e)):Rp(e,Ep(o,e))}else{if(!B[d])return i?e:{};o=Im(e,d,s)}}a||=new Tp;var p=a.get(e);if(p)return p;a.set(e,o),Gm(e)?e.forEach(function(r){o.add(xh(r,t,n,r,e,a))}):Vm(e)&&e.forEach(function(r,i){o.set(i,xh(r,t,n,i,e,a))});var m=u?void 0:(l?c?Up:Hp:c?kd:Td)(e);return uu(m||e,function(r,i){m&&(i=r,r=e[i]),_u(o,i,xh(r,t,n,i,e,a))}),o}var Sh=1,Ch=4;function wh(e){return xh(e,Sh|Ch)}function Th(e){return function(t,n,r){for(var i=-1,a=Object(t),o=r(t),s=o.length;s--;){var c=o[e?s:++i];if(n(a[c],c,a)===!1)break}return t}}var Eh=Th();function Dh(e,t,n){(n!==void 0&&!hu(e[t],n)||n===void 0&&!(t in e))&&mu(e,t,n)}function Oh(e){return xl(e)&&wu(e)}function kh(e,t){if((t!==`constructor`||typeof e[t]!=`function`)&&t!=`__proto__`)return e[t]}function Ah(e){return vu(e,kd(e))}function jh(e,t,n,r,i,a,o){var s=kh(e,n),c=kh(t,n),l=o.get(c);if(l)Dh(e,n,l);else{var u=a?a(s,c,n+``,e,t,o):void 0,d=u===void 0;if(d){var f=Tl(c),p=!f&&Bu(c),m=!f&&!p&&vd(c);u=c,f||p||m?Tl(s)?u=s:Oh(s)?u=nu(s):p?(d=!1,u=Mp(c,!0)):m?(d=!1,u=gm(c,!0)):u=[]:Qd(c)||Fu(c)?(u=s,Fu(s)?u=Ah(s):(!Al(s)||Il(s))&&(u=Lm(c))):d=!1}d&&(o.set(c,u),i(u,c,r,a,o),o.delete(c)),Dh(e,n,u)}}function Mh(e,t,n,r,i){e!==t&&Eh(t,function(a,o){if(i||=new Tp,Al(a))jh(e,t,o,n,Mh,r,i);else{var s=r?r(kh(e,o),a,o+``,e,t,i):void 0;s===void 0&&(s=a),Dh(e,o,s)}},kd)}var Nh=Eu(function(e,t,n,r){Mh(e,t,n,r)}),Ph=`[object String]`;function Fh(e){return typeof e==`string`||!Tl(e)&&xl(e)&&bl(e)==Ph}var Ih=`[object Boolean]`;function Lh(e){return e===!0||e===!1||xl(e)&&bl(e)==Ih}var Rh=Sp(function(e,t,n){return e+(n?`-`:``)+t.toLowerCase()}),zh=Eu(function(e,t,n){Mh(e,t,n)});function Bh(e){if(Array.isArray(e))return e}function Vh(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t===0){if(Object(n)!==n)return;c=!1}else for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function Hh(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Uh(e,t){return Bh(e)||Vh(e,t)||tl(e,t)||Hh()}var Wh=typeof globalThis<`u`?globalThis:typeof window<`u`?window:typeof global<`u`?global:typeof self<`u`?self:{};function Gh(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,`default`)?e.default:e}var Kh={exports:{}},qh={exports:{}};qh.exports,(function(){var e,t,n,r,i,a;typeof performance<`u`&&performance!==null&&performance.now?qh.exports=function(){return performance.now()}:typeof process<`u`&&process!==null&&process.hrtime?(qh.exports=function(){return(e()-i)/1e6},t=process.hrtime,e=function(){var e=t();return e[0]*1e9+e[1]},r=e(),a=process.uptime()*1e9,i=r-a):Date.now?(qh.exports=function(){return Date.now()-n},n=Date.now()):(qh.exports=function(){return new Date().getTime()-n},n=new Date().getTime())}).call(Wh);var Jh=qh.exports;Kh.exports;for(var Yh=Jh,Xh=typeof window>`u`?Wh:window,Zh=[`moz`,`webkit`],Qh=`AnimationFrame`,$h=Xh[`request`+Qh],eg=Xh[`cancel`+Qh]||Xh[`cancelRequest`+Qh],tg=0;!$h&&tg<Zh.length;tg++)$h=Xh[Zh[tg]+`Request`+Qh],eg=Xh[Zh[tg]+`Cancel`+Qh]||Xh[Zh[tg]+`CancelRequest`+Qh];if(!$h||!eg){var ng=0,rg=0,ig=[],ag=1e3/60;$h=function(e){if(ig.length===0){var t=Yh(),n=Math.max(0,ag-(t-ng));ng=n+t,setTimeout(function(){var e=ig.slice(0);ig.length=0;for(var t=function(){if(!e[n].cancelled)try{e[n].callback(ng)}catch(e){setTimeout(function(){throw e},0)}},n=0;n<e.length;n++)t()},Math.round(n))}return ig.push({handle:++rg,callback:e,cancelled:!1}),rg},eg=function(e){for(var t=0;t<ig.length;t++)ig[t].handle===e&&(ig[t].cancelled=!0)}}Kh.exports=function(e){return $h.call(Xh,e)},Kh.exports.cancel=function(){eg.apply(Xh,arguments)},Kh.exports.polyfill=function(e){e||=Xh,e.requestAnimationFrame=$h,e.cancelAnimationFrame=eg},Kh.exports;var og=typeof window>`u`,sg=function(e){return(e||``).replace(/^[\s\uFEFF]+|[\s\uFEFF]+$/g,``)},cg=function(){return!og&&document.addEventListener?function(e,t,n,r){e&&t&&n&&e.addEventListener(t,n,r)}:function(e,t,n){e&&t&&n&&e.attachEvent(`on${t}`,n)}}(),lg=function(){return!og&&document.removeEventListener?function(e,t,n,r){e&&t&&e.removeEventListener(t,n,r)}:function(e,t,n){e&&t&&e.detachEvent(`on${t}`,n)}}();function ug(e,t,n,r){var i=Il(n)?n:n.handleEvent,a=function(n){i(n),lg(e,t,a,r)};cg(e,t,a,r)}function dg(e,t){if(!e||!t)return!1;if(t.indexOf(` `)!==-1)throw Error(`className should not contain space.`);return e.classList?e.classList.contains(t):` ${e.className} `.indexOf(` ${t} `)>-1}function fg(e,t){if(e){for(var n=e.className,r=(t||``).split(` `),i=0,a=r.length;i<a;i++){var o=r[i];o&&(e.classList?e.classList.add(o):dg(e,o)||(n+=` ${o}`))}e.classList||(e.className=n)}}function pg(e,t){if(e&&t){for(var n=t.split(` `),r=` ${e.className} `,i=0,a=n.length;i<a;i++){var o=n[i];o&&(e.classList?e.classList.remove(o):dg(e,o)&&(r=r.replace(` ${o} `,` `)))}e.classList||(e.className=sg(r))}}var mg=function(e,t){var n=Il(e)?e(t):e;return n?Fh(n)?document.querySelector(n):n instanceof HTMLElement?n:document.body:document.body},hg=function(e){return ao(e)&&e.type===Ja};function gg(e,t,n){var r=e;return r.install=function(i,a){i.component(t||a||r.name,e),n&&i.directive(n.name,n.comp)},r}function _g(e){var t;return Al(e)&&`defaultNode`in e?t=e.defaultNode:(ao(e)||Fh(e))&&(t=e),t}function vg(e){var t=[],n=function(e){if(Tl(e))return e.forEach(function(e){if(e.children&&Tl(e.children)){if(e.type!==Ka)return;n(e.children)}else t.push(e)}),t};return n(e)}function yg(e){return Al(e)&&`params`in e?e.params:{}}function bg(e){return Al(e)&&`slotFirst`in e?e.slotFirst:!1}var xg={exports:{}};xg.exports,(function(e,t){(function(t,n){e.exports=n()})(Wh,function(){var e=1e3,t=6e4,n=36e5,r=`millisecond`,i=`second`,a=`minute`,o=`hour`,s=`day`,c=`week`,l=`month`,u=`quarter`,d=`year`,f=`date`,p=`Invalid Date`,m=/^(\d{4})[-/]?(\d{1,2})?[-/]?(\d{0,2})[Tt\s]*(\d{1,2})?:?(\d{1,2})?:?(\d{1,2})?[.:]?(\d+)?$/,h=/\[([^\]]+)]|Y{1,4}|M{1,4}|D{1,2}|d{1,4}|H{1,2}|h{1,2}|a|A|m{1,2}|s{1,2}|Z{1,2}|SSS/g,g={name:`en`,weekdays:`Sunday_Monday_Tuesday_Wednesday_Thursday_Friday_Saturday`.split(`_`),months:`January_February_March_April_May_June_July_August_September_October_November_December`.split(`_`),ordinal:function(e){var t=[`th`,`st`,`nd`,`rd`],n=e%100;return`[`+e+(t[(n-20)%10]||t[n]||t[0])+`]`}},_=function(e,t,n){var r=String(e);return!r||r.length>=t?e:``+Array(t+1-r.length).join(n)+e},v={s:_,z:function(e){var t=-e.utcOffset(),n=Math.abs(t),r=Math.floor(n/60),i=n%60;return(t<=0?`+`:`-`)+_(r,2,`0`)+`:`+_(i,2,`0`)},m:function e(t,n){if(t.date()<n.date())return-e(n,t);var r=12*(n.year()-t.year())+(n.month()-t.month()),i=t.clone().add(r,l),a=n-i<0,o=t.clone().add(r+(a?-1:1),l);return+(-(r+(n-i)/(a?i-o:o-i))||0)},a:function(e){return e<0?Math.ceil(e)||0:Math.floor(e)},p:function(e){return{M:l,y:d,w:c,d:s,D:f,h:o,m:a,s:i,ms:r,Q:u}[e]||String(e||``).toLowerCase().replace(/s$/,``)},u:function(e){return e===void 0}},y=`en`,b={};b[y]=g;var x=`$isDayjsObject`,S=function(e){return e instanceof E||!(!e||!e[x])},C=function e(t,n,r){var i;if(!t)return y;if(typeof t==`string`){var a=t.toLowerCase();b[a]&&(i=a),n&&(b[a]=n,i=a);var o=t.split(`-`);if(!i&&o.length>1)return e(o[0])}else{var s=t.name;b[s]=t,i=s}return!r&&i&&(y=i),i||!r&&y},w=function(e,t){if(S(e))return e.clone();var n=nl(t)==`object`?t:{};return n.date=e,n.args=arguments,new E(n)},T=v;T.l=C,T.i=S,T.w=function(e,t){return w(e,{locale:t.$L,utc:t.$u,x:t.$x,$offset:t.$offset})};var E=function(){function g(e){this.$L=C(e.locale,null,!0),this.parse(e),this.$x=this.$x||e.x||{},this[x]=!0}var _=g.prototype;return _.parse=function(e){this.$d=function(e){var t=e.date,n=e.utc;if(t===null)return new Date(NaN);if(T.u(t))return new Date;if(t instanceof Date)return new Date(t);if(typeof t==`string`&&!/Z$/i.test(t)){var r=t.match(m);if(r){var i=r[2]-1||0,a=(r[7]||`0`).substring(0,3);return n?new Date(Date.UTC(r[1],i,r[3]||1,r[4]||0,r[5]||0,r[6]||0,a)):new Date(r[1],i,r[3]||1,r[4]||0,r[5]||0,r[6]||0,a)}}return new Date(t)}(e),this.init()},_.init=function(){var e=this.$d;this.$y=e.getFullYear(),this.$M=e.getMonth(),this.$D=e.getDate(),this.$W=e.getDay(),this.$H=e.getHours(),this.$m=e.getMinutes(),this.$s=e.getSeconds(),this.$ms=e.getMilliseconds()},_.$utils=function(){return T},_.isValid=function(){return this.$d.toString()!==p},_.isSame=function(e,t){var n=w(e);return this.startOf(t)<=n&&n<=this.endOf(t)},_.isAfter=function(e,t){return w(e)<this.startOf(t)},_.isBefore=function(e,t){return this.endOf(t)<w(e)},_.$g=function(e,t,n){return T.u(e)?this[t]:this.set(n,e)},_.unix=function(){return Math.floor(this.valueOf()/1e3)},_.valueOf=function(){return this.$d.getTime()},_.startOf=function(e,t){var n=this,r=!!T.u(t)||t,u=T.p(e),p=function(e,t){var i=T.w(n.$u?Date.UTC(n.$y,t,e):new Date(n.$y,t,e),n);return r?i:i.endOf(s)},m=function(e,t){return T.w(n.toDate()[e].apply(n.toDate(`s`),(r?[0,0,0,0]:[23,59,59,999]).slice(t)),n)},h=this.$W,g=this.$M,_=this.$D,v=`set`+(this.$u?`UTC`:``);switch(u){case d:return r?p(1,0):p(31,11);case l:return r?p(1,g):p(0,g+1);case c:var y=this.$locale().weekStart||0,b=(h<y?h+7:h)-y;return p(r?_-b:_+(6-b),g);case s:case f:return m(v+`Hours`,0);case o:return m(v+`Minutes`,1);case a:return m(v+`Seconds`,2);case i:return m(v+`Milliseconds`,3);default:return this.clone()}},_.endOf=function(e){return this.startOf(e,!1)},_.$set=function(e,t){var n,c=T.p(e),u=`set`+(this.$u?`UTC`:``),p=(n={},n[s]=u+`Date`,n[f]=u+`Date`,n[l]=u+`Month`,n[d]=u+`FullYear`,n[o]=u+`Hours`,n[a]=u+`Minutes`,n[i]=u+`Seconds`,n[r]=u+`Milliseconds`,n)[c],m=c===s?this.$D+(t-this.$W):t;if(c===l||c===d){var h=this.clone().set(f,1);h.$d[p](m),h.init(),this.$d=h.set(f,Math.min(this.$D,h.daysInMonth())).$d}else p&&this.$d[p](m);return this.init(),this},_.set=function(e,t){return this.clone().$set(e,t)},_.get=function(e){return this[T.p(e)]()},_.add=function(r,u){var f,p=this;r=Number(r);var m=T.p(u),h=function(e){var t=w(p);return T.w(t.date(t.date()+Math.round(e*r)),p)};if(m===l)return this.set(l,this.$M+r);if(m===d)return this.set(d,this.$y+r);if(m===s)return h(1);if(m===c)return h(7);var g=(f={},f[a]=t,f[o]=n,f[i]=e,f)[m]||1,_=this.$d.getTime()+r*g;return T.w(_,this)},_.subtract=function(e,t){return this.add(-1*e,t)},_.format=function(e){var t=this,n=this.$locale();if(!this.isValid())return n.invalidDate||p;var r=e||`YYYY-MM-DDTHH:mm:ssZ`,i=T.z(this),a=this.$H,o=this.$m,s=this.$M,c=n.weekdays,l=n.months,u=n.meridiem,d=function(e,n,i,a){return e&&(e[n]||e(t,r))||i[n].slice(0,a)},f=function(e){return T.s(a%12||12,e,`0`)},m=u||function(e,t,n){var r=e<12?`AM`:`PM`;return n?r.toLowerCase():r};return r.replace(h,function(e,r){return r||function(e){switch(e){case`YY`:return String(t.$y).slice(-2);case`YYYY`:return T.s(t.$y,4,`0`);case`M`:return s+1;case`MM`:return T.s(s+1,2,`0`);case`MMM`:return d(n.monthsShort,s,l,3);case`MMMM`:return d(l,s);case`D`:return t.$D;case`DD`:return T.s(t.$D,2,`0`);case`d`:return String(t.$W);case`dd`:return d(n.weekdaysMin,t.$W,c,2);case`ddd`:return d(n.weekdaysShort,t.$W,c,3);case`dddd`:return c[t.$W];case`H`:return String(a);case`HH`:return T.s(a,2,`0`);case`h`:return f(1);case`hh`:return f(2);case`a`:return m(a,o,!0);case`A`:return m(a,o,!1);case`m`:return String(o);case`mm`:return T.s(o,2,`0`);case`s`:return String(t.$s);case`ss`:return T.s(t.$s,2,`0`);case`SSS`:return T.s(t.$ms,3,`0`);case`Z`:return i}return null}(e)||i.replace(`:`,``)})},_.utcOffset=function(){return 15*-Math.round(this.$d.getTimezoneOffset()/15)},_.diff=function(r,f,p){var m,h=this,g=T.p(f),_=w(r),v=(_.utcOffset()-this.utcOffset())*t,y=this-_,b=function(){return T.m(h,_)};switch(g){case d:m=b()/12;break;case l:m=b();break;case u:m=b()/3;break;case c:m=(y-v)/6048e5;break;case s:m=(y-v)/864e5;break;case o:m=y/n;break;case a:m=y/t;break;case i:m=y/e;break;default:m=y}return p?m:T.a(m)},_.daysInMonth=function(){return this.endOf(l).$D},_.$locale=function(){return b[this.$L]},_.locale=function(e,t){if(!e)return this.$L;var n=this.clone(),r=C(e,t,!0);return r&&(n.$L=r),n},_.clone=function(){return T.w(this.$d,this)},_.toDate=function(){return new Date(this.valueOf())},_.toJSON=function(){return this.isValid()?this.toISOString():null},_.toISOString=function(){return this.$d.toISOString()},_.toString=function(){return this.$d.toUTCString()},g}(),ee=E.prototype;return w.prototype=ee,[[`$ms`,r],[`$s`,i],[`$m`,a],[`$H`,o],[`$W`,s],[`$M`,l],[`$y`,d],[`$D`,f]].forEach(function(e){ee[e[1]]=function(t){return this.$g(t,e[0],e[1])}}),w.extend=function(e,t){return e.$i||=(e(t,E,w),!0),w},w.locale=C,w.isDayjs=S,w.unix=function(e){return w(1e3*e)},w.en=b[y],w.Ls=b,w.p={},w})})(xg,xg.exports);var Sg=xg.exports,Cg=Gh(Sg),wg={exports:{}};wg.exports,(function(e,t){(function(t,n){e.exports=n(Sg)})(Wh,function(e){function t(e){return e&&nl(e)==`object`&&`default`in e?e:{default:e}}var n=t(e),r={name:`zh-cn`,weekdays:`星期日_星期一_星期二_星期三_星期四_星期五_星期六`.split(`_`),weekdaysShort:`周日_周一_周二_周三_周四_周五_周六`.split(`_`),weekdaysMin:`日_一_二_三_四_五_六`.split(`_`),months:`一月_二月_三月_四月_五月_六月_七月_八月_九月_十月_十一月_十二月`.split(`_`),monthsShort:`1月_2月_3月_4月_5月_6月_7月_8月_9月_10月_11月_12月`.split(`_`),ordinal:function(e,t){return t===`W`?e+`周`:e+`日`},weekStart:1,yearStart:4,formats:{LT:`HH:mm`,LTS:`HH:mm:ss`,L:`YYYY/MM/DD`,LL:`YYYY年M月D日`,LLL:`YYYY年M月D日Ah点mm分`,LLLL:`YYYY年M月D日ddddAh点mm分`,l:`YYYY/M/D`,ll:`YYYY年M月D日`,lll:`YYYY年M月D日 HH:mm`,llll:`YYYY年M月D日dddd HH:mm`},relativeTime:{future:`%s内`,past:`%s前`,s:`几秒`,m:`1 分钟`,mm:`%d 分钟`,h:`1 小时`,hh:`%d 小时`,d:`1 天`,dd:`%d 天`,M:`1 个月`,MM:`%d 个月`,y:`1 年`,yy:`%d 年`},meridiem:function(e,t){var n=100*e+t;return n<600?`凌晨`:n<900?`早上`:n<1100?`上午`:n<1300?`中午`:n<1800?`下午`:`晚上`}};return n.default.locale(r,null,!0),r})})(wg,wg.exports),wg.exports;var Tg={autoComplete:{empty:`暂无数据`},pagination:{itemsPerPage:`{size} 条/页`,jumpTo:`跳至`,page:`页`,total:`共 {count} 条数据`},cascader:{empty:`暂无数据`,loadingText:`加载中`,placeholder:`请选择`},calendar:{yearSelection:`{year} 年`,monthSelection:`{month} 月`,yearRadio:`年`,monthRadio:`月`,hideWeekend:`隐藏周末`,showWeekend:`显示周末`,today:`今天`,thisMonth:`本月`,week:`一,二,三,四,五,六,日`,cellMonth:`1 月,2 月,3 月,4 月,5 月,6 月,7 月,8 月,9 月,10 月,11 月,12 月`},transfer:{title:`{checked} / {total} 项`,empty:`暂无数据`,placeholder:`请输入关键词搜索`},timePicker:{dayjsLocale:`zh-cn`,now:`此刻`,confirm:`确定`,anteMeridiem:`上午`,postMeridiem:`下午`,placeholder:`选择时间`},dialog:{confirm:`确认`,cancel:`取消`},drawer:{confirm:`确认`,cancel:`取消`},popconfirm:{confirm:{content:`确定`},cancel:{content:`取消`}},table:{empty:`暂无数据`,loadingText:`正在加载中，请稍后`,loadingMoreText:`点击加载更多`,filterInputPlaceholder:`请输入内容（无默认值）`,sortAscendingOperationText:`点击升序`,sortCancelOperationText:`点击取消排序`,sortDescendingOperationText:`点击降序`,clearFilterResultButtonText:`清空筛选`,columnConfigButtonText:`列配置`,columnConfigTitleText:`表格列配置`,columnConfigDescriptionText:`请选择需要在表格中显示的数据列`,confirmText:`确认`,cancelText:`取消`,resetText:`重置`,selectAllText:`全选`,searchResultText:`搜索“{result}”，找到 {count} 条结果`},select:{empty:`暂无数据`,loadingText:`加载中`,placeholder:`请选择`},tree:{empty:`暂无数据`},treeSelect:{empty:`暂无数据`,loadingText:`加载中`,placeholder:`请选择`},datePicker:{dayjsLocale:`zh-cn`,placeholder:{date:`请选择日期`,month:`请选择月份`,year:`请选择年份`,quarter:`请选择季度`,week:`请选择周`},weekdays:[`一`,`二`,`三`,`四`,`五`,`六`,`日`],months:[`1 月`,`2 月`,`3 月`,`4 月`,`5 月`,`6 月`,`7 月`,`8 月`,`9 月`,`10 月`,`11 月`,`12 月`],quarters:[`一季度`,`二季度`,`三季度`,`四季度`],rangeSeparator:` - `,direction:`ltr`,format:`YYYY-MM-DD`,dayAriaLabel:`日`,weekAbbreviation:`周`,yearAriaLabel:`年`,monthAriaLabel:`月`,confirm:`确定`,selectTime:`选择时间`,selectDate:`选择日期`,nextYear:`下一年`,preYear:`上一年`,nextMonth:`下个月`,preMonth:`上个月`,preDecade:`上个十年`,nextDecade:`下个十年`,now:`当前`},upload:{sizeLimitMessage:`文件大小不能超过 {sizeLimit}`,cancelUploadText:`取消上传`,triggerUploadText:{fileInput:`选择文件`,image:`点击上传图片`,normal:`点击上传`,reupload:`重新选择`,continueUpload:`继续选择`,delete:`删除`,uploading:`上传中`},dragger:{dragDropText:`释放鼠标`,draggingText:`拖拽到此区域`,clickAndDragText:`点击上方“选择文件”或将文件拖拽到此区域`},file:{fileNameText:`文件名`,fileSizeText:`文件大小`,fileStatusText:`状态`,fileOperationText:`操作`,fileOperationDateText:`上传日期`},progress:{uploadingText:`上传中`,waitingText:`待上传`,failText:`上传失败`,successText:`上传成功`}},form:{errorMessage:{date:"请输入正确的${name}",url:"请输入正确的${name}",required:"${name}必填",whitespace:"${name}不能为空",max:"${name}字符长度不能超过 ${validate} 个字符，一个中文等于两个字符",min:"${name}字符长度不能少于 ${validate} 个字符，一个中文等于两个字符",len:"${name}字符长度必须是 ${validate}",enum:"${name}只能是${validate}等",idcard:"请输入正确的${name}",telnumber:"请输入正确的${name}",pattern:"请输入正确的${name}",validator:"${name}不符合要求",boolean:"${name}数据类型必须是布尔类型",number:"${name}必须是数字",email:"请输入正确的${name}"},colonText:`：`},input:{placeholder:`请输入`},list:{loadingText:`正在加载中，请稍等`,loadingMoreText:`点击加载更多`},alert:{expandText:`展开更多`,collapseText:`收起`},anchor:{copySuccessText:`链接复制成功`,copyText:`复制链接`},colorPicker:{swatchColorTitle:`系统预设颜色`,recentColorTitle:`最近使用颜色`,clearConfirmText:`确定清空最近使用的颜色吗？`,singleColor:`单色`,gradientColor:`渐变`},guide:{finishButtonProps:{content:`完成`,theme:`primary`},nextButtonProps:{content:`下一步`,theme:`primary`},skipButtonProps:{content:`跳过`,theme:`default`},prevButtonProps:{content:`上一步`,theme:`default`}},image:{errorText:`图片无法显示`,loadingText:`图片加载中`},imageViewer:{errorText:`图片加载失败，可尝试重新加载`,mirrorTipText:`镜像`,rotateTipText:`旋转`,originalSizeTipText:`原始大小`,previewText:`预览`},typography:{expandText:`展开`,collapseText:`收起`,copiedText:`复制成功`},rate:{rateText:[`极差`,`失望`,`一般`,`满意`,`惊喜`]},empty:{titleText:{maintenance:`建设中`,success:`成功`,fail:`失败`,empty:`暂无数据`,networkError:`网络错误`}},descriptions:{colonText:`：`},chat:{placeholder:`请输入消息...`,stopBtnText:`中止`,refreshTipText:`重新生成`,copyTipText:`复制`,likeTipText:`点赞`,dislikeTipText:`点踩`,copyCodeBtnText:`复制代码`,copyCodeSuccessText:`已复制`,clearHistoryBtnText:`清空历史记录`,copyTextSuccess:`已成功复制到剪贴板`,copyTextFail:`复制到剪贴板失败`,confirmClearHistory:`确定要清空所有的消息吗？`,loadingText:`思考中...`,loadingEndText:`已深度思考`,uploadImageText:`上传图片`,uploadAttachmentText:`上传附件`,shareTipText:`分享`},qrcode:{expiredText:`二维码过期`,refreshText:`点击刷新`,scannedText:`已扫描`}},Eg={classPrefix:`t`,animation:{include:[`ripple`,`expand`,`fade`],exclude:[]},attach:null,calendar:{firstDayOfWeek:1,fillWithZero:!0,controllerConfig:void 0},icon:{},input:{autocomplete:``},dialog:{closeOnEscKeydown:!0,closeOnOverlayClick:!0,placement:`top`,confirmBtnTheme:{default:`primary`,info:`primary`,warning:`primary`,danger:`primary`,success:`primary`}},loading:{size:`medium`,delay:0,showOverlay:!0,inheritColor:!1,preventScrollThrough:!0},message:{},popconfirm:{confirmBtnTheme:{default:`primary`,warning:`primary`,danger:`primary`}},table:{expandIcon:void 0,sortIcon:void 0,filterIcon:void 0,treeExpandAndFoldIcon:void 0,hideSortTips:!1,size:`medium`},select:{clearIcon:void 0,filterable:!1},drawer:{closeOnEscKeydown:!0,closeOnOverlayClick:!0,size:`small`},tree:{folderIcon:void 0},datePicker:{firstDayOfWeek:1},steps:{checkIcon:void 0,errorIcon:void 0},tag:{closeIcon:void 0},form:{requiredMark:void 0},empty:{titleText:{maintenance:void 0,success:void 0,fail:void 0,empty:void 0,networkError:void 0},image:{maintenance:void 0,success:void 0,fail:void 0,empty:void 0,networkError:void 0}}},Dg=function(e){return e.ripple=`ripple`,e.expand=`expand`,e.fade=`fade`,e}(Dg||{}),Og=zh(Eg,Tg),kg=Symbol(`configProvide`),Ag=function(e,t){return Nh(e,t,function(e,t){if(Tl(e))return t})};function jg(e){return e===0?0:e===1?1:2}function Mg(e){if(Fh(e)){var t=e,n,r={},i=[...arguments].slice(1);if(i.length>0){var a=i[0],o=i[1];typeof a==`number`?(n=a,o&&nl(o)===`object`?r=o:r.count=n):nl(a)===`object`&&a!==null&&(r=a)}if(t.includes(`|`)){var s=t.split(`|`).map(function(e){return e.trim()}),c;if(typeof n==`number`?c=n:typeof r?.count==`number`&&(c=r.count),typeof c==`number`){var l=jg(c);t=l<s.length?s[l]:s[s.length-1]}else t=Uh(s,1)[0]}return r&&Object.keys(r).length>0&&(t=t.replace(/\{\s*([\w-]+)\s*\}/g,function(e,t){return Object.prototype.hasOwnProperty.call(r,t)?String(r[t]):e})),t}return``}var Ng=vt();function Pg(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:void 0,t=arguments.length>1?arguments[1]:void 0,n=null;Eo()?(n=sr(kg,null),n||=Ng):n=Ng;var r=R(function(){return n?.value||Og}),i=R(function(){return Object.assign({},r.value[e],t)});return{t:function(e){var t=[...arguments].slice(1);return Il(e)?t.length?e.apply(void 0,t):e(Uo):Mg.apply(void 0,[e].concat(t))},global:i,globalConfig:i,classPrefix:R(function(){return r.value.classPrefix})}}var Fg=function(e){var t=wh(Og),n=R(function(){return Object.assign({},Ag(t,e.globalConfig))});return or(kg,n),Ng.value||=n.value,n};function Ig(e,t){for(var n=0;n<t.length;n++){var r=t[n];r.enumerable=r.enumerable||!1,r.configurable=!0,`value`in r&&(r.writable=!0),Object.defineProperty(e,il(r.key),r)}}function Lg(e,t,n){return t&&Ig(e.prototype,t),n&&Ig(e,n),Object.defineProperty(e,"prototype",{writable:!1}),e}function Rg(e,t){if(!(e instanceof t))throw TypeError(`Cannot call a class as a function`)}function zg(){var e=Eo();return function(t,n){var r;return Il(e.props[t])?r=e.props[t](Uo):e.slots[t]?r=e.slots[t]&&e.slots[t](null)[0]:n&&(r=L(n[e.props.theme],null,null)),r}}function Bg(){var e=Eo();return function(t,n){var r,i;return n||=e.slots,vg(((r=n)==null||(i=r.default)==null?void 0:i.call(r))||[]).filter(function(e){return e.type.name?.endsWith(t)})}}var Vg=Object.prototype.hasOwnProperty,Hg=function(e,t){return Vg.call(e,t)},Ug=function(e,t){return Hg(e,t)?e[t]:void 0};function Wg(e,t,n){var r,i,a=(r=e.slots)[Cp(t)]?.call(r,n);return a&&a.filter(function(e){return!hg(e)}).length||(a=(i=e.slots)[Rh(t)]?.call(i,n),a&&a.filter(function(e){return!hg(e)}).length)?a:null}function Gg(e){return[void 0,null,``].includes(e)?!0:!(e instanceof Array?e:[e]).filter(function(e){var t;return(e==null||(t=e.type)==null?void 0:t.toString())!==`Symbol(Comment)`}).length}function Kg(e,t){var n=e?.vnode.props||{};return Hg(n,Cp(t))||Hg(n,Rh(t))}var qg=function(){var e=Eo();return function(t,n){var r=yg(n),i=_g(n),a=bg(n),o=e.slots[Cp(t)]||e.slots[Rh(t)];if(a&&o)return Wg(e,t,r);if(Kg(e,t)){var s=e.props[Cp(t)]||e.props[Rh(t)],c=e.type.props[t]?.type;return c?.length>1&&c.includes(Boolean)&&c.includes(Function)&&s===``&&!o?i:s===!1||s===null?void 0:s===!0?Wg(e,t,r)||i:Il(s)?s(Uo,r):[void 0,``].includes(s)&&o?Wg(e,t,r):s}if(o)return Wg(e,t,r);var l=e.props[Cp(t)]||e.props[Rh(t)];return l===!1||l===null?void 0:l===!0?i:Il(l)?l(Uo,r):l}},Jg=function(){var e=qg();return function(t,n){var r=_g(n);return e(t,n)||r}},Yg=function(){var e=qg();return function(t,n,r){var i=yg(r),a=_g(r),o=i?{params:i}:void 0,s=e(t,o),c=e(n,o),l=Gg(s)?c:s;return Gg(l)?a:l}},Xg=function(e){return e.filter(function(e){return!hg(e)})};function Zg(e){return e?Fh(e)?e:Array.isArray(e)?Xg(e).map(function(e){return Zg(e)}).filter(Boolean).join(` `):hg(e)?``:Fh(e.children)?e.children:Array.isArray(e.children)?Xg(e.children).map(function(e){return Zg(e)}).filter(Boolean).join(` `):e.children&&Al(e.children)?Object.values(e.children).map(function(e){return!e||Il(e)?``:Zg(e)}).filter(Boolean).join(` `):``:``}function Qg(e){var t=Pg(`classPrefix`).classPrefix;return R(function(){return e?`${t.value}-${e}`:t.value})}function $g(){var e=Pg(`classPrefix`).classPrefix;return{classPrefix:e,SIZE:R(function(){return{small:`${e.value}-size-s`,medium:`${e.value}-size-m`,large:`${e.value}-size-l`,default:``,xs:`${e.value}-size-xs`,xl:`${e.value}-size-xl`,block:`${e.value}-size-full-width`}}),STATUS:R(function(){return{loading:`${e.value}-is-loading`,loadMore:`${e.value}-is-load-more`,disabled:`${e.value}-is-disabled`,focused:`${e.value}-is-focused`,success:`${e.value}-is-success`,error:`${e.value}-is-error`,warning:`${e.value}-is-warning`,selected:`${e.value}-is-selected`,active:`${e.value}-is-active`,checked:`${e.value}-is-checked`,current:`${e.value}-is-current`,hidden:`${e.value}-is-hidden`,visible:`${e.value}-is-visible`,expanded:`${e.value}-is-expanded`,indeterminate:`${e.value}-is-indeterminate`}})}}function e_(e,t,n,r){var i=Eo(),a=i.emit,o=i.vnode,s=vt(),c=function(e){var t,r=[...arguments].slice(1);(t=St(n))==null||t.apply(void 0,[e].concat(r))},l=o.props||{};return Object.prototype.hasOwnProperty.call(l,r)||Object.prototype.hasOwnProperty.call(l,Rh(r))?[e,function(e){a(`update:${r}`,e);var t=[...arguments].slice(1);c.apply(void 0,[e].concat(t))}]:(s.value=t,[s,function(e){s.value=e;var t=[...arguments].slice(1);c.apply(void 0,[e].concat(t))}])}function t_(e){var t=Eo(),n=R(function(){return t.props.disabled}),r=sr(`formDisabled`,Object.create(null));return R(function(){var t,i;return Tl(n.value)&&n.value.length===2?n.value:Lh(e==null||(t=e.beforeDisabled)==null?void 0:t.value)?e.beforeDisabled.value:Lh(n.value)?n.value:Lh(e==null||(i=e.afterDisabled)==null?void 0:i.value)?e.afterDisabled.value:Lh(r.disabled?.value)?r.disabled.value:!1})}function n_(e){var t=Pg(`icon`).globalConfig,n={};return Object.keys(e).forEach(function(r){n[r]=t.value?.[r]||e[r]}),n}var r_=Dg.expand,i_=Dg.ripple,a_=Dg.fade;function o_(){var e=Pg(`animation`).globalConfig,t=function(t){var n,r=e.value;return r&&!((n=r.exclude)!=null&&n.includes(t))&&r.include?.includes(t)};return{keepExpand:t(r_),keepRipple:t(i_),keepFade:t(a_)}}var s_=[`dialog`,`drawer`],c_=1e3,l_=5e3,u_=1;new(Lg(function e(){var t=this;Rg(this,e),al(this,`popupStack`,{popup:new Set,dialog:new Set,message:new Set,drawer:new Set}),al(this,`zIndexStack`,[]),al(this,`getNextZIndex`,function(e){return(e===`message`?Array.from(t.popupStack.message).pop()||l_:Array.from(t.popupStack.popup).pop()||c_)+u_}),al(this,`add`,function(e){var n=t.getNextZIndex(e);return t.popupStack[e].add(n),s_.includes(e)&&t.popupStack.popup.add(n),t.zIndexStack.push(n),n}),al(this,`delete`,function(e,n){t.popupStack[n].delete(e),s_.includes(n)&&t.popupStack.popup.delete(e);var r=t.zIndexStack.indexOf(e);r!==-1&&t.zIndexStack.splice(r,1)}),al(this,`isTopInteractivePopup`,function(e,n){return s_.includes(e)?n===t.zIndexStack[t.zIndexStack.length-1]:t.popupStack[e]?.size>1?n===Array.from(t.popupStack[e]).pop():!0}),al(this,`getLastZIndex`,function(){return t.zIndexStack[t.zIndexStack.length-1]})}));function d_(e){var t=Eo(),n=R(function(){return t.props.readonly}),r=sr(`formReadonly`,Object.create(null));return R(function(){var t,i;return Lh(e==null||(t=e.beforeReadonly)==null?void 0:t.value)?e.beforeReadonly.value:Lh(n?.value)?n.value:Lh(e==null||(i=e.afterReadonly)==null?void 0:i.value)?e.afterReadonly.value:Lh(r.readonly?.value)?r.readonly.value:!1})}function f_(e,t){if(typeof window<`u`&&window&&window.ResizeObserver){var n=null,r=function(){n&&e.value&&(n.unobserve(e.value),n.disconnect(),n=null)},i=function(e){n=new ResizeObserver(t),n.observe(e)};e&&fr(e,function(e){r(),e&&i(e)},{immediate:!0,flush:`post`}),mi(function(){r()})}}function p_(e,t){e&&Object.keys(t).forEach(function(n){e.style[n]=t[n]})}var m_=200,h_=20,g_=`skewX(-8deg)`,__=200,v_=`rgba(0, 0, 0, 0)`,y_=`rgba(0, 0, 0, 0.35)`,b_=function(e,t){var n;if(t)return t;if(e!=null&&(n=e.dataset)!=null&&n.ripple)return e.dataset.ripple;if(e instanceof Element){var r=getComputedStyle(e).getPropertyValue(`--ripple-color`);if(r)return r}return y_};function x_(e,t){var n=vt(null),r=Qg(),i=o_().keepRipple,a=function(a){var o=e.value;if(o&&o instanceof Element){var s=b_(o,t?.value);if(a.button===0&&e&&i&&!(o.classList.contains(`${r.value}-is-active`)||o.classList.contains(`${r.value}-is-disabled`)||o.classList.contains(`${r.value}-is-checked`)||o.classList.contains(`${r.value}-is-loading`))&&o instanceof Element){var c=getComputedStyle(o),l=parseInt(c.borderWidth,10),u=l>0?l:0;n.value.parentNode===null&&(p_(n.value,{position:`absolute`,left:`${0-u}px`,top:`${0-u}px`,width:`calc(100% + ${u*2}px)`,height:`calc(100% + ${u*2}px)`,borderRadius:c.borderRadius,pointerEvents:`none`,overflow:`hidden`}),o.appendChild(n.value));var d=document.createElement(`div`);p_(d,{marginTop:`0`,marginLeft:`0`,right:`100%`,width:`calc(100% + ${h_}px)`,height:`100%`,transition:`transform ${m_}ms cubic-bezier(.38, 0, .24, 1), background ${m_*2}ms linear`,transform:g_,pointerEvents:`none`,position:`absolute`,zIndex:0,backgroundColor:s,opacity:`0.9`});for(var f=new WeakMap,p=o.children.length,m=0;m<p;++m){var h=o.children[m];h.style.zIndex===``&&h!==n.value&&(h.style.zIndex=`1`,f.set(h,!0))}var g=o.style.position;!g&&o instanceof Element&&(g=getComputedStyle(o).position),(g===``||g===`static`)&&(o.style.position=`relative`),n.value.insertBefore(d,n.value.firstChild),setTimeout(function(){d.style.transform=`translateX(calc(100% - ${h_}px)) ${g_}`},0);var _=!1,v=null,y=function(){_||(_=!0,d.style.backgroundColor=v_,v&&=(v.disconnect(),null),e.value&&(e.value.removeEventListener(`pointerup`,y,!1),e.value.removeEventListener(`pointerleave`,y,!1)),setTimeout(function(){d.remove(),n.value.children.length===0&&n.value.remove()},m_*2+100))};typeof MutationObserver<`u`&&(v=new MutationObserver(function(){if(o&&o instanceof Element){var e=o.classList;(e.contains(`${r.value}-is-loading`)||e.contains(`${r.value}-is-disabled`)||e.contains(`${r.value}-is-active`)||e.contains(`${r.value}-is-checked`))&&(d.style.transition=`transform ${m_}ms cubic-bezier(.38, 0, .24, 1), background ${__}ms linear`,y())}}),v.observe(o,{attributes:!0,attributeFilter:[`class`]})),e.value.addEventListener(`pointerup`,y,!1),e.value.addEventListener(`pointerleave`,y,!1)}}};di(function(){var t=e?.value;t&&(n.value=document.createElement(`div`),t.addEventListener(`pointerdown`,a,!1))}),hi(function(){var t;e==null||(t=e.value)==null||t.removeEventListener(`pointerdown`,a,!1)})}function S_(e,t){var n=Il(e)?R(e):vt(e),r=Il(t)?R(t):vt(t),i=vt(),a=function(){i.value=mg(n.value,r.value)};return di(function(){return a()}),fr([n,r],function(){return a()}),i}function C_(e,t,n,r){var i=arguments.length>4&&arguments[4]!==void 0?arguments[4]:`value`,a=Eo(),o=a.emit,s=a.vnode,c=vt(),l=function(e){var t,n=[...arguments].slice(1);(t=St(r))==null||t.apply(void 0,[e].concat(n))},u=s.props||{},d=Object.prototype.hasOwnProperty.call(u,`modelValue`)||Object.prototype.hasOwnProperty.call(u,`model-value`),f=Object.prototype.hasOwnProperty.call(u,i)||Object.prototype.hasOwnProperty.call(u,Rh(i));return d?[t,function(e){o(`update:modelValue`,e);var t=[...arguments].slice(1);l.apply(void 0,[e].concat(t))}]:f?[e,function(e){o(`update:${i}`,e);var t=[...arguments].slice(1);l.apply(void 0,[e].concat(t))}]:(c.value=n,[c,function(e){c.value=e;var t=[...arguments].slice(1);l.apply(void 0,[e].concat(t))}])}function w_(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function T_(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?w_(Object(n),!0).forEach(function(t){al(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):w_(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function E_(e){var t=e.data,n=e.container,r=e.fixedHeight,i=r!==void 0&&r,a=e.lineHeight,o=a===void 0?30:a,s=e.bufferSize,c=s===void 0?20:s,l=e.threshold,u=l===void 0?100:l,d=ot({visibleData:[],cachedHeight:[],cachedScrollY:[]}),f=R(function(){return t.value.length>u}),p=vt(0),m=new Map,h=0,g=0,_=0,v=0,y=0,b=0,x=function(){t.value.forEach(function(e,t){e.$index=t,i&&(d.cachedScrollY[t]=t*o)}),i||(d.cachedScrollY[t.value.length-1]=void 0)};x();var S=R(function(){var e=d.cachedHeight;if(e.length){var n=e.reduce(function(e,t){return e+t||o},0);if(e.length===t.value.length)return n;var r=n/e.length;return n+(t.value.length-e.length)*r}return f.value?t.value.length*o:0}),C=R(function(){var e=d.visibleData,t=e[0];return t?e.length===1?0:d.cachedScrollY[t.$index]:0}),w=function(){b=Math.min(y+h+c*2,t.value.length),d.visibleData=t.value.slice(y,b)},T=function(){var e,r=m.get(_);if(r){var i=r==null||(e=r.getBoundingClientRect())==null?void 0:e.height;d.cachedScrollY[_]=n.value.scrollTop-v,d.cachedHeight[_]=i;for(var a=_+1;a<=(o=d.visibleData[d.visibleData.length-1])?.$index;a++){var o,s=(m.get(a)?.getBoundingClientRect()||{}).height;d.cachedHeight[a]=s;var c=d.cachedScrollY[a-1]+d.cachedHeight[a-1];d.cachedScrollY.splice(a,1,c)}for(var l=_-1;l>=(u=d.visibleData[0])?.$index;l--){var u,f=(m.get(l)?.getBoundingClientRect()||{}).height;d.cachedHeight[l]=f;var p=d.cachedScrollY[l+1]-d.cachedHeight[l];d.cachedScrollY.splice(l,1,p)}if(d.cachedScrollY[0]>0){for(var h=d.cachedScrollY[0],x=Math.min(b,t.value.length),S=0;S<x;S++)d.cachedScrollY.splice(S,1,d.cachedScrollY[S]-h);var C=d.cachedScrollY[_-1]?d.cachedScrollY[_-1]+v:v;n.value.scrollTop=C,g=C}if(d.cachedScrollY[y]<0){var w=d.cachedHeight.slice(0,Math.max(0,_)).reduce(function(e,t){return e+t},0)+v;n.value.scrollTop=w,g=w,w===0&&(_=0,v=0)}Un(function(){var e=n.value,t=e.scrollTop,r=e.scrollHeight;if(t+e.clientHeight===r)for(var i=b-1;i>=y;i--)i===b-1?d.cachedScrollY.splice(i,1,r.value-d.cachedHeight[i]):d.cachedScrollY.splice(i,1,d.cachedScrollY[i+1]-d.cachedHeight[i])})}},E=function(){if(f.value){var e=n.value.scrollTop,r=e-g;g=e,r+=v;var i=_;if(r){if(r>=0){for(;i<t.value.length&&r>(d.cachedHeight[i]||o);)d.cachedHeight[i]||(d.cachedHeight[i]=o),r-=d.cachedHeight[i],i++;i>=t.value.length?(_=t.value.length-1,v=0):(_=i,v=r);var a=n.value,s=a.clientHeight,l=a.scrollHeight;e+s===l&&(_=t.value.length-h+1),y<=_-c&&(y=Math.min(t.value.length-h,_-c),y<0&&(y=0))}else{for(;r<0;)i--,d.cachedHeight[i]||(d.cachedHeight[i]=o),r+=d.cachedHeight[i];i<0?(_=0,v=0):(_=i,v=r),T(),y>_-c&&(y=Math.max(0,_-c))}w()}}};!i&&fr(p,T,{flush:`post`});var ee=function(){f.value&&p.value++};fr(t,function(){x(),d.visibleData=[],d.cachedScrollY=[],d.cachedHeight=[],g=0,_=0,v=0,y=0,m.clear(),t.value.length<=u?d.visibleData=t.value:w(),n.value&&(n.value.scrollTop=0)});var D=!1,te=function(){D&&(h=Math.ceil(n.value.offsetHeight/o),w())};return di(function(){if(window&&window.IntersectionObserver){var e=new window.IntersectionObserver(function(t){var r=t[0];(r.isIntersecting||r.intersectionRatio)&&(D=!0,f.value&&te(),e.unobserve(n.value))});n.value&&e.observe(n.value)}}),T_(T_({trs:m,scrollHeight:S},Dt(d)),{},{translateY:C,handleScroll:E,handleRowMounted:ee,refreshContainer:te,fixedHeight:i,calculateScrollY:T})}function D_(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function O_(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?D_(Object(n),!0).forEach(function(t){al(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):D_(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function k_(e,t){return R(function(){var n=O_({},e);return Object.keys(t??{}).forEach(function(r){var i=e?.[r],a=t?.[r];typeof i==`function`&&typeof a==`function`?n[r]=function(){try{a.apply(void 0,arguments)}catch(e){console.warn(`[useEventForward]: Error in component callback for ${String(r)}:`,e)}try{i.apply(void 0,arguments)}catch(e){console.warn(`[useEventForward]: Error in self defined callback for ${String(r)}:`,e)}}:typeof a==`function`&&(n[r]=a)}),n})}var A_=gg(Gr({name:`TConfigProvider`,props:{globalConfig:{type:Object}},setup:function(e){Fg(e);var t=qg();return function(){return L(Ka,null,[t(`default`)])}}})),j_={exports:{}};j_.exports,(function(e,t){(function(t,n){e.exports=n()})(Wh,function(){return{name:`en`,weekdays:`Sunday_Monday_Tuesday_Wednesday_Thursday_Friday_Saturday`.split(`_`),months:`January_February_March_April_May_June_July_August_September_October_November_December`.split(`_`),ordinal:function(e){var t=[`th`,`st`,`nd`,`rd`],n=e%100;return`[`+e+(t[(n-20)%10]||t[n]||t[0])+`]`}}})})(j_,j_.exports),j_.exports;var M_={autoComplete:{empty:`Empty Data`},pagination:{itemsPerPage:`{size} / page`,jumpTo:`Jump to`,page:``,total:`no items | 1 item | {count} items`},cascader:{empty:`Empty Data`,loadingText:`loading...`,placeholder:`please select`},calendar:{yearSelection:`{year}`,monthSelection:`{month}`,yearRadio:`year`,monthRadio:`month`,hideWeekend:`Hide Week`,showWeekend:`Show Week`,today:`Today`,thisMonth:`This Month`,week:`Monday,Tuesday,Wedsday,Thuresday,Friday,Saturday,Sunday`,cellMonth:`January,February,March,April,May,June,July,August,September,October,November,December`},transfer:{title:`{checked} / {total}`,empty:`Empty Data`,placeholder:`enter keyword to search`},timePicker:{dayjsLocale:`en`,now:`Now`,confirm:`Confirm`,anteMeridiem:`AM`,postMeridiem:`PM`,placeholder:`please select`},dialog:{confirm:`Confirm`,cancel:`Cancel`},drawer:{confirm:`Confirm`,cancel:`Cancel`},popconfirm:{confirm:{content:`OK`},cancel:{content:`Cancel`}},table:{empty:`Empty Data`,loadingText:`loading...`,loadingMoreText:`loading more`,filterInputPlaceholder:``,sortAscendingOperationText:`click to sort ascending`,sortCancelOperationText:`click to cancel sorting`,sortDescendingOperationText:`click to sort descending`,clearFilterResultButtonText:`Clear`,columnConfigButtonText:`Column Config`,columnConfigTitleText:`Table Column Config`,columnConfigDescriptionText:`Please select columns to show them in the table`,confirmText:`Confirm`,cancelText:`Cancel`,resetText:`Reset`,selectAllText:`Select All`,searchResultText:`Search "{result}". Found no items. | Search "{result}". Found 1 item. | Search "{result}". Found {count} items.`},select:{empty:`Empty Data`,loadingText:`loading...`,placeholder:`please select`},tree:{empty:`Empty Data`},treeSelect:{empty:`Empty Data`,loadingText:`loading...`,placeholder:`please select`},datePicker:{dayjsLocale:`en`,placeholder:{date:`select date`,month:`select month`,year:`select year`,quarter:`select quarter`,week:`select week`},weekdays:[`Mon`,`Tue`,`Wed`,`Thu`,`Fri`,`Sat`,`Sun`],months:[`Jan`,`Feb`,`Mar`,`Apr`,`May`,`Jun`,`Jul`,`Aug`,`Sep`,`Oct`,`Nov`,`Dec`],quarters:[`Q1`,`Q2`,`Q3`,`Q4`],rangeSeparator:` - `,direction:`ltr`,format:`YYYY-MM-DD`,dayAriaLabel:`D`,yearAriaLabel:`Y`,monthAriaLabel:`M`,weekAbbreviation:`W`,confirm:`Confirm`,selectTime:`Select Time`,selectDate:`Select Date`,nextYear:`Next Year`,preYear:`Last Year`,nextMonth:`Next Month`,preMonth:`Last Month`,preDecade:`Last Decade`,nextDecade:`Next Decade`,now:`Now`},upload:{sizeLimitMessage:`File is too large to upload. {sizeLimit}`,cancelUploadText:`Cancel`,triggerUploadText:{fileInput:`Upload`,image:`Click to upload`,normal:`Upload`,reupload:`ReUpload`,continueUpload:`Continue Upload`,delete:`Delete`,uploading:`Uploading`},dragger:{dragDropText:`Drop here`,draggingText:`Drag file to this area to upload`,clickAndDragText:`Click "Upload" or Drag file to this area to upload`},file:{fileNameText:`filename`,fileSizeText:`size`,fileStatusText:`status`,fileOperationText:`operation`,fileOperationDateText:`date`},progress:{uploadingText:`Uploading`,waitingText:`Waiting`,failText:`Failed`,successText:`Success`}},form:{errorMessage:{date:"${name} is invalid",url:"${name} is invalid",required:"${name} is required",whitespace:"${name} cannot be empty",max:"${name} cannot be longer than ${validate} characters",min:"${name} must be at least ${validate} characters",len:"${name} must be exactly ${validate} characters",enum:"${name} must be one of ${validate}",idcard:"${name} is invalid",telnumber:"${name} is invalid",pattern:"${name} is invalid",validator:"${name} is invalid",boolean:"${name} is not a boolean",number:"${name} must be a number",email:"${name} is invalid"},colonText:`:`},input:{placeholder:`please enter`},list:{loadingText:`loading...`,loadingMoreText:`loading more`},alert:{expandText:`expand`,collapseText:`collapse`},anchor:{copySuccessText:`copy the link successfully`,copyText:`copy link`},colorPicker:{swatchColorTitle:`System Default`,recentColorTitle:`Recently Used`,clearConfirmText:`Clear recently used colors?`,singleColor:`Single`,gradientColor:`Gradient`},guide:{finishButtonProps:{content:`Finish`,theme:`primary`},nextButtonProps:{content:`Next Step`,theme:`primary`},skipButtonProps:{content:`Skip`,theme:`default`},prevButtonProps:{content:`Last Step`,theme:`default`}},image:{errorText:`unable to load`,loadingText:`loading`},imageViewer:{errorText:`unable to load`,mirrorTipText:`mirror`,rotateTipText:`rotate`,originalSizeTipText:`original`,previewText:`preview`},typography:{expandText:`more`,collapseText:`collapse`,copiedText:`copied`},rate:{rateText:[`terrible`,`disappointed`,`normal`,`satisfied`,`surprised`]},empty:{titleText:{maintenance:`Under Construction`,success:`Success`,fail:`Failure`,empty:`No Data`,networkError:`Network Error`}},descriptions:{colonText:`:`},chat:{placeholder:`please enter message...`,stopBtnText:`stop`,refreshTipText:`regenerate`,copyTipText:`copy`,likeTipText:`like`,dislikeTipText:`dislike`,copyCodeBtnText:`copy code`,copyCodeSuccessText:`copied`,clearHistoryBtnText:`clear history`,copyTextSuccess:`copied`,copyTextFail:`copy failed`,confirmClearHistory:`Are you sure to clear all messages?`,loadingText:`thinking...`,loadingEndText:`deep thinking end`,uploadImageText:`upload image`,uploadAttachmentText:`upload attachment`,shareTipText:`share`},qrcode:{expiredText:`expired`,refreshText:`refresh`,scannedText:`scanned`}},N_=typeof window<`u`,P_=(e,t=!1)=>t?Symbol.for(e):Symbol(e),F_=(e,t,n)=>I_({l:e,k:t,s:n}),I_=e=>JSON.stringify(e).replace(/\u2028/g,`\\u2028`).replace(/\u2029/g,`\\u2029`).replace(/\u0027/g,`\\u0027`),L_=e=>typeof e==`number`&&isFinite(e),R_=e=>Z_(e)===`[object Date]`,z_=e=>Z_(e)===`[object RegExp]`,B_=e=>q(e)&&Object.keys(e).length===0,V_=Object.assign,H_=Object.create,V=(e=null)=>H_(e),U_,W_=()=>U_||=typeof globalThis<`u`?globalThis:typeof self<`u`?self:typeof window<`u`?window:typeof global<`u`?global:V(),G_=Object.prototype.hasOwnProperty;function K_(e,t){return G_.call(e,t)}function q_(e,t){let n=e[t];return K_(e,t)?n:void 0}function J_(e){return K_(Object.prototype,e)}var H=Array.isArray,U=e=>typeof e==`function`,W=e=>typeof e==`string`,G=e=>typeof e==`boolean`,K=e=>typeof e==`object`&&!!e,Y_=e=>K(e)&&U(e.then)&&U(e.catch),X_=Object.prototype.toString,Z_=e=>X_.call(e),q=e=>Z_(e)===`[object Object]`,Q_=e=>e==null?``:H(e)||q(e)&&e.toString===X_?JSON.stringify(e,null,2):String(e);function $_(e,t=``){return e.reduce((e,n,r)=>r===0?e+n:e+t+n,``)}function e1(e,t){typeof console<`u`&&(console.warn(`[intlify] `+e),t&&console.warn(t.stack))}function t1(e){return e.replace(/&/g,`&amp;`).replace(/</g,`&lt;`).replace(/>/g,`&gt;`).replace(/"/g,`&quot;`).replace(/'/g,`&apos;`).replace(/\//g,`&#x2F;`).replace(/=/g,`&#x3D;`)}function n1(e){return e.replace(/&(?![a-z0-9#]{2,6};)/gi,`&amp;`).replace(/"/g,`&quot;`).replace(/'/g,`&apos;`).replace(/</g,`&lt;`).replace(/>/g,`&gt;`)}var r1=/^javascript:/i,i1=/^(?:href|xlink:href|src|action|formaction)$/i,a1=/&#(?:x([0-9a-f]+)|(\d+));?/gi,o1=/&(?:Tab|NewLine);/g,s1=/&colon;?/gi,c1=/[\u0000-\u0020\u007f-\u009f]/g,l1=/(?:^|[\s"'<>/])on\w+\s*=\s*["']?[^"'>]+["']?/i,u1=/(^|[\s"'<>/])on(\w+\s*=)/gi,d1=/(?:^|[\s"'<>/])srcdoc\s*=/i,f1=/(^|[\s"'<>/])s(rcdoc\s*=)/gi,p1=/<(?:base|animate|set|script)(?=[\s/>]|$)/i,m1=/<(base|animate|set|script)(?=[\s/>]|$)/gi,h1=/(^|[\s"'<>/])((?:href|xlink:href|src|action|formaction)\s*=\s*)([^\s"'=<>`]+)/gi;function g1(e,t,n){let r=t||n;if(!r)return e;let i=Number.parseInt(r,t?16:10);return i<=127?String.fromCharCode(i):e}function _1(e){let t=e.replace(a1,g1).replace(o1,``).replace(s1,`:`).replace(c1,``);return r1.test(t)}function v1(e){let t=/url\s*\(/gi,n=``,r=0,i;for(;(i=t.exec(e))!==null;){let a=i.index,o=t.lastIndex-1,s=o+1,c=1,l=null;for(;s<e.length;s++){let t=e[s];if(l)t===l&&(l=null);else if(t===`"`||t===`'`)l=t;else if(t===`(`)c++;else if(t===`)`&&(c--,c===0))break}if(c!==0)break;let u=e.slice(o+1,s).trim(),d=u.startsWith(`"`)&&u.endsWith(`"`)||u.startsWith(`'`)&&u.endsWith(`'`)?u.slice(1,-1).trim():u;n+=e.slice(r,a),n+=_1(d)?`url(about:blank)`:e.slice(a,s+1),r=s+1}return n+e.slice(r)}function y1(e,t){return i1.test(e)&&_1(t)?`about:blank`:n1(e.toLowerCase()===`style`?v1(t):t)}function b1(e){return e=e.replace(/([\w:-]+)\s*=\s*"([^"]*)"/g,(e,t,n)=>`${t}="${y1(t,n)}"`),e=e.replace(/([\w:-]+)\s*=\s*'([^']*)'/g,(e,t,n)=>`${t}='${y1(t,n)}'`),l1.test(e)&&(e=e.replace(u1,`$1&#111;n$2`)),d1.test(e)&&(e=e.replace(f1,`$1&#115;$2`)),p1.test(e)&&(e=e.replace(m1,`&lt;$1`)),e=e.replace(h1,(e,t,n,r)=>_1(r)?`${t}${n}about:blank`:e),e}var x1=e=>!K(e)||H(e);function S1(e,t){if(x1(e)||x1(t)||t===Object.prototype)throw Error(`Invalid value`);let n=[{src:e,des:t}];for(;n.length;){let{src:e,des:t}=n.pop();Object.keys(e).forEach(r=>{if(r===`__proto__`)return;let i=e[r];if(H(i)){let e=[];e.length=i.length,t[r]=e,n.push({src:i,des:e})}else K(i)?((!K(t[r])||H(t[r]))&&(t[r]=V()),n.push({src:i,des:t[r]})):t[r]=i})}}function C1(e,t,n){return{line:e,column:t,offset:n}}function w1(e,t,n){let r={start:e,end:t};return n!=null&&(r.source=n),r}var J={EXPECTED_TOKEN:1,INVALID_TOKEN_IN_PLACEHOLDER:2,UNTERMINATED_SINGLE_QUOTE_IN_PLACEHOLDER:3,UNKNOWN_ESCAPE_SEQUENCE:4,INVALID_UNICODE_ESCAPE_SEQUENCE:5,UNBALANCED_CLOSING_BRACE:6,UNTERMINATED_CLOSING_BRACE:7,EMPTY_PLACEHOLDER:8,NOT_ALLOW_NEST_PLACEHOLDER:9,INVALID_LINKED_FORMAT:10,MUST_HAVE_MESSAGES_IN_PLURAL:11,UNEXPECTED_EMPTY_LINKED_MODIFIER:12,UNEXPECTED_EMPTY_LINKED_KEY:13,UNEXPECTED_LEXICAL_ANALYSIS:14,UNHANDLED_CODEGEN_NODE_TYPE:15,UNHANDLED_MINIFIER_NODE_TYPE:16};J.EXPECTED_TOKEN,J.INVALID_TOKEN_IN_PLACEHOLDER,J.UNTERMINATED_SINGLE_QUOTE_IN_PLACEHOLDER,J.UNKNOWN_ESCAPE_SEQUENCE,J.INVALID_UNICODE_ESCAPE_SEQUENCE,J.UNBALANCED_CLOSING_BRACE,J.UNTERMINATED_CLOSING_BRACE,J.EMPTY_PLACEHOLDER,J.NOT_ALLOW_NEST_PLACEHOLDER,J.INVALID_LINKED_FORMAT,J.MUST_HAVE_MESSAGES_IN_PLURAL,J.UNEXPECTED_EMPTY_LINKED_MODIFIER,J.UNEXPECTED_EMPTY_LINKED_KEY,J.UNEXPECTED_LEXICAL_ANALYSIS,J.UNHANDLED_CODEGEN_NODE_TYPE,J.UNHANDLED_MINIFIER_NODE_TYPE;function T1(e,t,n={}){let{domain:r,messages:i,args:a}=n,o=SyntaxError(String(e));return o.code=e,t&&(o.location=t),o.domain=r,o}function E1(e){throw e}var D1=` `,O1=`\r`,k1=`
`,A1=`\u2028`,j1=`\u2029`;function M1(e){let t=e,n=0,r=1,i=1,a=0,o=e=>t[e]===O1&&t[e+1]===k1,s=e=>t[e]===k1,c=e=>t[e]===j1,l=e=>t[e]===A1,u=e=>o(e)||s(e)||c(e)||l(e),d=()=>n,f=()=>r,p=()=>i,m=()=>a,h=e=>o(e)||c(e)||l(e)?k1:t[e],g=()=>h(n),_=()=>h(n+a);function v(){return a=0,u(n)&&(r++,i=0),o(n)&&n++,n++,i++,t[n]}function y(){return o(n+a)&&a++,a++,t[n+a]}function b(){n=0,r=1,i=1,a=0}function x(e=0){a=e}function S(){let e=n+a;for(;e!==n;)v();a=0}return{index:d,line:f,column:p,peekOffset:m,charAt:h,currentChar:g,currentPeek:_,next:v,peek:y,reset:b,resetPeek:x,skipToPeek:S}}var N1=void 0,P1=`'`,F1=`tokenizer`;function I1(e,t={}){let n=t.location!==!1,r=M1(e),i=()=>r.index(),a=()=>C1(r.line(),r.column(),r.index()),o=a(),s=i(),c={currentType:13,offset:s,startLoc:o,endLoc:o,lastType:13,lastOffset:s,lastStartLoc:o,lastEndLoc:o,braceNest:0,inLinked:!1,text:``},l=()=>c,{onError:u}=t;function d(e,t,r,...i){let a=l();if(t.column+=r,t.offset+=r,u){let r=T1(e,n?w1(a.startLoc,t):null,{domain:F1,args:i});u(r)}}function f(e,t,r){e.endLoc=a(),e.currentType=t;let i={type:t};return n&&(i.loc=w1(e.startLoc,e.endLoc)),r!=null&&(i.value=r),i}let p=e=>f(e,13);function m(e,t){return e.currentChar()===t?(e.next(),t):(d(J.EXPECTED_TOKEN,a(),0,t),``)}function h(e){let t=``;for(;e.currentPeek()===D1||e.currentPeek()===k1;)t+=e.currentPeek(),e.peek();return t}function g(e){let t=h(e);return e.skipToPeek(),t}function _(e){if(e===N1)return!1;let t=e.charCodeAt(0);return t>=97&&t<=122||t>=65&&t<=90||t===95}function v(e){if(e===N1)return!1;let t=e.charCodeAt(0);return t>=48&&t<=57}function y(e,t){let{currentType:n}=t;if(n!==2)return!1;h(e);let r=_(e.currentPeek());return e.resetPeek(),r}function b(e,t){let{currentType:n}=t;if(n!==2)return!1;h(e);let r=v(e.currentPeek()===`-`?e.peek():e.currentPeek());return e.resetPeek(),r}function x(e,t){let{currentType:n}=t;if(n!==2)return!1;h(e);let r=e.currentPeek()===P1;return e.resetPeek(),r}function S(e,t){let{currentType:n}=t;if(n!==7)return!1;h(e);let r=e.currentPeek()===`.`;return e.resetPeek(),r}function C(e,t){let{currentType:n}=t;if(n!==8)return!1;h(e);let r=_(e.currentPeek());return e.resetPeek(),r}function w(e,t){let{currentType:n}=t;if(n!==7&&n!==11)return!1;h(e);let r=e.currentPeek()===`:`;return e.resetPeek(),r}function T(e,t){let{currentType:n}=t;if(n!==9)return!1;let r=()=>{let t=e.currentPeek();return t===`{`?_(e.peek()):t===`@`||t===`|`||t===`:`||t===`.`||t===D1||!t?!1:t===k1?(e.peek(),r()):ee(e,!1)},i=r();return e.resetPeek(),i}function E(e){h(e);let t=e.currentPeek()===`|`;return e.resetPeek(),t}function ee(e,t=!0){let n=(t=!1,r=``)=>{let i=e.currentPeek();return i===`{`||i===`@`||!i?t:i===`|`?r!==D1&&r!==k1:i===D1?(e.peek(),n(!0,D1)):i!==k1||(e.peek(),n(!0,k1))},r=n();return t&&e.resetPeek(),r}function D(e,t){let n=e.currentChar();if(n!==N1)return t(n)?(e.next(),n):null}function te(e){let t=e.charCodeAt(0);return t>=97&&t<=122||t>=65&&t<=90||t>=48&&t<=57||t===95||t===36}function ne(e){return D(e,te)}function O(e){let t=e.charCodeAt(0);return t>=97&&t<=122||t>=65&&t<=90||t>=48&&t<=57||t===95||t===36||t===45}function re(e){return D(e,O)}function ie(e){let t=e.charCodeAt(0);return t>=48&&t<=57}function ae(e){return D(e,ie)}function oe(e){let t=e.charCodeAt(0);return t>=48&&t<=57||t>=65&&t<=70||t>=97&&t<=102}function se(e){return D(e,oe)}function ce(e){let t=``,n=``;for(;t=ae(e);)n+=t;return n}function le(e){let t=``;for(;;){let n=e.currentChar();if(n===`\\`){let r=e.peek();r===`{`||r===`}`||r===`@`||r===`|`||r===`\\`?(t+=n+r,e.next(),e.next()):(e.resetPeek(),t+=n,e.next())}else if(n===`{`||n===`}`||n===`@`||n===`|`||!n)break;else if(n===D1||n===k1){if(ee(e))t+=n,e.next();else if(E(e))break;else t+=n,e.next()}else t+=n,e.next()}return t}function ue(e){g(e);let t=``,n=``;for(;t=re(e);)n+=t;let r=e.currentChar();if(r&&r!==`}`&&r!==N1&&r!==D1&&r!==k1&&r!==`　`){let t=A(e);return d(J.INVALID_TOKEN_IN_PLACEHOLDER,a(),0,n+t),n+t}return e.currentChar()===N1&&d(J.UNTERMINATED_CLOSING_BRACE,a(),0),n}function de(e){g(e);let t=``;return e.currentChar()===`-`?(e.next(),t+=`-${ce(e)}`):t+=ce(e),e.currentChar()===N1&&d(J.UNTERMINATED_CLOSING_BRACE,a(),0),t}function k(e){return e!==P1&&e!==k1}function fe(e){g(e),m(e,`'`);let t=``,n=``;for(;t=D(e,k);)n+=t===`\\`?pe(e):t;let r=e.currentChar();return r===k1||r===N1?(d(J.UNTERMINATED_SINGLE_QUOTE_IN_PLACEHOLDER,a(),0),r===k1&&(e.next(),m(e,`'`)),n):(m(e,`'`),n)}function pe(e){let t=e.currentChar();switch(t){case`\\`:case`'`:return e.next(),`\\${t}`;case`u`:return me(e,t,4);case`U`:return me(e,t,6);default:return d(J.UNKNOWN_ESCAPE_SEQUENCE,a(),0,t),``}}function me(e,t,n){m(e,t);let r=``;for(let i=0;i<n;i++){let n=se(e);if(!n){d(J.INVALID_UNICODE_ESCAPE_SEQUENCE,a(),0,`\\${t}${r}${e.currentChar()}`);break}r+=n}return`\\${t}${r}`}function he(e){return e!==`{`&&e!==`}`&&e!==D1&&e!==k1}function A(e){g(e);let t=``,n=``;for(;t=D(e,he);)n+=t;return n}function ge(e){let t=``,n=``;for(;t=ne(e);)n+=t;return n}function _e(e){let t=n=>{let r=e.currentChar();return r===`{`||r===`@`||r===`|`||r===`(`||r===`)`||!r||r===D1?n:(n+=r,e.next(),t(n))};return t(``)}function ve(e){g(e);let t=m(e,`|`);return g(e),t}function ye(e,t){let n=null;switch(e.currentChar()){case`{`:return t.braceNest>=1&&d(J.NOT_ALLOW_NEST_PLACEHOLDER,a(),0),e.next(),n=f(t,2,`{`),g(e),t.braceNest++,n;case`}`:return t.braceNest>0&&t.currentType===2&&d(J.EMPTY_PLACEHOLDER,a(),0),e.next(),n=f(t,3,`}`),t.braceNest--,t.braceNest>0&&g(e),t.inLinked&&t.braceNest===0&&(t.inLinked=!1),n;case`@`:return t.braceNest>0&&d(J.UNTERMINATED_CLOSING_BRACE,a(),0),n=be(e,t)||p(t),t.braceNest=0,n;default:{let r=!0,i=!0,o=!0;if(E(e))return t.braceNest>0&&d(J.UNTERMINATED_CLOSING_BRACE,a(),0),n=f(t,1,ve(e)),t.braceNest=0,t.inLinked=!1,n;if(t.braceNest>0&&(t.currentType===4||t.currentType===5||t.currentType===6))return d(J.UNTERMINATED_CLOSING_BRACE,a(),0),t.braceNest=0,xe(e,t);if(r=y(e,t))return n=f(t,4,ue(e)),g(e),n;if(i=b(e,t))return n=f(t,5,de(e)),g(e),n;if(o=x(e,t))return n=f(t,6,fe(e)),g(e),n;if(!r&&!i&&!o)return n=f(t,12,A(e)),d(J.INVALID_TOKEN_IN_PLACEHOLDER,a(),0,n.value),g(e),n;break}}return n}function be(e,t){let{currentType:n}=t,r=null,i=e.currentChar();switch(n!==7&&n!==8&&n!==11&&n!==9||i!==k1&&i!==D1||d(J.INVALID_LINKED_FORMAT,a(),0),i){case`@`:return e.next(),r=f(t,7,`@`),t.inLinked=!0,r;case`.`:return g(e),e.next(),f(t,8,`.`);case`:`:return g(e),e.next(),f(t,9,`:`);default:return E(e)?(r=f(t,1,ve(e)),t.braceNest=0,t.inLinked=!1,r):S(e,t)||w(e,t)?(g(e),be(e,t)):C(e,t)?(g(e),f(t,11,ge(e))):T(e,t)?(g(e),i===`{`?ye(e,t)||r:f(t,10,_e(e))):(n===7&&d(J.INVALID_LINKED_FORMAT,a(),0),t.braceNest=0,t.inLinked=!1,xe(e,t))}}function xe(e,t){let n={type:13};if(t.braceNest>0)return ye(e,t)||p(t);if(t.inLinked)return be(e,t)||p(t);switch(e.currentChar()){case`{`:return ye(e,t)||p(t);case`}`:return d(J.UNBALANCED_CLOSING_BRACE,a(),0),e.next(),f(t,3,`}`);case`@`:return be(e,t)||p(t);default:if(E(e))return n=f(t,1,ve(e)),t.braceNest=0,t.inLinked=!1,n;if(ee(e))return f(t,0,le(e))}return n}function Se(){let{currentType:e,offset:t,startLoc:n,endLoc:o}=c;return c.lastType=e,c.lastOffset=t,c.lastStartLoc=n,c.lastEndLoc=o,c.offset=i(),c.startLoc=a(),r.currentChar()===N1?f(c,13):xe(r,c)}return{nextToken:Se,currentOffset:i,currentPosition:a,context:l}}var L1=`parser`,R1=/(?:\\\\|\\'|\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{6}))/g,z1=/\\([\\@{}|])/g;function B1(e,t){return t}function V1(e,t,n){switch(e){case`\\\\`:return`\\`;case`\\'`:return`'`;default:{let e=parseInt(t||n,16);return e<=55295||e>=57344?String.fromCodePoint(e):`�`}}}function H1(e={}){let t=e.location!==!1,{onError:n}=e;function r(e,r,i,a,...o){let s=e.currentPosition();if(s.offset+=a,s.column+=a,n){let e=T1(r,t?w1(i,s):null,{domain:L1,args:o});n(e)}}function i(e,n,r){let i={type:e};return t&&(i.start=n,i.end=n,i.loc={start:r,end:r}),i}function a(e,n,r,i){t&&(e.end=n,e.loc&&(e.loc.end=r))}function o(e,t){let n=e.context(),r=i(3,n.offset,n.startLoc);return r.value=t.replace(z1,B1),a(r,e.currentOffset(),e.currentPosition()),r}function s(e,t){let{lastOffset:n,lastStartLoc:r}=e.context(),o=i(5,n,r);return o.index=parseInt(t,10),e.nextToken(),a(o,e.currentOffset(),e.currentPosition()),o}function c(e,t){let{lastOffset:n,lastStartLoc:r}=e.context(),o=i(4,n,r);return o.key=t,e.nextToken(),a(o,e.currentOffset(),e.currentPosition()),o}function l(e,t){let{lastOffset:n,lastStartLoc:r}=e.context(),o=i(9,n,r);return o.value=t.replace(R1,V1),e.nextToken(),a(o,e.currentOffset(),e.currentPosition()),o}function u(e){let t=e.nextToken(),n=e.context(),{lastOffset:o,lastStartLoc:s}=n,c=i(8,o,s);return t.type===11?(t.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,n.lastStartLoc,0,U1(t)),c.value=t.value||``,a(c,e.currentOffset(),e.currentPosition()),{node:c}):(r(e,J.UNEXPECTED_EMPTY_LINKED_MODIFIER,n.lastStartLoc,0),c.value=``,a(c,o,s),{nextConsumeToken:t,node:c})}function d(e,t){let n=e.context(),r=i(7,n.offset,n.startLoc);return r.value=t,a(r,e.currentOffset(),e.currentPosition()),r}function f(e){let t=e.context(),n=i(6,t.offset,t.startLoc),o=e.nextToken();if(o.type===8){let t=u(e);n.modifier=t.node,o=t.nextConsumeToken||e.nextToken()}switch(o.type!==9&&r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,U1(o)),o=e.nextToken(),o.type===2&&(o=e.nextToken()),o.type){case 10:o.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,U1(o)),n.key=d(e,o.value||``);break;case 4:o.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,U1(o)),n.key=c(e,o.value||``);break;case 5:o.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,U1(o)),n.key=s(e,o.value||``);break;case 6:o.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,U1(o)),n.key=l(e,o.value||``);break;default:{r(e,J.UNEXPECTED_EMPTY_LINKED_KEY,t.lastStartLoc,0);let s=e.context(),c=i(7,s.offset,s.startLoc);return c.value=``,a(c,s.offset,s.startLoc),n.key=c,a(n,s.offset,s.startLoc),{nextConsumeToken:o,node:n}}}return a(n,e.currentOffset(),e.currentPosition()),{node:n}}function p(e){let t=e.context(),n=i(2,t.currentType===1?e.currentOffset():t.offset,t.currentType===1?t.endLoc:t.startLoc);n.items=[];let u=null;do{let i=u||e.nextToken();switch(u=null,i.type){case 0:i.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,U1(i)),n.items.push(o(e,i.value||``));break;case 5:i.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,U1(i)),n.items.push(s(e,i.value||``));break;case 4:i.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,U1(i)),n.items.push(c(e,i.value||``));break;case 6:i.value??r(e,J.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,U1(i)),n.items.push(l(e,i.value||``));break;case 7:{let t=f(e);n.items.push(t.node),u=t.nextConsumeToken||null;break}}}while(t.currentType!==13&&t.currentType!==1);return a(n,t.currentType===1?t.lastOffset:e.currentOffset(),t.currentType===1?t.lastEndLoc:e.currentPosition()),n}function m(e,t,n,o){let s=e.context(),c=o.items.length===0,l=i(1,t,n);l.cases=[],l.cases.push(o);do{let t=p(e);c||=t.items.length===0,l.cases.push(t)}while(s.currentType!==13);return c&&r(e,J.MUST_HAVE_MESSAGES_IN_PLURAL,n,0),a(l,e.currentOffset(),e.currentPosition()),l}function h(e){let t=e.context(),{offset:n,startLoc:r}=t,i=p(e);return t.currentType===13?i:m(e,n,r,i)}function g(n){let o=I1(n,V_({},e)),s=o.context(),c=i(0,s.offset,s.startLoc);return t&&c.loc&&(c.loc.source=n),c.body=h(o),e.onCacheKey&&(c.cacheKey=e.onCacheKey(n)),s.currentType!==13&&r(o,J.UNEXPECTED_LEXICAL_ANALYSIS,s.lastStartLoc,0,n[s.offset]||``),a(c,o.currentOffset(),o.currentPosition()),c}return{parse:g}}function U1(e){if(e.type===13)return`EOF`;let t=(e.value||``).replace(/\r?\n/gu,`\\n`);return t.length>10?t.slice(0,9)+`…`:t}function W1(e,t={}){let n={ast:e,helpers:new Set};return{context:()=>n,helper:e=>(n.helpers.add(e),e)}}function G1(e,t){for(let n=0;n<e.length;n++)K1(e[n],t)}function K1(e,t){switch(e.type){case 1:G1(e.cases,t),t.helper(`plural`);break;case 2:G1(e.items,t);break;case 6:K1(e.key,t),t.helper(`linked`),t.helper(`type`);break;case 5:t.helper(`interpolate`),t.helper(`list`);break;case 4:t.helper(`interpolate`),t.helper(`named`)}}function q1(e,t={}){let n=W1(e);n.helper(`normalize`),e.body&&K1(e.body,n);let r=n.context();e.helpers=Array.from(r.helpers)}function J1(e){let t=e.body;return t.type===2?Y1(t):t.cases.forEach(e=>Y1(e)),e}function Y1(e){if(e.items.length===1){let t=e.items[0];(t.type===3||t.type===9)&&(e.static=t.value,delete t.value)}else{let t=[];for(let n=0;n<e.items.length;n++){let r=e.items[n];if(r.type!==3&&r.type!==9||r.value==null)break;t.push(r.value)}if(t.length===e.items.length){e.static=$_(t);for(let t=0;t<e.items.length;t++){let n=e.items[t];(n.type===3||n.type===9)&&delete n.value}}}}function X1(e){switch(e.t=e.type,e.type){case 0:{let t=e;X1(t.body),t.b=t.body,delete t.body;break}case 1:{let t=e,n=t.cases;for(let e=0;e<n.length;e++)X1(n[e]);t.c=n,delete t.cases;break}case 2:{let t=e,n=t.items;for(let e=0;e<n.length;e++)X1(n[e]);t.i=n,delete t.items,t.static&&(t.s=t.static,delete t.static);break}case 3:case 9:case 8:case 7:{let t=e;t.value&&(t.v=t.value,delete t.value);break}case 6:{let t=e;X1(t.key),t.k=t.key,delete t.key,t.modifier&&(X1(t.modifier),t.m=t.modifier,delete t.modifier);break}case 5:{let t=e;t.i=t.index,delete t.index;break}case 4:{let t=e;t.k=t.key,delete t.key;break}}delete e.type}function Z1(e,t){let{filename:n,breakLineCode:r,needIndent:i}=t,a=t.location!==!1,o={filename:n,code:``,column:1,line:1,offset:0,map:void 0,breakLineCode:r,needIndent:i,indentLevel:0};a&&e.loc&&(o.source=e.loc.source);let s=()=>o;function c(e,t){o.code+=e}function l(e,t=!0){let n=t?r:``;c(i?n+`  `.repeat(e):n)}function u(e=!0){let t=++o.indentLevel;e&&l(t)}function d(e=!0){let t=--o.indentLevel;e&&l(t)}function f(){l(o.indentLevel)}return{context:s,push:c,indent:u,deindent:d,newline:f,helper:e=>`_${e}`,needIndent:()=>o.needIndent}}function Q1(e,t){let{helper:n}=e;e.push(`${n(`linked`)}(`),n0(e,t.key),t.modifier?(e.push(`, `),n0(e,t.modifier),e.push(`, _type`)):e.push(`, undefined, _type`),e.push(`)`)}function $1(e,t){let{helper:n,needIndent:r}=e;e.push(`${n(`normalize`)}([`),e.indent(r());let i=t.items.length;for(let n=0;n<i&&(n0(e,t.items[n]),n!==i-1);n++)e.push(`, `);e.deindent(r()),e.push(`])`)}function e0(e,t){let{helper:n,needIndent:r}=e;if(t.cases.length>1){e.push(`${n(`plural`)}([`),e.indent(r());let i=t.cases.length;for(let n=0;n<i&&(n0(e,t.cases[n]),n!==i-1);n++)e.push(`, `);e.deindent(r()),e.push(`])`)}}function t0(e,t){t.body?n0(e,t.body):e.push(`null`)}function n0(e,t){let{helper:n}=e;switch(t.type){case 0:t0(e,t);break;case 1:e0(e,t);break;case 2:$1(e,t);break;case 6:Q1(e,t);break;case 8:case 7:e.push(JSON.stringify(t.value),t);break;case 5:e.push(`${n(`interpolate`)}(${n(`list`)}(${t.index}))`,t);break;case 4:e.push(`${n(`interpolate`)}(${n(`named`)}(${JSON.stringify(t.key)}))`,t);break;case 9:case 3:e.push(JSON.stringify(t.value),t)}}var r0=(e,t={})=>{let n=W(t.mode)?t.mode:`normal`,r=W(t.filename)?t.filename:`message.intl`;t.sourceMap;let i=t.breakLineCode==null?n===`arrow`?`;`:`
`:t.breakLineCode,a=t.needIndent?t.needIndent:n!==`arrow`,o=e.helpers||[],s=Z1(e,{filename:r,breakLineCode:i,needIndent:a});s.push(n===`normal`?`function __msg__ (ctx) {`:`(ctx) => {`),s.indent(a),o.length>0&&(s.push(`const { ${$_(o.map(e=>`${e}: _${e}`),`, `)} } = ctx`),s.newline()),s.push(`return `),n0(s,e),s.deindent(a),s.push(`}`),delete e.helpers;let{code:c,map:l}=s.context();return{ast:e,code:c,map:l?l.toJSON():void 0}};function i0(e,t={}){let n=V_({},t),r=!!n.jit,i=!!n.minify,a=n.optimize==null||n.optimize,o=H1(n).parse(e);return r?(a&&J1(o),i&&X1(o),{ast:o,code:``}):(q1(o,n),r0(o,n))}function a0(){typeof __INTLIFY_DROP_MESSAGE_COMPILER__!=`boolean`&&(W_().__INTLIFY_DROP_MESSAGE_COMPILER__=!1)}function o0(e){return K(e)&&g0(e)===0&&(K_(e,`b`)||K_(e,`body`))}var s0=[`b`,`body`];function c0(e){return C0(e,s0)}var l0=[`c`,`cases`];function u0(e){return C0(e,l0,[])}var d0=[`s`,`static`];function f0(e){return C0(e,d0)}var p0=[`i`,`items`];function m0(e){return C0(e,p0,[])}var h0=[`t`,`type`];function g0(e){return C0(e,h0)}var _0=[`v`,`value`];function v0(e,t){let n=C0(e,_0);if(n!=null)return n;throw T0(t)}var y0=[`m`,`modifier`];function b0(e){return C0(e,y0)}var x0=[`k`,`key`];function S0(e){let t=C0(e,x0);if(t)return t;throw T0(6)}function C0(e,t,n){for(let n=0;n<t.length;n++){let r=t[n];if(K_(e,r)&&e[r]!=null)return e[r]}return n}var w0=[...s0,...l0,...d0,...p0,...x0,...y0,..._0,...h0];function T0(e){return Error(`unhandled node type: ${e}`)}function E0(e){return t=>D0(t,e)}function D0(e,t){let n=c0(t);if(n==null)throw T0(0);if(g0(n)===1){let t=u0(n);return e.plural(t.reduce((t,n)=>[...t,O0(e,n)],[]))}return O0(e,n)}function O0(e,t){let n=f0(t);if(n!=null)return e.type===`text`?n:e.normalize([n]);{let n=m0(t).reduce((t,n)=>[...t,k0(e,n)],[]);return e.normalize(n)}}function k0(e,t){let n=g0(t);switch(n){case 3:case 9:return v0(t,n);case 4:{let r=t;if(K_(r,`k`)&&r.k)return e.interpolate(e.named(r.k));if(K_(r,`key`)&&r.key)return e.interpolate(e.named(r.key));throw T0(n)}case 5:{let r=t;if(K_(r,`i`)&&L_(r.i))return e.interpolate(e.list(r.i));if(K_(r,`index`)&&L_(r.index))return e.interpolate(e.list(r.index));throw T0(n)}case 6:{let n=t,r=b0(n),i=S0(n);return e.linked(k0(e,i),r?k0(e,r):void 0,e.type)}case 7:case 8:return v0(t,n);default:throw Error(`unhandled node on format message part: ${n}`)}}var A0=e=>e,j0=V();function M0(e,t={}){let n=!1,r=t.onError||E1;return t.onError=e=>{n=!0,r(e)},{...i0(e,t),detectError:n}}function N0(e,t){if(!__INTLIFY_DROP_MESSAGE_COMPILER__&&W(e)){G(t.warnHtmlMessage)&&t.warnHtmlMessage;let n=(t.onCacheKey||A0)(e),r=j0[n];if(r)return r;let{ast:i,detectError:a}=M0(e,{...t,location:!1,jit:!0}),o=E0(i);return a?o:j0[n]=o}{if(!o0(e))return(()=>e);let t=e.cacheKey;return t?j0[t]||(j0[t]=E0(e)):E0(e)}}var P0={INVALID_ARGUMENT:17,INVALID_DATE_ARGUMENT:18,INVALID_ISO_DATE_ARGUMENT:19,NOT_SUPPORT_NON_STRING_MESSAGE:20,NOT_SUPPORT_LOCALE_PROMISE_VALUE:21,NOT_SUPPORT_LOCALE_ASYNC_FUNCTION:22,NOT_SUPPORT_LOCALE_TYPE:23};function F0(e){return T1(e,null,void 0)}P0.INVALID_ARGUMENT,P0.INVALID_DATE_ARGUMENT,P0.INVALID_ISO_DATE_ARGUMENT,P0.NOT_SUPPORT_NON_STRING_MESSAGE,P0.NOT_SUPPORT_LOCALE_PROMISE_VALUE,P0.NOT_SUPPORT_LOCALE_ASYNC_FUNCTION,P0.NOT_SUPPORT_LOCALE_TYPE;function I0(e,t){return t.locale==null?R0(e.locale):R0(t.locale)}var L0;function R0(e){if(W(e))return e;if(U(e)){if(e.resolvedOnce&&L0!=null)return L0;if(e.constructor.name===`Function`){let t=e();if(Y_(t))throw F0(P0.NOT_SUPPORT_LOCALE_PROMISE_VALUE);return L0=t}throw F0(P0.NOT_SUPPORT_LOCALE_ASYNC_FUNCTION)}throw F0(P0.NOT_SUPPORT_LOCALE_TYPE)}function z0(e,t,n){return[...new Set([n,...H(t)?t:K(t)?Object.keys(t).filter(e=>e!=="default"):W(t)?[t]:[n]])]}function B0(e,t,n){let r=W(n)?n:nv,i=e,a;K(t)?(i.__localeChainObjectCache||=new WeakMap,a=i.__localeChainObjectCache.get(t),a||(a=new Map,i.__localeChainObjectCache.set(t,a))):(i.__localeChainCache||=new Map,a=i.__localeChainCache.get(t),a||(a=new Map,i.__localeChainCache.set(t,a)));let o=a.get(r);if(o)return o;let s=[],c=[n];for(;H(c);)c=V0(s,c,t);let l=H(t)||!q(t)?t:t.default?t.default:null;return c=W(l)?[l]:l,H(c)&&V0(s,c,!1),a.set(r,s),s}function V0(e,t,n){let r=!0;for(let i=0;i<t.length&&G(r);i++)W(t[i])&&(r=H0(e,t[i],n));return r}function H0(e,t,n){let r,i=t.split(`-`);do r=U0(e,i.join(`-`),n),i.splice(-1,1);while(i.length&&r===!0);return r}function U0(e,t,n){let r=!1;if(!e.includes(t)&&(r=!0,t)){r=t[t.length-1]!==`!`;let i=t.replace(/!/g,``);e.push(i),(H(n)||q(n))&&n[i]&&(r=n[i])}return r}var W0=[];W0[0]={w:[0],i:[3,0],"[":[4],o:[7]},W0[1]={w:[1],".":[2],"[":[4],o:[7]},W0[2]={w:[2],i:[3,0],0:[3,0]},W0[3]={i:[3,0],0:[3,0],w:[1,1],".":[2,1],"[":[4,1],o:[7,1]},W0[4]={"'":[5,0],'"':[6,0],"[":[4,2],"]":[1,3],o:8,l:[4,0]},W0[5]={"'":[4,0],o:8,l:[5,0]},W0[6]={'"':[4,0],o:8,l:[6,0]};var G0=/^\s?(?:true|false|-?[\d.]+|'[^']*'|"[^"]*")\s?$/;function K0(e){return G0.test(e)}function q0(e){let t=e.charCodeAt(0);return t===e.charCodeAt(e.length-1)&&(t===34||t===39)?e.slice(1,-1):e}function J0(e){if(e==null)return`o`;switch(e.charCodeAt(0)){case 91:case 93:case 46:case 34:case 39:return e;case 95:case 36:case 45:return`i`;case 9:case 10:case 13:case 160:case 65279:case 8232:case 8233:return`w`}return`i`}function Y0(e){let t=e.trim();return e.charAt(0)===`0`&&isNaN(parseInt(e))?!1:K0(t)?q0(t):`*`+t}function X0(e){let t=[],n=-1,r=0,i=0,a,o,s,c,l,u,d,f=[];f[0]=()=>{o===void 0?o=s:o+=s},f[1]=()=>{o!==void 0&&(t.push(o),o=void 0)},f[2]=()=>{f[0](),i++},f[3]=()=>{if(i>0)i--,r=4,f[0]();else{if(i=0,o===void 0||(o=Y0(o),o===!1))return!1;f[1]()}};function p(){let t=e[n+1];if(r===5&&t===`'`||r===6&&t===`"`)return n++,s=`\\`+t,f[0](),!0}for(;r!==null;)if(n++,a=e[n],!(a===`\\`&&p())){if(c=J0(a),d=W0[r],l=d[c]||d.l||8,l===8||(r=l[0],l[1]!==void 0&&(u=f[l[1]],u&&(s=a,u()===!1))))return;if(r===7)return t}}var Z0=new Map;function Q0(e,t){return K(e)?q_(e,t):null}function $0(e,t){if(!K(e))return null;let n=Z0.get(t);if(n||(n=X0(t),n&&Z0.set(t,n)),!n)return null;let r=n.length,i=e,a=0;for(;a<r;){let e=n[a];if(w0.includes(e)&&o0(i)||!K(i)||!K_(i,e))return null;let t=i[e];if(t===void 0||U(i))return null;i=t,a++}return i}var ev={NOT_FOUND_KEY:1,FALLBACK_TO_TRANSLATE:2,CANNOT_FORMAT_NUMBER:3,FALLBACK_TO_NUMBER_FORMAT:4,CANNOT_FORMAT_DATE:5,FALLBACK_TO_DATE_FORMAT:6,EXPERIMENTAL_CUSTOM_MESSAGE_COMPILER:7,INVALID_NUMBER_ARGUMENT:8,INVALID_DATE_ARGUMENT:9};ev.NOT_FOUND_KEY,ev.FALLBACK_TO_TRANSLATE,ev.CANNOT_FORMAT_NUMBER,ev.FALLBACK_TO_NUMBER_FORMAT,ev.CANNOT_FORMAT_DATE,ev.FALLBACK_TO_DATE_FORMAT,ev.EXPERIMENTAL_CUSTOM_MESSAGE_COMPILER,ev.INVALID_NUMBER_ARGUMENT,ev.INVALID_DATE_ARGUMENT;var tv=`11.4.18`,nv=`en-US`,rv=e=>`${e.charAt(0).toLocaleUpperCase()}${e.substr(1)}`;function iv(){return{upper:(e,t)=>t===`text`&&W(e)?e.toUpperCase():t===`vnode`&&K(e)&&`__v_isVNode`in e?e.children.toUpperCase():e,lower:(e,t)=>t===`text`&&W(e)?e.toLowerCase():t===`vnode`&&K(e)&&`__v_isVNode`in e?e.children.toLowerCase():e,capitalize:(e,t)=>t===`text`&&W(e)?rv(e):t===`vnode`&&K(e)&&`__v_isVNode`in e?rv(e.children):e}}var av;function ov(e){av=e}var sv;function cv(e){sv=e}var lv;function uv(e){lv=e}var dv=null,fv=e=>{dv=e},pv=()=>dv,mv=0;function hv(e={}){let t=U(e.onWarn)?e.onWarn:e1,n=W(e.version)?e.version:tv,r=W(e.locale)||U(e.locale)?e.locale:nv,i=U(r)?nv:r,a=H(e.fallbackLocale)||q(e.fallbackLocale)||W(e.fallbackLocale)||e.fallbackLocale===!1?e.fallbackLocale:i,o=q(e.messages)?e.messages:gv(i),s=q(e.datetimeFormats)?e.datetimeFormats:gv(i),c=q(e.numberFormats)?e.numberFormats:gv(i),l=V_(V(),e.modifiers,iv()),u=e.pluralRules||V(),d=U(e.missing)?e.missing:null,f=G(e.missingWarn)||z_(e.missingWarn)?e.missingWarn:!0,p=G(e.fallbackWarn)||z_(e.fallbackWarn)?e.fallbackWarn:!0,m=!!e.fallbackFormat,h=!!e.unresolving,g=U(e.postTranslation)?e.postTranslation:null,_=q(e.processor)?e.processor:null,v=!G(e.warnHtmlMessage)||e.warnHtmlMessage,y=!!e.escapeParameter,b=U(e.messageCompiler)?e.messageCompiler:av,x=U(e.messageResolver)?e.messageResolver:sv||Q0,S=U(e.localeFallbacker)?e.localeFallbacker:lv||z0,C=K(e.fallbackContext)?e.fallbackContext:void 0,w=e,T=K(w.__datetimeFormatters)?w.__datetimeFormatters:new Map,E=K(w.__numberFormatters)?w.__numberFormatters:new Map,ee=K(w.__meta)?w.__meta:{};mv++;let D={version:n,cid:mv,locale:r,fallbackLocale:a,messages:o,modifiers:l,pluralRules:u,missing:d,missingWarn:f,fallbackWarn:p,fallbackFormat:m,unresolving:h,postTranslation:g,processor:_,warnHtmlMessage:v,escapeParameter:y,messageCompiler:b,messageResolver:x,localeFallbacker:S,fallbackContext:C,onWarn:t,__meta:ee};return D.datetimeFormats=s,D.numberFormats=c,D.__datetimeFormatters=T,D.__numberFormatters=E,D}var gv=e=>({[e]:V()});function _v(e,t,n,r,i){let{missing:a,onWarn:o}=e;if(a!==null){let r=a(e,n,t,i);return W(r)?r:t}return t}function vv(e,t){let n=e;K(t)?n.__localeChainObjectCache?.delete(t):n.__localeChainCache?.delete(t)}function yv(e,t,n){vv(e,n),e.fallbackContext&&vv(e.fallbackContext,n),e.localeFallbacker(e,n,t)}function bv(e,t){return e!==t&&e.split(`-`)[0]===t.split(`-`)[0]}function xv(e,t){let n=t.indexOf(e);if(n===-1)return!1;for(let r=n+1;r<t.length;r++)if(bv(e,t[r]))return!0;return!1}function Sv(e,t,n,r,i,a,o){let{fallbackLocale:s,localeFallbacker:c,onWarn:l}=e,u=c(e,s,n);for(let n=0;n<u.length;n++){let a=u[n];if(q(q_(q_(r,a)||{},t))&&W(a))return a;_v(e,t,a,i,o)}return null}function Cv(e,t,n){let r=`${e}__${t}`;return q(n)&&!B_(n)&&(r=`${r}__${JSON.stringify(n)}`),r}function wv(e,t,n){for(let r in n){let n=`${t}__${r}`;for(let t of e.keys())(t===n||t.startsWith(`${n}__`))&&e.delete(t)}}function Tv(e,t,n,r){let[,i,a,o]=e,s=n;return W(i)?t.key=i:q(i)&&Object.keys(i).forEach(e=>{r.includes(e)?s[e]=i[e]:t[e]=i[e]}),W(a)?t.locale=a:q(a)&&(s=a),q(o)&&(s=o),s}var Ev=typeof Intl<`u`;Ev&&Intl.DateTimeFormat,Ev&&Intl.NumberFormat;function Dv(e,...t){let{datetimeFormats:n,unresolving:r,onWarn:i}=e,{__datetimeFormatters:a}=e;if(!W(t[0])&&!R_(t[0])&&!L_(t[0]))return``;let[o,s,c,l]=kv(...t),u=G(c.missingWarn)?c.missingWarn:e.missingWarn,d=G(c.fallbackWarn)?c.fallbackWarn:e.fallbackWarn,f=!!c.part,p=I0(e,c);if(!W(o)||o===``){let e=new Intl.DateTimeFormat(p.replace(/!/g,``),l);return f?e.formatToParts(s):e.format(s)}let m=Sv(e,o,p,n,u,d,`datetime format`);if(!W(m))return r?-1:o;let h=n[m][o],g=Cv(m,o,l),_=a.get(g);return _||(_=new Intl.DateTimeFormat(m,V_({},h,l)),a.set(g,_)),f?_.formatToParts(s):_.format(s)}var Ov=[`localeMatcher`,`weekday`,`era`,`year`,`month`,`day`,`hour`,`minute`,`second`,`timeZoneName`,`formatMatcher`,`hour12`,`timeZone`,`dateStyle`,`timeStyle`,`calendar`,`dayPeriod`,`numberingSystem`,`hourCycle`,`fractionalSecondDigits`];function kv(...e){let[t]=e,n=V(),r=V(),i;if(W(t)){let e=t.match(/(\d{4}-\d{2}-\d{2})(T|\s)?(.*)/);if(!e)throw F0(P0.INVALID_ISO_DATE_ARGUMENT);let n=e[3]?e[3].trim().startsWith(`T`)?`${e[1].trim()}${e[3].trim()}`:`${e[1].trim()}T${e[3].trim()}`:e[1].trim();i=new Date(n);try{i.toISOString()}catch{throw F0(P0.INVALID_ISO_DATE_ARGUMENT)}}else if(R_(t)){if(isNaN(t.getTime()))throw F0(P0.INVALID_DATE_ARGUMENT);i=t}else if(L_(t))i=t;else throw F0(P0.INVALID_ARGUMENT);let a=Tv(e,n,r,Ov);return[n.key||``,i,n,a]}function Av(e,t,n){wv(e.__datetimeFormatters,t,n)}function jv(e,...t){let{numberFormats:n,unresolving:r,onWarn:i}=e,{__numberFormatters:a}=e;if(!L_(t[0]))return``;let[o,s,c,l]=Nv(...t),u=G(c.missingWarn)?c.missingWarn:e.missingWarn,d=G(c.fallbackWarn)?c.fallbackWarn:e.fallbackWarn,f=!!c.part,p=I0(e,c);if(!W(o)||o===``){let e=new Intl.NumberFormat(p.replace(/!/g,``),l);return f?e.formatToParts(s):e.format(s)}let m=Sv(e,o,p,n,u,d,`number format`);if(!W(m))return r?-1:o;let h=n[m][o],g=Cv(m,o,l),_=a.get(g);return _||(_=new Intl.NumberFormat(m,V_({},h,l)),a.set(g,_)),f?_.formatToParts(s):_.format(s)}var Mv=[`localeMatcher`,`style`,`currency`,`currencyDisplay`,`currencySign`,`useGrouping`,`minimumIntegerDigits`,`minimumFractionDigits`,`maximumFractionDigits`,`minimumSignificantDigits`,`maximumSignificantDigits`,`compactDisplay`,`notation`,`signDisplay`,`unit`,`unitDisplay`,`roundingMode`,`roundingPriority`,`roundingIncrement`,`trailingZeroDisplay`];function Nv(...e){let[t]=e,n=V(),r=V();if(!L_(t))throw F0(P0.INVALID_ARGUMENT);let i=t,a=Tv(e,n,r,Mv);return[n.key||``,i,n,a]}function Pv(e,t,n){wv(e.__numberFormatters,t,n)}var Fv=e=>e,Iv=e=>``,Lv=`text`,Rv=e=>e.length===0?``:$_(e),zv=Q_;function Bv(e,t){return e=Math.abs(e),t===2?e===1?0:1:Math.min(e,2)}function Vv(e){let t=L_(e.pluralIndex)?e.pluralIndex:-1;return L_(e.named?.count)?e.named.count:L_(e.named?.n)?e.named.n:t}function Hv(e={}){let t=e.locale,n=Vv(e),r=W(t)&&e.pluralRules&&U(q_(e.pluralRules,t))?e.pluralRules[t]:Bv,i=r===Bv?void 0:Bv,a=e=>e[r(n,e.length,i)],o=e.list||[],s=e=>o[e],c=e.named||V(),l=L_(e.pluralIndex),u=t=>{let n=J_(t)?q_(c,t):c[t];return l&&!n&&(t===`count`||t===`n`)?e.pluralIndex:n};function d(t,n){return(U(e.messages)?e.messages(t,!!n):K(e.messages)?e.messages[t]:!1)||(e.parent?e.parent.message(t):Iv)}let f=t=>e.modifiers?q_(e.modifiers,t):Fv,p=U(e.processor?.normalize)?e.processor.normalize:Rv,m=U(e.processor?.interpolate)?e.processor.interpolate:zv,h={list:s,named:u,plural:a,linked:(e,...t)=>{let[n,r]=t,i=`text`,a=``;t.length===1?K(n)?(a=n.modifier||a,i=n.type||i):W(n)&&(a=n||a):t.length===2&&(W(n)&&(a=n||a),W(r)&&(i=r||i));let o=d(e,!0)(h),s=o===``||o===void 0?e:o,c=i===`vnode`&&H(s)&&a?s[0]:s;if(!a)return c;let l=f(a);return U(l)?l(c,i):c},message:d,type:W(e.processor?.type)?e.processor.type:Lv,interpolate:m,normalize:p,values:V_(V(),o,c,l?{count:u(`count`),n:u(`n`)}:{})};return h}var Uv=()=>``,Wv=e=>U(e),Gv=e=>W(e)||o0(e)||Wv(e);function Kv(e,...t){let{fallbackFormat:n,postTranslation:r,unresolving:i,messageCompiler:a,fallbackLocale:o,messages:s}=e,[c,l]=Zv(...t),u=G(l.missingWarn)?l.missingWarn:e.missingWarn,d=G(l.fallbackWarn)?l.fallbackWarn:e.fallbackWarn,f=G(l.escapeParameter)?l.escapeParameter:e.escapeParameter,p=!!l.resolvedMessage,m=W(l.default)||G(l.default)?G(l.default)?a?c:()=>c:l.default:n?a?c:()=>c:null,h=n||m!=null&&(W(m)||U(m)),g=I0(e,l);f&&qv(l);let[_,v,y]=p?[c,g,q_(s,g)||V()]:Jv(e,c,g,o,d,u),b=_,x=c;if(!p&&!Gv(b)&&h&&(b=m,x=b),!p&&(!Gv(b)||!W(v)))return i?-1:c;let S=!1,C=Wv(b)?b:Yv(e,c,v,b,x,()=>{S=!0});if(S)return b;let w=Xv(e,C,Hv($v(e,v,y,l))),T=r?r(w,c):w;return f&&W(T)&&(T=b1(T)),T}function qv(e){if(H(e.list)&&(e.list=e.list.map(e=>W(e)?t1(e):e)),K(e.named)){let t=e.named,n=V();for(let e of Object.keys(t)){let r=t[e];n[e]=W(r)?t1(r):r}e.named=n}}function Jv(e,t,n,r,i,a){let{messages:o,onWarn:s,messageResolver:c,localeFallbacker:l}=e,u=l(e,r,n),d=V(),f,p=null;for(let n=0;n<u.length&&(f=u[n],d=q_(o,f)||V(),(p=c(d,t))===null&&(p=q_(d,t)),!Gv(p));n++)if(!xv(f,u)){let n=_v(e,t,f,a,`translate`);n!==t&&(p=n)}return[p,f,d]}function Yv(e,t,n,r,i,a){let{messageCompiler:o,warnHtmlMessage:s}=e;if(Wv(r)){let e=r;return e.locale=e.locale||n,e.key=e.key||t,e}if(o==null){let e=(()=>r);return e.locale=n,e.key=t,e}let c=o(r,Qv(e,n,i,r,s,a));return c.locale=n,c.key=t,c.source=r,c}function Xv(e,t,n){return t(n)}function Zv(...e){let[t,n,r]=e,i=V();if(!W(t)&&!L_(t)&&!Wv(t)&&!o0(t))throw F0(P0.INVALID_ARGUMENT);let a=L_(t)?String(t):(Wv(t),t);return L_(n)?i.plural=n:W(n)?i.default=n:q(n)&&!B_(n)?i.named=n:H(n)&&(i.list=n),L_(r)?i.plural=r:W(r)?i.default=r:q(r)&&V_(i,r),[a,i]}function Qv(e,t,n,r,i,a){return{locale:t,key:n,warnHtmlMessage:i,onError:e=>{throw a&&a(e),e},onCacheKey:e=>F_(t,n,e)}}function $v(e,t,n,r){let{modifiers:i,pluralRules:a,messageResolver:o,fallbackLocale:s,fallbackWarn:c,missingWarn:l,fallbackContext:u}=e,d={locale:t,modifiers:i,pluralRules:a,messages:(r,i)=>{let a=o(n,r);if(a==null&&(u||i)){let[n,,i]=Jv(u||e,r,t,s,c,l);a=n??o(i,r)}if(W(a)||o0(a)){let n=!1,i=Yv(e,r,t,a,r,()=>{n=!0});return n?Uv:i}return Wv(a)?a:Uv}};return e.processor&&(d.processor=e.processor),r.list&&(d.list=r.list),r.named&&(d.named=r.named),L_(r.plural)&&(d.pluralIndex=r.plural),d}a0();var ey=`11.4.18`;function ty(){typeof __VUE_I18N_FULL_INSTALL__!=`boolean`&&(W_().__VUE_I18N_FULL_INSTALL__=!0),typeof __INTLIFY_DROP_MESSAGE_COMPILER__!=`boolean`&&(W_().__INTLIFY_DROP_MESSAGE_COMPILER__=!1)}var Y={UNEXPECTED_RETURN_TYPE:24,INVALID_ARGUMENT:25,MUST_BE_CALL_SETUP_TOP:26,NOT_INSTALLED:27,REQUIRED_VALUE:28,INVALID_VALUE:29,CANNOT_SETUP_VUE_DEVTOOLS_PLUGIN:30,NOT_INSTALLED_WITH_PROVIDE:31,UNEXPECTED_ERROR:32,NOT_COMPATIBLE_LEGACY_VUE_I18N:33,NOT_AVAILABLE_COMPOSITION_IN_LEGACY:34};function ny(e,...t){return T1(e,null,void 0)}Y.UNEXPECTED_RETURN_TYPE,Y.INVALID_ARGUMENT,Y.MUST_BE_CALL_SETUP_TOP,Y.NOT_INSTALLED,Y.UNEXPECTED_ERROR,Y.REQUIRED_VALUE,Y.INVALID_VALUE,Y.CANNOT_SETUP_VUE_DEVTOOLS_PLUGIN,Y.NOT_INSTALLED_WITH_PROVIDE,Y.NOT_COMPATIBLE_LEGACY_VUE_I18N,Y.NOT_AVAILABLE_COMPOSITION_IN_LEGACY;var ry=P_(`__translateVNode`),iy=P_(`__datetimeParts`),ay=P_(`__numberParts`),oy=P_(`__setPluralRules`);P_(`__intlifyMeta`);var sy=P_(`__injectWithOption`),cy=P_(`__dispose`),ly={FALLBACK_TO_ROOT:10,NOT_FOUND_PARENT_SCOPE:11,IGNORE_OBJ_FLATTEN:12,DEPRECATE_LEGACY_MODE:13,DEPRECATE_TRANSLATE_CUSTOME_DIRECTIVE:14,DUPLICATE_USE_I18N_CALLING:15,IGNORE_UNSAFE_LOCALE:16};ly.FALLBACK_TO_ROOT,ly.NOT_FOUND_PARENT_SCOPE,ly.IGNORE_OBJ_FLATTEN,ly.DEPRECATE_LEGACY_MODE,ly.DEPRECATE_TRANSLATE_CUSTOME_DIRECTIVE,ly.DUPLICATE_USE_I18N_CALLING,ly.IGNORE_UNSAFE_LOCALE;var uy=null;{let e=W_().__VUE_INSTANCE_SETTERS__;H(e)&&e.push(e=>{uy=e})}function dy(e){return!!J_(e)}function fy(e){if(!K(e)||o0(e))return e;for(let t in e)if(K_(e,t)){if(!t.includes(`.`))K(e[t])&&fy(e[t]);else{let n=t.split(`.`),r=n.length-1,i=e,a=!1;for(let e=0;e<r;e++){if(n[e]===`__proto__`)throw Error(`unsafe key: ${n[e]}`);if(n[e]in i||(i[n[e]]=V()),!K(i[n[e]])||o0(i[n[e]])&&(w0.includes(n[e+1])||n[e+1]===`cacheKey`)){a=!0;break}i=i[n[e]]}a||(i[n[r]]=e[t],delete e[t]);let o=i[n[r]];K(o)&&fy(o)}}return e}function py(e,t){let{messages:n,__i18n:r,messageResolver:i,flatJson:a}=t,o=q(n)?n:H(r)?V():{[e]:V()};if(H(r)&&r.forEach(e=>{if(`locale`in e&&`resource`in e){let{locale:t,resource:n}=e;if(t){if(dy(t))return;o[t]=q_(o,t)||V(),S1(n,o[t])}else S1(n,o)}else W(e)&&S1(JSON.parse(e),o)}),i==null&&a)for(let e in o)K_(o,e)&&fy(o[e]);return o}function my(e){return e.type}function hy(e,t,n){let r=K(t.messages)?t.messages:V();`__i18nGlobal`in n&&(r=py(e.locale.value,{messages:r,__i18n:n.__i18nGlobal}));let i=Object.keys(r);if(i.length&&i.forEach(t=>{e.mergeLocaleMessage(t,r[t])}),K(t.datetimeFormats)){let n=Object.keys(t.datetimeFormats);n.length&&n.forEach(n=>{e.mergeDateTimeFormat(n,t.datetimeFormats[n])})}if(K(t.numberFormats)){let n=Object.keys(t.numberFormats);n.length&&n.forEach(n=>{e.mergeNumberFormat(n,t.numberFormats[n])})}}function gy(e){return L(qa,null,e,0)}function _y(){return uy??Eo()}var vy=()=>[],yy=()=>!1,by=0;function xy(e){return((t,n,r,i)=>e(n,r,_y()||void 0,i))}function Sy(e={}){let{__root:t,__injectWithOption:n}=e,r=t===void 0,i=e.flatJson,a=N_?vt:yt,o=!G(e.inheritLocale)||e.inheritLocale,s=a(t&&o?t.locale.value:W(e.locale)?e.locale:nv),c=a(t&&o?t.fallbackLocale.value:W(e.fallbackLocale)||H(e.fallbackLocale)||q(e.fallbackLocale)||e.fallbackLocale===!1?e.fallbackLocale:s.value),l=a(py(s.value,e)),u=a(q(e.datetimeFormats)?e.datetimeFormats:{[s.value]:{}}),d=a(q(e.numberFormats)?e.numberFormats:{[s.value]:{}}),f=t?t.missingWarn:G(e.missingWarn)||z_(e.missingWarn)?e.missingWarn:!0,p=t?t.fallbackWarn:G(e.fallbackWarn)||z_(e.fallbackWarn)?e.fallbackWarn:!0,m=t?t.fallbackRoot:!G(e.fallbackRoot)||e.fallbackRoot,h=!!e.fallbackFormat,g=U(e.missing)?e.missing:null,_=U(e.missing)?xy(e.missing):null,v=U(e.postTranslation)?e.postTranslation:null,y=t?t.warnHtmlMessage:!G(e.warnHtmlMessage)||e.warnHtmlMessage,b=!!e.escapeParameter,x=t?t.modifiers:q(e.modifiers)?e.modifiers:{},S=e.pluralRules||t&&t.pluralRules,C;C=(()=>{r&&fv(null);let t={version:ey,locale:s.value,fallbackLocale:c.value,messages:l.value,modifiers:x,pluralRules:S,missing:_===null?void 0:_,missingWarn:f,fallbackWarn:p,fallbackFormat:h,unresolving:!0,postTranslation:v===null?void 0:v,warnHtmlMessage:y,escapeParameter:b,messageResolver:e.messageResolver,messageCompiler:e.messageCompiler,__meta:{framework:`vue`}};t.datetimeFormats=u.value,t.numberFormats=d.value;let n=hv(t);return r&&fv(n),n})(),yv(C,s.value,c.value);function w(){return[s.value,c.value,l.value,u.value,d.value]}let T=R({get:()=>s.value,set:e=>{C.locale=e,s.value=e}});function E(e){r||(C.fallbackContext=pv());try{return e()}finally{r||(C.fallbackContext=void 0)}}function ee(e){E(()=>yv(C,s.value,e))}let D=R({get:()=>c.value,set:e=>{c.value=e,C.fallbackLocale=c.value,ee(c.value)}}),te=R(()=>l.value),ne=R(()=>u.value),O=R(()=>d.value);function re(){return U(v)?v:null}function ie(e){v=e,C.postTranslation=e}function ae(){return g}function oe(e){e!==null&&(_=xy(e)),g=e,C.missing=_}let se=(e,n,r,i,a,o)=>{w();let s;try{s=E(()=>e(C))}finally{}if(r!==`translate exists`&&L_(s)&&s===-1||r===`translate exists`&&!s){let[e,r]=n();return t&&m?i(t):a(e)}if(o(s))return s;throw ny(Y.UNEXPECTED_RETURN_TYPE)};function ce(...e){return se(t=>Reflect.apply(Kv,null,[t,...e]),()=>Zv(...e),`translate`,t=>Reflect.apply(t.t,t,[...e]),e=>e,e=>W(e))}function le(e){return e.map(e=>W(e)||L_(e)||G(e)?gy(String(e)):e)}let ue={normalize:le,interpolate:e=>e,type:`vnode`};function de(e){S=e,C.pluralRules=S}function k(e,t){let n=pe(e),r=C.messageResolver(n,t);return r===null?q_(n,t):r}function fe(e){let t=null,n=C.localeFallbacker(C,c.value,s.value);for(let r=0;r<n.length;r++){let i=k(n[r],e);if(i!=null){t=i;break}}return t}function pe(e){return q_(l.value,e)||{}}function me(e,t){dy(e)||(i&&fy(t),l.value[e]=t,C.messages=l.value)}function he(e,t){dy(e)||(l.value[e]=q_(l.value,e)||{},i&&fy(t),S1(t,l.value[e]),C.messages=l.value)}by++,fr(c,()=>ee(c.value),{deep:!0,flush:`sync`}),t&&N_&&(fr(t.locale,e=>{o&&(s.value=e,C.locale=e,yv(C,s.value,c.value))}),fr(t.fallbackLocale,e=>{o&&(c.value=e,C.fallbackLocale=c.value,yv(C,s.value,c.value))}));let A={id:by,locale:T,fallbackLocale:D,get inheritLocale(){return o},set inheritLocale(e){o=e,e&&t&&(T.value=t.locale.value,D.value=t.fallbackLocale.value)},get availableLocales(){return Object.keys(l.value).sort()},messages:te,get modifiers(){return x},get pluralRules(){return S||{}},get isGlobal(){return r},get missingWarn(){return f},set missingWarn(e){f=e,C.missingWarn=f},get fallbackWarn(){return p},set fallbackWarn(e){p=e,C.fallbackWarn=p},get fallbackRoot(){return m},set fallbackRoot(e){m=e},get fallbackFormat(){return h},set fallbackFormat(e){h=e,C.fallbackFormat=h},get warnHtmlMessage(){return y},set warnHtmlMessage(e){y=e,C.warnHtmlMessage=e},get escapeParameter(){return b},set escapeParameter(e){b=e,C.escapeParameter=e},t:ce,getLocaleMessage:pe,setLocaleMessage:me,mergeLocaleMessage:he,getPostTranslationHandler:re,setPostTranslationHandler:ie,getMissingHandler:ae,setMissingHandler:oe,[oy]:de};return A.datetimeFormats=ne,A.numberFormats=O,A.rt=function(...e){let[t,n,r]=e;if(r&&!K(r))throw ny(Y.INVALID_ARGUMENT);return ce(t,n,V_({resolvedMessage:!0},r||{}))},A.te=function(e,t){return se(()=>{if(!e)return!1;let n=W(t)?t:s.value,r=W(t)?[n]:C.localeFallbacker(C,c.value,n);for(let t=0;t<r.length;t++)if(Gv(k(r[t],e)))return!0;return!1},()=>[e],`translate exists`,n=>Reflect.apply(n.te,n,[e,t]),yy,e=>G(e))},A.tm=function(e){return fe(e)??(t&&t.tm(e)||{})},A.d=function(...e){return se(t=>Reflect.apply(Dv,null,[t,...e]),()=>kv(...e),`datetime format`,t=>Reflect.apply(t.d,t,[...e]),()=>``,e=>W(e)||H(e))},A.n=function(...e){return se(t=>Reflect.apply(jv,null,[t,...e]),()=>Nv(...e),`number format`,t=>Reflect.apply(t.n,t,[...e]),()=>``,e=>W(e)||H(e))},A.getDateTimeFormat=function(e){return q_(u.value,e)||{}},A.setDateTimeFormat=function(e,t){dy(e)||(u.value[e]=t,C.datetimeFormats=u.value,Av(C,e,t))},A.mergeDateTimeFormat=function(e,t){dy(e)||(u.value[e]=V_(q_(u.value,e)||{},t),C.datetimeFormats=u.value,Av(C,e,t))},A.getNumberFormat=function(e){return q_(d.value,e)||{}},A.setNumberFormat=function(e,t){dy(e)||(d.value[e]=t,C.numberFormats=d.value,Pv(C,e,t))},A.mergeNumberFormat=function(e,t){dy(e)||(d.value[e]=V_(q_(d.value,e)||{},t),C.numberFormats=d.value,Pv(C,e,t))},A[sy]=n,A[ry]=function(...e){return se(t=>{let n,r=t;try{r.processor=ue,n=Reflect.apply(Kv,null,[r,...e])}finally{r.processor=null}return n},()=>Zv(...e),`translate`,t=>t[ry](...e),e=>[gy(e)],e=>H(e))},A[iy]=function(...e){return se(t=>Reflect.apply(Dv,null,[t,...e]),()=>kv(...e),`datetime format`,t=>t[iy](...e),vy,e=>W(e)||H(e))},A[ay]=function(...e){return se(t=>Reflect.apply(jv,null,[t,...e]),()=>Nv(...e),`number format`,t=>t[ay](...e),vy,e=>W(e)||H(e))},A}var Cy={tag:{type:[String,Object]},locale:{type:String},scope:{type:String,validator:e=>e===`parent`||e===`global`,default:`parent`},i18n:{type:Object}};function wy({slots:e},t){return t.length===1&&t[0]==="default"?(e.default?e.default():[]).reduce((e,t)=>[...e,...t.type===Ka?t.children:[t]],[]):t.reduce((t,n)=>{let r=e[n];return r&&(t[n]=r()),t},V())}function Ty(){return Ka}var Ey=Gr({name:`i18n-t`,props:V_({keypath:{type:String,required:!0},plural:{type:[Number,String],validator:e=>L_(e)||!isNaN(e)}},Cy),setup(e,t){let{slots:n,attrs:r}=t,i=e.i18n||Ly({useScope:e.scope,__useComponent:!0});return()=>{let a=()=>{let r=Object.keys(n).filter(e=>e[0]!==`_`),a=V();e.locale&&(a.locale=e.locale),e.plural!==void 0&&(a.plural=W(e.plural)?+e.plural:e.plural);let o=wy(t,r);return i[ry](e.keypath,o,a)},o=V_(V(),r),s=W(e.tag)||K(e.tag)?e.tag:Ty();return K(s)?Uo(s,o,{default:a}):Uo(s,o,a())}}});function Dy(e){return H(e)&&!W(e[0])}function Oy(e,t,n,r){let{slots:i,attrs:a}=t;return()=>{let t=()=>{let t={part:!0},a=V();e.locale&&(t.locale=e.locale),W(e.format)?t.key=e.format:K(e.format)&&(W(e.format.key)&&(t.key=e.format.key),a=Object.keys(e.format).reduce((t,r)=>n.includes(r)?V_(V(),t,{[r]:e.format[r]}):t,V()));let o=r(e.value,t,a),s=[t.key];return H(o)?s=o.map((e,t)=>{let n=i[e.type],r=n?n({[e.type]:e.value,index:t,parts:o}):[e.value];return Dy(r)&&(r[0].key=`${e.type}-${t}`),r}):W(o)&&(s=[o]),s},o=V_(V(),a),s=W(e.tag)||K(e.tag)?e.tag:Ty();return K(s)?Uo(s,o,{default:t}):Uo(s,o,t())}}var ky=Gr({name:`i18n-n`,props:V_({value:{type:Number,required:!0},format:{type:[String,Object]}},Cy),setup(e,t){let n=e.i18n||Ly({useScope:e.scope,__useComponent:!0});return Oy(e,t,Mv,(...e)=>n[ay](...e))}});function Ay(e,t){let n=e;if(e.mode===`composition`)return n.__getInstance(t)||e.global;{let r=n.__getInstance(t);return r==null?e.global.__composer:r.__composer}}function jy(e){let t=t=>{let{instance:n,value:r}=t;if(!n||!n.$)throw ny(Y.UNEXPECTED_ERROR);let i=Ay(e,n.$),a=My(r);return[Reflect.apply(i.t,i,[...Ny(a)]),i]};return{created:(e,n)=>{let[r,i]=t(n);N_&&(e.__i18nWatcher=fr(i.locale,()=>{n.instance&&n.instance.$forceUpdate()})),e.__composer=i,e.textContent=r},unmounted:e=>{N_&&e.__i18nWatcher&&(e.__i18nWatcher(),e.__i18nWatcher=void 0,delete e.__i18nWatcher),e.__composer&&(e.__composer=void 0,delete e.__composer)},beforeUpdate:(e,{value:t})=>{if(e.__composer){let n=e.__composer,r=My(t);e.textContent=Reflect.apply(n.t,n,[...Ny(r)])}},getSSRProps:e=>{let[n]=t(e);return{textContent:n}}}}function My(e){if(W(e))return{path:e};if(q(e)){if(!(`path`in e))throw ny(Y.REQUIRED_VALUE,`path`);return e}throw ny(Y.INVALID_VALUE)}function Ny(e){let{path:t,locale:n,args:r,choice:i,plural:a}=e,o={},s=r||{};return W(n)&&(o.locale=n),L_(i)&&(o.plural=i),L_(a)&&(o.plural=a),[t,s,o]}function Py(e,t,...n){let r=q(n[0])?n[0]:{};(!G(r.globalInstall)||r.globalInstall)&&([Ey.name,`I18nT`].forEach(t=>e.component(t,Ey)),[ky.name,`I18nN`].forEach(t=>e.component(t,ky)),[Jy.name,`I18nD`].forEach(t=>e.component(t,Jy))),e.directive(`t`,jy(t))}var Fy=P_(`global-vue-i18n`);function Iy(e={}){let t=!G(e.globalInjection)||e.globalInjection,n=new Map,[r,i]=Ry(e,!1),a=P_(``);function o(e){return n.get(e)||null}function s(e,t){n.set(e,t)}function c(e){n.delete(e)}let l={get mode(){return`composition`},install(e,...n){if(e.__VUE_I18N_SYMBOL__=a,e.provide(e.__VUE_I18N_SYMBOL__,l),q(n[0])){let e=n[0];l.__composerExtend=e.__composerExtend,l.__vueI18nExtend=e.__vueI18nExtend}let r=null;t&&(r=qy(e,l.global)),__VUE_I18N_FULL_INSTALL__&&Py(e,l,...n);let i=e.unmount;e.unmount=()=>{r&&r(),l.dispose(),i()}},get global(){return i},dispose(){r.stop()},__instances:n,__getInstance:o,__setInstance:s,__deleteInstance:c};return l}function Ly(e={}){let t=_y();if(t==null)throw ny(Y.MUST_BE_CALL_SETUP_TOP);if(!t.isCE&&t.appContext.app!=null&&!t.appContext.app.__VUE_I18N_SYMBOL__)throw ny(Y.NOT_INSTALLED);let n=zy(t),r=Vy(n),i=my(t),a=By(e,i);if(a===`global`)return hy(r,e,i),r;if(a===`parent`){let i=Hy(n,t,e.__useComponent);return i??=r,i}if(a===`isolated`){if(n.mode!==`composition`)throw ny(Y.NOT_AVAILABLE_COMPOSITION_IN_LEGACY);let i=n,a=V_({},e);a.__root=Hy(n,t)||r;let o=Sy(a);return i.__composerExtend&&(o[cy]=i.__composerExtend(o)),w()&&T(()=>{let e=o[cy];e&&(e(),delete o[cy])}),o}let o=n,s=o.__getInstance(t);if(s==null){let n=V_({},e);`__i18n`in i&&(n.__i18n=i.__i18n),r&&(n.__root=r),s=Sy(n),o.__composerExtend&&(s[cy]=o.__composerExtend(s)),Wy(o,t,s),o.__setInstance(t,s)}return s}function Ry(e,t){let n=C(),r=n.run(()=>Sy(e));if(r==null)throw ny(Y.UNEXPECTED_ERROR);return[n,r]}function zy(e){let t=sr(e.isCE?Fy:e.appContext.app.__VUE_I18N_SYMBOL__);if(!t)throw ny(e.isCE?Y.NOT_INSTALLED_WITH_PROVIDE:Y.UNEXPECTED_ERROR);return t}function By(e,t){return B_(e)?`__i18n`in t?`local`:`global`:e.useScope?e.useScope:`local`}function Vy(e){return e.mode===`composition`?e.global:e.global.__composer}function Hy(e,t,n=!1){let r=null,i=t.root,a=Uy(t,n);for(;a!=null;){let t=e;if(e.mode===`composition`&&(r=t.__getInstance(a)),r!=null||i===a)break;a=a.parent}return r}function Uy(e,t=!1){return e==null?null:t&&e.vnode.ctx||e.parent}function Wy(e,t,n){di(()=>{},t),hi(()=>{let r=n;e.__deleteInstance(t);let i=r[cy];i&&(i(),delete r[cy])},t)}var Gy=[`locale`,`fallbackLocale`,`availableLocales`],Ky=[`t`,`rt`,`d`,`n`,`tm`,`te`];function qy(e,t){let n=Object.create(null);return Gy.forEach(e=>{let r=Object.getOwnPropertyDescriptor(t,e);if(!r)throw ny(Y.UNEXPECTED_ERROR);let i=_t(r.value)?{get(){return r.value.value},set(e){r.value.value=e}}:{get(){return r.get&&r.get()}};Object.defineProperty(n,e,i)}),e.config.globalProperties.$i18n=n,Ky.forEach(n=>{let r=Object.getOwnPropertyDescriptor(t,n);if(!r||!r.value)throw ny(Y.UNEXPECTED_ERROR);Object.defineProperty(e.config.globalProperties,`$${n}`,r)}),()=>{delete e.config.globalProperties.$i18n,Ky.forEach(t=>{delete e.config.globalProperties[`$${t}`]})}}var Jy=Gr({name:`i18n-d`,props:V_({value:{type:[Number,Date],required:!0},format:{type:[String,Object]}},Cy),setup(e,t){let n=e.i18n||Ly({useScope:e.scope,__useComponent:!0});return Oy(e,t,Ov,(...e)=>n[iy](...e))}});ty(),ov(N0),cv($0),uv(B0);var Yy=Gr({__name:`App`,setup(e){let{locale:t}=Ly(),n=R(()=>t.value===`en`?M_:Tg);return(e,t)=>{let r=xi(`RouterView`);return Qa(),io(St(A_),{"global-config":n.value},{default:rr(()=>[L(r)]),_:1},8,[`global-config`])}}}),Xy=`X-CSRF-Token`;function Zy(e=document.cookie){for(let t of e.split(`;`)){let[e,...n]=t.trim().split(`=`);if(e===`voc_csrf`)return decodeURIComponent(n.join(`=`))}return null}function Qy(){let e=Zy();return e?{[Xy]:e}:{}}var $y=class extends Error{code;status;field;retryAfter;constructor(e,t,n={}){super(t),this.name=`ApiError`,this.code=e,this.status=n.status??0,this.field=n.field??null,this.retryAfter=n.retryAfter??null}};function e2(e,t){return e instanceof $y&&(t===void 0||e.code===t)}var t2={401:`UNAUTHENTICATED`,403:`FORBIDDEN`,404:`NOT_FOUND`,413:`VALIDATION`,429:`RATE_LIMITED`};async function n2(e){let t={};try{t=await e.json()}catch{}let n=Number(e.headers.get(`retry-after`));return new $y(typeof t.error==`string`?t.error:t2[e.status]??(e.status>=500?`UNAVAILABLE`:`HTTP_`+e.status),typeof t.message==`string`?t.message:e.statusText,{status:e.status,field:typeof t.field==`string`?t.field:null,retryAfter:Number.isFinite(n)&&n>0?n:null})}function r2(e){return new $y(`NETWORK`,e instanceof Error?e.message:String(e))}var i2=()=>{};function a2(e){i2=e}async function o2(e,t,n={}){let r;try{r=await fetch(`/graphql`,{method:`POST`,credentials:`same-origin`,headers:{"content-type":`application/json`,accept:`application/json`,...Qy()},body:JSON.stringify({query:e.toString(),variables:t}),signal:n.signal})}catch(e){throw e instanceof DOMException&&e.name===`AbortError`?e:r2(e)}let i=null;try{i=await r.clone().json()}catch{i=null}let a=i?.errors?.[0];if(!r.ok&&!a)throw await n2(r);if(a){let e=a.extensions?.code??(r.status===401?`UNAUTHENTICATED`:`INTERNAL`);throw e===`UNAUTHENTICATED`&&i2(),new $y(e,a.message,{status:r.status})}if(r.status===401&&i2(),!i?.data)throw new $y(`INTERNAL`,`empty answer`,{status:r.status});return i.data}var s2={accounts:{title:`客户健康`,lead:`每个客户账户的健康分（0-100）按健康模型每天计算：使用、活跃、NPS、CSAT、情绪、投诉和响应等。`,bands:{HEALTHY:`健康`,WATCH:`关注`,AT_RISK:`风险`,CRITICAL:`危险`},stages:{ONBOARDING:`上线中`,ACTIVE:`使用中`,RENEWAL:`续约期`,CHURNED:`已流失`},distribution:`健康分布`,distributionOf:`{band}：{n} 个账户`,unscored:`未评分 {n}`,mrrAtRisk:`风险 MRR`,mrrAtRiskHint:`“风险”和“危险”账户的 MRR 合计`,all:`全部`,band:`健康等级`,anyBand:`全部等级`,order:`排序`,orders:{NAME:`名称`,SCORE_ASC:`健康分从低到高`,SCORE_DESC:`健康分从高到低`,SCORE_CHANGE_ASC:`30 天下降最多`,SCORE_CHANGE_DESC:`30 天上升最多`,MRR_DESC:`MRR 从高到低`,MRR_ASC:`MRR 从低到高`},renewal:`续约`,anyRenewal:`不限`,renewalWithin:`{days} 天内续约`,count:`共 {n} 个账户`,name:`账户`,score:`健康分`,change:`30 天变化`,changeHint:`现在的健康分减去 30 天前的健康分（与“30 天下降 / 上升最多”排序相同）`,noChange:`30 天前还没有评分`,mrr:`MRR`,renewalAt:`续约日期`,owner:`负责人`,stage:`阶段`,noOwner:`未分配`,noScore:`暂无数据`,emptyTitle:`还没有账户`,emptyBody:`通过 API 的 upsertAccounts 导入客户账户，并上报使用数据（recordAccountSignals），这里就会显示它们的健康分。`,emptyFiltered:`没有符合条件的账户。`,more:`加载更多`,back:`返回客户健康`,notFound:`找不到这个账户。`,gauge:`健康分 {score}（{band}）`,components:`健康分构成`,component:`指标`,componentNames:{usage:`使用率（活跃用户 / 席位）`,usage_trend:`使用趋势（近 7 天活跃用户对比一个月前）`,activity:`活跃度（距上次登录的天数）`,nps:`NPS（90 天，近期回答权重加倍）`,csat:`满意度（满意的占比，90 天，近期回答权重加倍）`,sentiment:`评论情感（90 天）`,complaints:`投诉（30 天内的工单，超时的计两次）`,responsiveness:`调研响应（回答数 / 展示次数，90 天）`},value:`取值`,points:`得分`,weight:`权重`,missing:`无数据（权重分给其他指标）`,evidence:`基于 {n} 条回答或评论；条数少时权重按比例减小`,trend:`健康分趋势`,trendChart:`{name} 最近的每日健康分`,noTrend:`还没有足够的每日记录。`,computedAt:`计算于 {at}`,externalId:`外部 ID`,attributes:`属性`,attributeNames:{plan:`套餐`,industry:`行业`,region:`地区`,size:`规模`,seats:`席位数`,mrr:`月经常性收入（MRR）`},answers:`回答（{n}）`,noAnswers:`这个账户的人还没有回答过问卷。`,openCase:`查看工单`,cases:`工单（{n}）`,noCases:`没有工单。`,breached:`已超时`,respondents:`联系人（{n}）`,noRespondents:`还没有属于这个账户的回答者。`}},c2={accounts:{title:`Customer health`,lead:`Each account’s health score (0-100) is computed daily from the health model: usage, activity, NPS, CSAT, sentiment, complaints and responsiveness.`,bands:{HEALTHY:`Healthy`,WATCH:`Watch`,AT_RISK:`At risk`,CRITICAL:`Critical`},stages:{ONBOARDING:`Onboarding`,ACTIVE:`Active`,RENEWAL:`Renewal`,CHURNED:`Churned`},distribution:`Health distribution`,distributionOf:`{band}: {n} accounts`,unscored:`{n} unscored`,mrrAtRisk:`MRR at risk`,mrrAtRiskHint:`The MRR of the at-risk and critical accounts`,all:`All`,band:`Band`,anyBand:`Any band`,order:`Order`,orders:{NAME:`Name`,SCORE_ASC:`Score, lowest first`,SCORE_DESC:`Score, highest first`,SCORE_CHANGE_ASC:`Largest 30-day drop`,SCORE_CHANGE_DESC:`Largest 30-day rise`,MRR_DESC:`MRR, highest first`,MRR_ASC:`MRR, lowest first`},renewal:`Renewal`,anyRenewal:`Any time`,renewalWithin:`Within {days} days`,count:`{n} account | {n} accounts`,name:`Account`,score:`Score`,change:`30-day change`,changeHint:`The score now minus the score 30 days before (what the 30-day drop / rise orders sort by)`,noChange:`Not scored 30 days ago`,mrr:`MRR`,renewalAt:`Renewal date`,owner:`Owner`,stage:`Stage`,noOwner:`Unassigned`,noScore:`No data yet`,emptyTitle:`No accounts yet`,emptyBody:`Import customer accounts through the API (upsertAccounts) and report their usage (recordAccountSignals): their health scores show here.`,emptyFiltered:`No accounts match.`,more:`Load more`,back:`Back to customer health`,notFound:`No such account.`,gauge:`Health score {score} ({band})`,components:`What makes the score`,component:`Component`,componentNames:{usage:`Usage (active users / seats)`,usage_trend:`Usage trend (active users, last 7 days vs a month before)`,activity:`Activity (days since last login)`,nps:`NPS (90 days, recent answers weigh double)`,csat:`CSAT % satisfied (90 days, recent answers weigh double)`,sentiment:`Comment sentiment (90 days)`,complaints:`Complaints (cases in 30 days, breached SLAs count twice)`,responsiveness:`Survey responsiveness (answers per display, 90 days)`},value:`Value`,points:`Points`,weight:`Weight`,missing:`No data (its weight spread over the others)`,evidence:`Based on {n} answers or comments; with fewer, it counts for less`,trend:`Score trend`,trendChart:`Daily health score of {name}`,noTrend:`Not enough daily scores yet.`,computedAt:`Computed {at}`,externalId:`External id`,attributes:`Attributes`,attributeNames:{plan:`Plan`,industry:`Industry`,region:`Region`,size:`Size`,seats:`Seats`,mrr:`MRR (monthly recurring revenue)`},answers:`Answers ({n})`,noAnswers:`Nobody of this account has answered a survey yet.`,openCase:`Open the case`,cases:`Cases ({n})`,noCases:`No cases.`,breached:`SLA breached`,respondents:`People ({n})`,noRespondents:`No respondents of this account yet.`}},l2={PROPOSED:`已提议`,UNDER_REVIEW:`评审中`,PLANNED:`已计划`,DECLINED:`已拒绝`,DUPLICATE:`重复`,IN_PROGRESS:`进行中`,ON_HOLD:`已搁置`,SHIPPED:`已上线`,VERIFYING:`验证中`,CLOSED_EFFECTIVE:`已关闭·有效`,CLOSED_INEFFECTIVE:`已关闭·无效`},u2={PROPOSED:`Proposed`,UNDER_REVIEW:`Under review`,PLANNED:`Planned`,DECLINED:`Declined`,DUPLICATE:`Duplicate`,IN_PROGRESS:`In progress`,ON_HOLD:`On hold`,SHIPPED:`Shipped`,VERIFYING:`Verifying`,CLOSED_EFFECTIVE:`Closed · effective`,CLOSED_INEFFECTIVE:`Closed · ineffective`},d2={actionsPage:{title:`改进行动`,intro:`把反复出现的问题变成改进行动，一路跟到效果被测出来。拖动卡片到另一列，或用卡片上的「移动到」菜单改变状态；只列出允许的目标。`,introReadOnly:`把反复出现的问题变成改进行动，一路跟到效果被测出来。你的角色只能查看。`,statuses:l2,verdicts:{EFFECTIVE:`有效`,INEFFECTIVE:`无效`,INSUFFICIENT_DATA:`数据不足`},filters:{owner:`负责人`,anyone:`所有人`,priority:`优先级`,anyPriority:`全部`,topic:`主题：{label}`,thisTopic:`所选主题`,clear:`清除`,clearAll:`清除筛选`},board:{moved:`「{title}」已移到「{status}」。`,emptyColumn:`暂无`,scrollHint:`看板比窗口宽，可横向滚动`,more:`还有 {n} 列`},card:{priority:`P{n}`,noOwner:`未指定负责人`,due:`截止 {date}`,overdue:`已逾期（截止 {date}）`,topics:`关联主题`,moveTo:`移动到…`,moveLabel:`把「{title}」移动到`},empty:{title:`还没有改进行动`,body:`在「主题」页选中反复出现的问题，点「创建改进行动」。`,toTopics:`去主题页`,filteredTitle:`没有符合筛选条件的行动`,filteredBody:`换一个负责人、优先级或主题，或清除筛选。`},detail:{back:`返回改进行动`,notFoundTitle:`找不到这个行动`,notFoundBody:`它可能不存在，或不属于你的组织。`,about:`内容`,description:`描述`,owner:`负责人`,priority:`优先级（1 最高）`,due:`截止日期`,verificationDays:`上线后验证天数`,save:`保存`,saved:`已保存。`,status:`状态`,statusNow:`当前状态：{status}`,chooseStatus:`选择新状态`,moveNote:`备注（可选）`,move:`更改状态`,final:`这个状态是终点，不能再移动。`,closeWithEvidence:`测得的效果建议：{verdict}。按效果关闭，或写明理由推翻。`,closeNoEvidence:`还没有测得的效果：只能写明理由推翻后关闭。`,override:`推翻测得的结论（管理员、分析师）`,overrideReason:`推翻的理由（1–500 字）`,reasonRequired:`请写明推翻的理由。`,overridden:`推翻结论的理由：`,duplicateOf:`已合并到：`,created:`创建`,planned:`计划`,shipped:`上线`,linkRequired:`请选择或填写要关联的对象。`,linked:`已关联。`,unlinked:`已取消关联：{name}。`,noteRequired:`请先写备注。`},effect:{title:`上线效果`,verdict:`建议结论`,windowOpen:`验证期尚未结束，按目前的数据计算。`,reasons:{FEW_ANALYSED_COMMENTS:`有一个时间窗内已分析的评论不足 {min} 条（上线前 {beforeAnalysed} 条，上线后 {afterAnalysed} 条）`,FEW_TOPIC_COMMENTS:`上线前关联主题的评论不足 {min} 条（{beforeComments} 条）`,SHARE_DROPPED:`关联主题的评论占比显著下降`,NPS_ROSE:`关联主题回答的 NPS 上升（95% 区间高于 0）`,NO_CHANGE:`评论占比没有显著下降，NPS 也没有上升`},windows:`之前：{beforeFrom}–{beforeTo}；之后：{afterFrom}–{afterTo}`,before:`上线前`,after:`上线后`,share:`主题评论占比`,shareChart:`主题评论占比：上线前后对比，含 95% 区间`,npsChart:`NPS：上线前后对比，含 95% 区间`,sentiment:`情感均值`,measure:`指标`,change:`变化`,test:`检验`,significant:`显著`,notSignificant:`不显著`,ci95:`差值 95% 区间 {interval}`,intervals:`竖线为 95% 区间。占比用双比例 z 检验；NPS 看差值的 95% 区间是否跨过 0。每个窗口至少需要 {n} 条评论才给出结论。`,pending:`上线 {days} 天后自动测量效果。`},baseline:{title:`基线（计划时）`,window:`{from}–{to}，共 {weeks} 周`,weekly:`每周评论数`,none:`行动进入「已计划」时记录基线。`},told:{title:`上线通知对象`,before:`行动上线时，以下受访者会被列入“问题已解决”的通知名单：`,shipped:`{date} 上线时，以下受访者已被列入“问题已解决”的通知名单：`,responses:`关联的 {n} 条反馈的受访者`,cases:`关联的 {n} 个跟进工单的受访者`,topics:`基线开始到上线期间，在关联的 {n} 个主题中留言的受访者`,how:`名单随“改进行动上线”事件通过 Webhook 发给你们的系统，由它联系客户。`},links:{title:`关联`,topics:`主题`,responses:`反馈（{n}）`,cases:`跟进工单`,retired:`已退役`,noTopics:`没有关联主题。`,noResponses:`没有关联反馈。`,noCases:`没有关联工单。`,noComment:`（无评论）`,owner:`负责人：{name}`,kind:`关联类型`,topic:`主题`,response:`反馈`,case:`工单`,chooseTopic:`选择主题`,id:`ID`,add:`关联`,unlink:`取消关联`,unlinkNamed:`取消关联「{name}」`},timeline:{title:`时间线`,system:`系统`,rule:`自动规则`,note:`添加备注`,addNote:`添加备注`},events:{created:`创建了行动`,status:`更改了状态`,owner:`更换了负责人`,title:`修改了标题`,description:`修改了描述`,priority:`修改了优先级`,due_at:`修改了截止日期`,verification_days:`修改了验证天数`,link:`添加了关联`,unlink:`取消了关联`,note:`添加了备注`,baseline:`记录了基线`,effect:`测量了效果`,verdict_overridden:`推翻了测得的结论`},refs:{Case:`工单 #{n}`,Response:`反馈 #{n}`,Topic:`主题 #{n}`}},loopPage:{title:`闭环`,intro:`内循环：每位不满意的客户是否被及时跟进；外循环：反复出现的问题是否被改进，并测出效果。`,kpis:`闭环指标`,contacted:`24 小时内联系的贬损者`,contactedHint:`贬损者工单中，开单 24 小时内首次联系的比例`,median:`首次联系中位时长`,medianHint:`从开单到首次联系`,hours:`{h} 小时`,open:`未结工单`,breached:`超出 SLA`,trend:`24 小时内联系率（按开单周）`,trendEmpty:`这段时间没有贬损者工单。`,trendTable:`查看数据表`,week:`周`,weeks:`范围`,weeksOption:`最近 {n} 周`,funnel:`改进行动漏斗`,funnelHint:`每个阶段：走到这一步的行动数（当前处于该状态的数）。`,reached:`{reached}（现 {now}）`,effective:`有效的改进行动`,effectiveAll:`已关闭·有效`,effectiveMeasured:`效果测得`,effectiveOverridden:`人工推翻`,effectiveHint:`“效果测得”按上线前后的数据判定有效；“人工推翻”由管理员或分析师写明理由后关闭。`,toBoard:`打开改进行动看板`,byTeam:`各团队的工单`,byAgent:`各坐席的工作量`,team:`团队`,agent:`坐席`,workload:`未结 / 上限`,ofCap:`{open} / {cap}`,away:`暂不接单`,noTeams:`还没有团队。管理员可以在设置中创建团队。`,noTeam:`无团队`,noTeamHint:`不属于任何团队的工单`,fallbackOwner:`兜底负责人：坐席都满额时接单，可超出上限`,warningsIncluded:`含客户预警 {n} 条`,warningsWhy:`客户经理是在岗坐席时，客户预警工单直接分给他，满额也照常分配`,noAgents:`团队里还没有坐席。`}},f2={actionsPage:{title:`Improvement actions`,intro:`Recurring problems become actions, followed until their effect is measured. Drag a card to another column, or use its "Move to" menu; only the allowed moves are offered.`,introReadOnly:`Recurring problems become actions, followed until their effect is measured. Your role can read them.`,statuses:u2,verdicts:{EFFECTIVE:`Effective`,INEFFECTIVE:`Ineffective`,INSUFFICIENT_DATA:`Not enough data`},filters:{owner:`Owner`,anyone:`Anyone`,priority:`Priority`,anyPriority:`Any`,topic:`Topic: {label}`,thisTopic:`the chosen topic`,clear:`Clear`,clearAll:`Clear the filters`},board:{moved:`“{title}” moved to {status}.`,emptyColumn:`None`,scrollHint:`Scroll sideways for the other columns`,more:`{n} more column | {n} more columns`},card:{priority:`P{n}`,noOwner:`No owner`,due:`Due {date}`,overdue:`Overdue (due {date})`,topics:`Linked topics`,moveTo:`Move to…`,moveLabel:`Move “{title}” to`},empty:{title:`No improvement actions yet`,body:`On the Topics page, select a recurring problem and choose "Create improvement action".`,toTopics:`Go to Topics`,filteredTitle:`No action matches the filters`,filteredBody:`Choose another owner, priority or topic, or clear the filters.`},detail:{back:`Back to improvement actions`,notFoundTitle:`Action not found`,notFoundBody:`It may not exist, or belong to another organisation.`,about:`About`,description:`Description`,owner:`Owner`,priority:`Priority (1 highest)`,due:`Due date`,verificationDays:`Days to verify after shipping`,save:`Save`,saved:`Saved.`,status:`Status`,statusNow:`Now: {status}`,chooseStatus:`Choose the new status`,moveNote:`Note (optional)`,move:`Change status`,final:`This status is final: the action cannot move on.`,closeWithEvidence:`The measured effect suggests: {verdict}. Close accordingly, or override with a reason.`,closeNoEvidence:`No measured effect yet: closing needs an override with a reason.`,override:`Override the measured verdict (admins, analysts)`,overrideReason:`Why (1–500 characters)`,reasonRequired:`Write why you override the verdict.`,overridden:`Verdict overridden because:`,duplicateOf:`Merged into:`,created:`Created`,planned:`Planned`,shipped:`Shipped`,linkRequired:`Choose or enter what to link.`,linked:`Linked.`,unlinked:`Unlinked: {name}.`,noteRequired:`Write the note first.`},effect:{title:`Effect of shipping`,verdict:`Suggested verdict`,windowOpen:`The verification window is still open: measured on the data so far.`,reasons:{FEW_ANALYSED_COMMENTS:`fewer than {min} analysed comments in a window (before {beforeAnalysed}, after {afterAnalysed})`,FEW_TOPIC_COMMENTS:`fewer than {min} comments in the linked topics before ({beforeComments})`,SHARE_DROPPED:`the linked topics’ share of comments dropped significantly`,NPS_ROSE:`the NPS of the linked topics’ responses rose (95% interval above 0)`,NO_CHANGE:`neither a significant drop in share nor a rise in NPS`},windows:`Before: {beforeFrom}–{beforeTo}; after: {afterFrom}–{afterTo}`,before:`Before`,after:`After`,share:`Topic share of comments`,shareChart:`Topic share of comments before and after shipping, with 95% intervals`,npsChart:`NPS before and after shipping, with 95% intervals`,sentiment:`Mean sentiment`,measure:`Measure`,change:`Change`,test:`Test`,significant:`significant`,notSignificant:`not significant`,ci95:`difference 95% interval {interval}`,intervals:`Whiskers are 95% intervals. Share: two-proportion z-test; NPS: whether the difference’s 95% interval excludes 0. Each window needs at least {n} comments for a verdict.`,pending:`Measured automatically {days} days after shipping.`},baseline:{title:`Baseline (when planned)`,window:`{from}–{to}, {weeks} weeks`,weekly:`Comments per week`,none:`The baseline is recorded when the action is planned.`},told:{title:`Who is told it shipped`,before:`When the action ships, these respondents are listed to be told it is fixed:`,shipped:`When it shipped on {date}, these respondents were listed to be told it is fixed:`,responses:`the respondents of the {n} linked responses`,cases:`the respondents of the {n} linked cases`,topics:`those who commented in the {n} linked topics from the baseline’s start until shipping`,how:`The list goes to your systems with the “Action shipped” webhook event; they contact the customers.`},links:{title:`Links`,topics:`Topics`,responses:`Responses ({n})`,cases:`Cases`,retired:`retired`,noTopics:`No linked topic.`,noResponses:`No linked response.`,noCases:`No linked case.`,noComment:`(no comment)`,owner:`Owner: {name}`,kind:`Link a`,topic:`Topic`,response:`Response`,case:`Case`,chooseTopic:`Choose a topic`,id:`ID`,add:`Link`,unlink:`Unlink`,unlinkNamed:`Unlink “{name}”`},timeline:{title:`Timeline`,system:`The system`,rule:`A rule`,note:`Add a note`,addNote:`Add note`},events:{created:`created the action`,status:`changed the status`,owner:`changed the owner`,title:`changed the title`,description:`changed the description`,priority:`changed the priority`,due_at:`changed the due date`,verification_days:`changed the verification days`,link:`linked`,unlink:`unlinked`,note:`added a note`,baseline:`recorded the baseline`,effect:`measured the effect`,verdict_overridden:`overrode the measured verdict`},refs:{Case:`case #{n}`,Response:`response #{n}`,Topic:`topic #{n}`}},loopPage:{title:`Loop`,intro:`The inner loop: is every unhappy customer followed up in time? The outer loop: are recurring problems fixed, with a measured effect?`,kpis:`Loop figures`,contacted:`Detractors contacted in 24\xA0h`,contactedHint:`Of the detractor cases, first contacted within 24\xA0h of opening`,median:`Median time to first contact`,medianHint:`From opening to first contact`,hours:`{h} h`,open:`Open cases`,breached:`SLA breached`,trend:`Contacted within 24\xA0h, by week opened`,trendEmpty:`No detractor case in these weeks.`,trendTable:`Show the table`,week:`Week`,weeks:`Range`,weeksOption:`Last {n} weeks`,funnel:`Improvement action funnel`,funnelHint:`Each stage: the actions that reached it (those in it now).`,reached:`{reached} (now {now})`,effective:`Effective improvement actions`,effectiveAll:`Closed · effective`,effectiveMeasured:`Measured`,effectiveOverridden:`Overridden`,effectiveHint:`"Measured": the data before and after shipping says effective; "Overridden": an admin or analyst closed it with a written reason.`,toBoard:`Open the action board`,byTeam:`Cases by team`,byAgent:`Workload by agent`,team:`Team`,agent:`Agent`,workload:`Open / cap`,ofCap:`{open} / {cap}`,away:`unavailable`,noTeams:`No team yet. Admins create teams in the settings.`,noTeam:`No team`,noTeamHint:`Cases in no team`,fallbackOwner:`Fallback owner: takes cases when every agent is full, over the cap`,warningsIncluded:`incl. {n} account warning | incl. {n} account warnings`,warningsWhy:`Account warnings go straight to the account’s manager when they are an active agent, even at their cap`,noAgents:`No agent in a team yet.`}},p2={casesPage:{title:`工单`,count:`共 {n} 个工单`,views:{label:`工单视图`,mine:`我的`,team:`我的团队`,unassigned:`未分配`,breached:`已超时`,warnings:`客户预警`,all:`全部`},noTeam:`你还不是任何团队的成员或组长。请管理员把你加入团队，或查看“全部”。`,noUser:`无法确定当前用户。`,readOnly:`你的角色只能查看工单，不能处理。`,live:`实时更新`,newCases:`新到 {n} 个工单`,filters:{label:`筛选工单`,any:`全部`,status:`状态`,survey:`问卷`,topic:`主题`,assignee:`处理人`,minScore:`最低分`,maxScore:`最高分`,scoreInvalid:`评分需为 0–10 的整数，且最低分不高于最高分。`,apply:`应用评分`,clear:`清除筛选`,open:`未结`,order:`排序`,orders:{urgency:`最紧急在前`,newest:`最新在前`}},statuses:{NEW:`新建`,ASSIGNED:`已分配`,IN_PROGRESS:`处理中`,WAITING_CUSTOMER:`等待客户回复`,RESOLVED:`已解决`,CLOSED:`已关闭`,CANCELLED:`已取消`},table:{caption:`工单列表，最新的在前`,captionUrgency:`工单列表，最紧急的在前（已超时的在最前，其次是截止时间最近的）`,select:`选择`,selectAll:`选择本页全部工单`,selectOne:`选择工单 {name}`,respondent:`受访者`,anonymous:`匿名受访者`,score:`评分`,comment:`评论`,noComment:`（无评论）`,topic:`主题`,status:`状态`,assignee:`处理人`,nobody:`未分配`,escalation:`升级`,sla:`SLA`},escalation:{0:`—`,1:`已通知组长`,2:`已通知管理员`},sla:{firstContact:`首次联系`,resolution:`解决`,left:`{clock}剩余 {time}`,over:`{clock}：已超时 {time}`,paused:`已暂停（等待客户）`,separator:`：`,leftShort:`剩余 {time}`,overShort:`已超时 {time}`,pausedShort:`已暂停`,none:`—`},bulk:{label:`批量分配`,selected:`已选 {n} 个`,agent:`分配给`,choose:`选择客服`,assign:`分配`,assigning:`正在分配…`,done:`已分配 {n} 个工单。`,failed:`{n} 个未能分配：{reason}`,clear:`取消选择`},pager:{label:`分页`,previous:`上一页`,next:`下一页`},empty:{noneTitle:`这里没有工单`,mine:`目前没有分配给你的工单。`,mineOpen:`目前没有分配给你的未结工单。`,robin:{turns:`自动规则开启的新工单会按轮询分配给团队中在岗的坐席，包括你；也可以在“未分配”里认领。`,away:`你在团队中标记为不在岗，轮询暂不给你分配新工单；也可以在“未分配”里认领。`,noTeam:`你还不在任何团队里，轮询不会给你分配工单。请管理员在“设置 → 团队与坐席”里把你加入团队；也可以在“未分配”里认领。`,notAgent:`工单只分配给客服坐席（轮询或手动），你的角色不会被分配。查看“全部”或“已超时”了解团队的工单。`},team:`你的团队目前没有工单。`,unassigned:`所有工单都已分配。`,breached:`没有超时的工单，做得好。`,warnings:`没有客户预警工单。客户的健康度下降、使用量下滑等预警会为其客户成功经理开出工单。`,all:`还没有工单。当受访者给出低分（NPS 0–6）时会自动创建工单；也可以在“反馈”页从一条回答手动创建。`,filteredTitle:`没有符合筛选条件的工单`,filteredBody:`换个筛选条件，或清除筛选。`,pastEnd:`这一页之后没有更多工单了。`},notFound:{title:`找不到这个工单`,body:`它可能属于其他组织，或链接有误。`,back:`返回工单列表`},detail:{title:`{name} 的工单`,back:`返回工单列表`,summary:`工单概况`,status:`状态`,team:`团队`,assignee:`处理人`,opened:`创建时间`,source:`来源`,sources:{rule:`自动规则`,manual:`手动创建`,warning:`客户预警`},firstContacted:`首次联系`,notYet:`尚未`,resolutionReason:`解决说明`,rootCause:`根因主题`,moves:`处理`,moveTo:`改为“{status}”`,reopen:`重新打开`,noMoves:`这个工单已结束，不能再更改状态。`,firstContactHint:`改为“{inProgress}”或“{waiting}”即记为已首次联系客户，首次联系时限随之停止：请在联系到客户后再改。`,moving:`正在更新…`,reasonTitle:`改为“{status}”`,reason:`解决说明`,reasonHint:`关闭时必须填写（解决时填写的说明会沿用）。最多 500 字。`,rootCauseTopic:`根因主题（可选）`,noTopic:`不指定`,confirm:`确认`,cancel:`取消`,refused:`无法更改状态：{message}`,assign:`分配`,assignTo:`分配给`,reassign:`转派`,agentLoad:`{name}（{open}/{cap}{full}{away}）`,away:`，不在岗`,atCap:`，已满`,overCap:`，超出上限`,pastCap:`{name}已有 {open} 个未结工单，上限 {cap} 个。仍要再分配 {n} 个给{name}吗？`,assignAnyway:`仍然分配`,whyOpened:`开启原因`,noAgents:`还没有客服。请管理员在设置中添加团队成员。`,assigning:`正在分配…`,assignFailed:`无法分配：{message}`,response:`回答`,survey:`问卷`,submitted:`提交时间`,analysis:`分析`,sentiment:`情感`,keywords:`关键词`,notAnalysed:`评论尚未分析。`,answers:`其他回答`,respondent:`受访者`,externalId:`外部 ID`,verified:`已验证身份`,unverified:`未验证身份`,attributes:`受访者属性`,noAttributes:`无属性`,earlier:`以往回答`,noEarlier:`这是该受访者的第一条回答。`,resurvey:`回访`,resurveyNone:`解决工单后会生成回访问卷链接，发给客户确认问题是否解决。`,resurveyLink:`回访链接`,copy:`复制链接`,copied:`已复制`,copyFailed:`无法复制，请手动选择链接复制。`,resurveyWaiting:`客户尚未回答回访问卷。`,resurveyAnswer:`客户的回访评分：{score}`,notes:`备注`,note:`添加备注`,addNote:`添加`,adding:`正在添加…`,noteRequired:`请填写备注内容。`,timeline:`处理记录`},warning:{label:`客户预警`,mark:`预警`,reasonLine:`预警原因：{reason}`,noAccount:`（客户已不存在）`,title:`客户预警`,account:`客户`,owner:`客户成功经理`,renewal:`续约日期`,reason:`预警原因`,figures:`触发数据`,attributes:`账户属性`,noResurvey:`客户预警工单不发回访问卷（没有受访者）。`,triggers:{band_drop:`健康等级从“{from}”降到“{to}”，健康分 {score}。`,score_fall:`近期健康分均值 {score}，比 {days} 天前的 {score_before} 下降了 {fall} 分（下降 {points} 分及以上时预警）；当前等级“{band}”。`,no_login:`已连续 {days_without} 天无人登录，最后一次登录在 {last_login}（{days} 天及以上时预警）。`,usage_drop:`近 7 天的活跃用户比一个月前下降了 {fall_share}（下降超过 {share} 时预警）。`,renewal_risk:`{days_left} 天后（{renewal_at}）续约，健康等级却是“{band}”，健康分 {score}。`,complaints:`近 {days} 天有 {complaints} 个投诉工单（超过 {count} 个时预警）。`,churn_intent_stated:`这个客户的一位联系人在评论中明确表示要流失（如不再续费、已经卸载）。`,churn_intent_conditional:`这个客户的一位联系人在评论中以流失相威胁（如“再这样就不续费了”）。`},fields:{from:`原等级`,to:`新等级`,band:`健康等级`,score:`健康分`,score_before:`此前健康分`,fall:`下降分数`,points:`预警阈值（分）`,days:`规则天数`,days_without:`未登录天数`,days_left:`距续约天数`,complaints:`投诉工单数`,count:`预警阈值（个）`,change:`使用量变化`,share:`预警阈值`,last_login:`最后登录`,renewal_at:`续约日期`,signal:`流失信号`},signals:{stated:`明确表示`,conditional:`以流失相威胁`},viewResponse:`查看触发预警的回答`},ruleReason:{score:{atMost:`评分 {score} ≤ {threshold}`,atLeast:`评分 {score} ≥ {threshold}`},categories:{DETRACTOR:`贬损者`,PASSIVE:`中立者`,PROMOTER:`推荐者`},withCategory:`{text}（{category}）`,sentimentBelow:`评论情感 {value}，低于 {threshold} 的阈值`,sentimentAt:`评论情感 {value}，达到 {threshold} 的阈值`,rescored:`情感重新评分后开启（回答提交于 {submitted}）`,rescoredNoTime:`情感重新评分后开启`,short:{atMost:`评分 {score} ≤ {threshold}`,atLeast:`评分 {score} ≥ {threshold}`,sentiment:`评论情感 {value} ≤ {threshold}`,rescored:`{text}，重新评分后`}},reasons:{band_drop:`健康等级下降`,score_fall:`健康分下跌`,no_login:`长期未登录`,usage_drop:`使用量下降`,renewal_risk:`续约风险`,complaints:`投诉增多`,churn_intent:`流失意向`},trail:{system:`系统`,rule:`自动规则`,someone:`某人`,aTeam:`某团队`,aTopic:`某主题`,created:`{actor}创建了工单`,createdBecause:`{actor}创建了工单（{why}）`,status:`{actor}将状态从“{from}”改为“{to}”`,assigned:`{actor}将工单分配给{to}`,reassigned:`{actor}将工单从{from}转派给{to}`,team:`{actor}将工单分到团队“{to}”`,note:`{actor}添加了备注`,rootCause:`{actor}将根因主题记为“{to}”`,firstContact:`{actor}改为“{to}”，记为首次联系客户`,resurvey:`{actor}发出了回访问卷`,resurveySkipped:`客户预警工单没有受访者，未发回访问卷`,resurveyAnswered:`客户回答了回访问卷，评分 {score}`,breachContact:`首次联系超时`,breachResolve:`解决超时`,escalation:`升级到第 {level} 级`,other:`{actor}：{kind}`}}},m2={casesPage:{title:`Cases`,count:`{n} case | {n} cases`,views:{label:`Case views`,mine:`Mine`,team:`My team`,unassigned:`Unassigned`,breached:`Breached`,warnings:`Account warnings`,all:`All`},noTeam:`You are not a member or the lead of any team yet. Ask an admin to add you to one, or look at "All".`,noUser:`Who is signed in could not be told.`,readOnly:`Your role can read cases but not work them.`,live:`Live`,newCases:`{n} new case | {n} new cases`,filters:{label:`Filter cases`,any:`Any`,status:`Status`,survey:`Survey`,topic:`Topic`,assignee:`Assignee`,minScore:`Lowest score`,maxScore:`Highest score`,scoreInvalid:`Scores are whole numbers 0–10, the lowest not above the highest.`,apply:`Apply scores`,clear:`Clear filters`,open:`Open`,order:`Order`,orders:{urgency:`Most urgent first`,newest:`Newest first`}},statuses:{NEW:`New`,ASSIGNED:`Assigned`,IN_PROGRESS:`In progress`,WAITING_CUSTOMER:`Waiting on customer`,RESOLVED:`Resolved`,CLOSED:`Closed`,CANCELLED:`Cancelled`},table:{caption:`Cases, newest first`,captionUrgency:`Cases, most urgent first (breached first, then the nearest deadline)`,select:`Select`,selectAll:`Select every case on this page`,selectOne:`Select the case of {name}`,respondent:`Respondent`,anonymous:`Anonymous respondent`,score:`Score`,comment:`Comment`,noComment:`(no comment)`,topic:`Topic`,status:`Status`,assignee:`Assignee`,nobody:`Unassigned`,escalation:`Escalation`,sla:`SLA`},escalation:{0:`—`,1:`Team lead notified`,2:`Admins notified`},sla:{firstContact:`First contact`,resolution:`Resolution`,left:`{clock}: {time} left`,over:`{clock}: overdue by {time}`,paused:`Paused (waiting on customer)`,separator:`: `,leftShort:`{time} left`,overShort:`overdue by {time}`,pausedShort:`Paused`,none:`—`},bulk:{label:`Bulk assign`,selected:`{n} selected`,agent:`Assign to`,choose:`Choose an agent`,assign:`Assign`,assigning:`Assigning…`,done:`{n} case assigned. | {n} cases assigned.`,failed:`{n} not assigned: {reason}`,clear:`Clear selection`},pager:{label:`Pages`,previous:`Previous`,next:`Next`},empty:{noneTitle:`No cases here`,mine:`No case is assigned to you right now.`,mineOpen:`No open case is assigned to you right now.`,robin:{turns:`New cases the rules open are assigned in turn to the team’s available agents, you among them; you can also take one from "Unassigned".`,away:`You are marked away in your team, so the round robin gives you no new cases; you can still take one from "Unassigned".`,noTeam:`You are in no team yet, so the round robin gives you no cases. Ask an admin to add you to a team (Settings → Teams); you can also take one from "Unassigned".`,notAgent:`Cases go to agents only (in turn or by hand), so none are assigned to your role. "All" and "Breached" show the team’s cases.`},team:`Your team has no cases right now.`,unassigned:`Every case has someone working on it.`,breached:`No case has breached its SLA. Well done.`,warnings:`No account warnings. When an account’s health falls or its usage drops, a warning opens a case for its CS manager.`,all:`No cases yet. A case opens by itself when a respondent gives a low score (NPS 0–6); you can also open one from an answer on the Responses page.`,filteredTitle:`No case matches these filters`,filteredBody:`Try other filters, or clear them.`,pastEnd:`There are no more cases after this page.`},notFound:{title:`This case was not found`,body:`It may belong to another organisation, or the link is wrong.`,back:`Back to cases`},detail:{title:`Case of {name}`,back:`Back to cases`,summary:`Case summary`,status:`Status`,team:`Team`,assignee:`Assignee`,opened:`Opened`,source:`Source`,sources:{rule:`Automation rule`,manual:`Opened by hand`,warning:`Account warning`},firstContacted:`First contact`,notYet:`Not yet`,resolutionReason:`Resolution`,rootCause:`Root-cause topic`,moves:`Work the case`,moveTo:`Move to "{status}"`,reopen:`Reopen`,noMoves:`This case is finished: its status no longer changes.`,firstContactHint:`Moving to "{inProgress}" or "{waiting}" records the first contact with the customer and stops the first-contact clock: move once you have reached them.`,moving:`Updating…`,reasonTitle:`Move to "{status}"`,reason:`Resolution reason`,reasonHint:`Needed to close (the reason given when resolving carries over). At most 500 characters.`,rootCauseTopic:`Root-cause topic (optional)`,noTopic:`None`,confirm:`Confirm`,cancel:`Cancel`,refused:`The status could not change: {message}`,assign:`Assign`,assignTo:`Assign to`,reassign:`Reassign`,agentLoad:`{name} ({open}/{cap}{full}{away})`,away:`, away`,atCap:`, at cap`,overCap:`, over cap`,pastCap:`{name} has {open} open cases and a cap of {cap}. Give {name} {n} more anyway?`,assignAnyway:`Assign anyway`,whyOpened:`Why it opened`,noAgents:`There are no agents yet. Ask an admin to add team members in the settings.`,assigning:`Assigning…`,assignFailed:`Could not assign: {message}`,response:`Answer`,survey:`Survey`,submitted:`Submitted`,analysis:`Analysis`,sentiment:`Sentiment`,keywords:`Keywords`,notAnalysed:`The comment has not been analysed yet.`,answers:`Other answers`,respondent:`Respondent`,externalId:`External id`,verified:`Verified identity`,unverified:`Unverified identity`,attributes:`Respondent attributes`,noAttributes:`No attributes`,earlier:`Earlier answers`,noEarlier:`This is the respondent's first answer.`,resurvey:`Re-survey`,resurveyNone:`Resolving the case issues a re-survey link to send the customer, asking whether the problem is solved.`,resurveyLink:`Re-survey link`,copy:`Copy link`,copied:`Copied`,copyFailed:`Could not copy: select the link and copy it by hand.`,resurveyWaiting:`The customer has not answered the re-survey yet.`,resurveyAnswer:`The customer's re-survey score: {score}`,notes:`Notes`,note:`Add a note`,addNote:`Add`,adding:`Adding…`,noteRequired:`Write the note first.`,timeline:`Timeline`},warning:{label:`Account warning`,mark:`Warning`,reasonLine:`Warning: {reason}`,noAccount:`(account removed)`,title:`Account warning`,account:`Account`,owner:`CS manager`,renewal:`Renewal`,reason:`Reason`,figures:`What triggered it`,attributes:`Account attributes`,noResurvey:`Account warnings get no re-survey (there is no respondent).`,triggers:{band_drop:`The health band dropped from {from} to {to}, with a score of {score}.`,score_fall:`The recent mean score, {score}, is {fall} points below the {score_before} of {days} days earlier (the rule warns at a fall of {points} points or more); the band is now {band}.`,no_login:`Nobody has logged in for {days_without} days; the last login was on {last_login} (the rule warns at {days} days or more).`,usage_drop:`Active users over the last 7 days fell {fall_share} against a month before (the rule warns at a fall of more than {share}).`,renewal_risk:`It renews on {renewal_at} ({days_left} d after the warning) while its band is {band}, with a score of {score}.`,complaints:`Complaint cases in the last {days} days: {complaints} (the rule warns at more than {count}).`,churn_intent_stated:`One of the account’s people said in a comment that they are leaving (not renewing, uninstalled).`,churn_intent_conditional:`One of the account’s people threatened in a comment to leave (“if this goes on, we won’t renew”).`},fields:{from:`Band before`,to:`Band now`,band:`Band`,score:`Score`,score_before:`Score before`,fall:`Fall (points)`,points:`Threshold (points)`,days:`Rule’s days`,days_without:`Days without a login`,days_left:`Days to renewal`,complaints:`Complaint cases`,count:`Threshold (cases)`,change:`Usage change`,share:`Threshold`,last_login:`Last login`,renewal_at:`Renewal date`,signal:`Churn signal`},signals:{stated:`stated`,conditional:`a threat`},viewResponse:`Open the answer that triggered it`},ruleReason:{score:{atMost:`Score {score} ≤ {threshold}`,atLeast:`Score {score} ≥ {threshold}`},categories:{DETRACTOR:`detractor`,PASSIVE:`passive`,PROMOTER:`promoter`},withCategory:`{text} ({category})`,sentimentBelow:`Comment sentiment {value}, below the {threshold} threshold`,sentimentAt:`Comment sentiment {value}, at the {threshold} threshold`,rescored:`Opened when the sentiment was re-scored (answered {submitted})`,rescoredNoTime:`Opened when the sentiment was re-scored`,short:{atMost:`score {score} ≤ {threshold}`,atLeast:`score {score} ≥ {threshold}`,sentiment:`comment sentiment {value} ≤ {threshold}`,rescored:`{text}, after re-scoring`}},reasons:{band_drop:`Health band dropped`,score_fall:`Health score fell`,no_login:`No recent logins`,usage_drop:`Usage dropped`,renewal_risk:`Renewal at risk`,complaints:`More complaints`,churn_intent:`Intent to churn`},trail:{system:`The system`,rule:`The automation rule`,someone:`someone`,aTeam:`a team`,aTopic:`a topic`,created:`{actor} opened the case`,createdBecause:`{actor} opened the case ({why})`,status:`{actor} moved it from "{from}" to "{to}"`,assigned:`{actor} assigned it to {to}`,reassigned:`{actor} reassigned it from {from} to {to}`,team:`{actor} routed it to the team "{to}"`,note:`{actor} added a note`,rootCause:`{actor} recorded the root cause "{to}"`,firstContact:`{actor} recorded the first contact with the customer (the move to "{to}")`,resurvey:`{actor} sent the re-survey`,resurveySkipped:`No re-survey: an account warning has no respondent to ask`,resurveyAnswered:`The customer answered the re-survey: score {score}`,breachContact:`The first-contact SLA was breached`,breachResolve:`The resolution SLA was breached`,escalation:`Escalated to level {level}`,other:`{actor}: {kind}`}}},h2={distributions:{title:`邮件发送`,intro:`把问卷发到收件人的邮箱：每人一个专属链接，NPS、CSAT、CES 问卷可在邮件里一键打分；可设置提醒，退订会被遵守。`,empty:`还没有发送过邮件。`,inactive:`问卷发布后才能发送邮件。`,readOnly:`只有管理员和分析师可以发送邮件。`,status:{SCHEDULED:`已计划`,SENDING:`发送中`,SENT:`已发送`,CANCELLED:`已取消`},figures:{recipients:`收件人`,sent:`已发送`,failed:`失败`,clicked:`已点击`,answered:`已回答`,unsubscribed:`已退订`,rate:`回答率`},sendAt:`发送时间`,reminders:`提醒：{hours} 小时后，最多 {n} 次`,noReminders:`不提醒`,failedList:`发送失败的收件人`,cancel:`取消发送`,cancelled:`已取消：尚未发出的邮件不会再发送。`,form:{title:`新建发送`,recipients:`收件人`,recipientsHint:`每行一个：邮箱，或 邮箱,姓名；也可以粘贴带表头的 CSV（email、name、externalId、account，其余列作为属性）。`,upload:`上传 CSV 文件`,subject:`邮件主题（可选）`,body:`邮件正文（可选）`,templateHint:`可用占位符：{'{name}'}、{'{survey}'}、{'{link}'}。留空则使用问卷语言的默认文案。`,sendAt:`计划发送时间（{zone}；可选，留空立即发送）`,remindAfterHours:`未回答时多少小时后提醒`,maxReminders:`最多提醒次数`,submit:`发送`,sending:`正在创建…`,created:`已创建，共 {n} 位收件人。`,rowErrors:`有 {n} 处问题，没有创建任何发送：`}}},g2={distributions:{title:`E-mail distributions`,intro:`Send the survey to people’s inboxes: each gets a personal link, NPS, CSAT and CES surveys can be scored with one click in the mail, reminders are optional and unsubscribes are honoured.`,empty:`Nothing has been sent by e-mail yet.`,inactive:`Publish the survey to send it by e-mail.`,readOnly:`Only admins and analysts can send e-mails.`,status:{SCHEDULED:`Scheduled`,SENDING:`Sending`,SENT:`Sent`,CANCELLED:`Cancelled`},figures:{recipients:`Recipients`,sent:`Sent`,failed:`Failed`,clicked:`Clicked`,answered:`Answered`,unsubscribed:`Unsubscribed`,rate:`Response rate`},sendAt:`Send time`,reminders:`Reminders: after {hours} h, at most {n}`,noReminders:`No reminders`,failedList:`Recipients whose mail failed`,cancel:`Cancel sending`,cancelled:`Cancelled: mails not yet sent will not be sent.`,form:{title:`New distribution`,recipients:`Recipients`,recipientsHint:`One per line: e-mail, or e-mail,name; or paste a CSV with a header (email, name, externalId, account; other columns become attributes).`,upload:`Upload a CSV file`,subject:`Subject (optional)`,body:`Body (optional)`,templateHint:`Placeholders: {'{name}'}, {'{survey}'}, {'{link}'}. Left empty: the survey language’s default wording.`,sendAt:`Send at ({zone}; optional, empty: now)`,remindAfterHours:`Remind non-responders after (hours)`,maxReminders:`At most this many reminders`,submit:`Send`,sending:`Creating…`,created:`Created, {n} recipients.`,rowErrors:`Nothing was created. Problems found: {n}`}}},_2={settingsChannels:{title:`告警通知`,lead:`把工单、主题和改进行动的告警发到团队的企业微信、钉钉或飞书群机器人，或签名的 Webhook。每条消息的发送结果（含厂商返回的错误码）都记在发送记录里。`,kinds:{WECOM:`企业微信`,DINGTALK:`钉钉`,FEISHU:`飞书`,WEBHOOK:`Webhook`},eventNames:{case_created:`新工单`,case_sla_breached:`工单超时`,case_escalated:`工单升级`,topic_emerging:`新兴主题`,action_shipped:`改进上线`,action_verdict:`改进效果结论`,digest:`每日摘要`,test:`测试消息`},locales:{"zh-CN":`中文`,en:`英文`},statuses:{PENDING:`待发送`,SENT:`已送达`,FAILED:`失败`,FOLDED:`已合并发送`},retrying:`重试中`,new:`新建通知渠道`,editOf:`编辑 {name}`,kind:`类型`,name:`名称`,namePlaceholder:`例如：客服主管群`,url:`机器人地址`,urlHint:`在群设置 › 群机器人里复制 Webhook 地址，形如 {example}`,urlHintWebhook:`接收告警的 https 地址；请求带 X-Voc-Signature 签名。`,urlKeep:`留空则不修改（当前：{url}）`,secret:`签名密钥`,secretHint:{DINGTALK:`机器人安全设置选了“加签”时填写以 SEC 开头的密钥；没有加签可留空。`,FEISHU:`机器人安全设置开启了“签名校验”时填写；否则留空。`,WEBHOOK:`16 到 128 个字符，用来给每个请求签名。`},secretKeep:`留空则保留已保存的密钥（密钥不会再显示）。`,secretStored:`已保存密钥`,secretNone:`未签名`,removeSecret:`删除已保存的密钥（关闭签名）`,events:`接收的事件`,mentions:`提醒的人`,mentionsHint:`输入用户 ID 或手机号后按回车；{all} 提醒所有人。`,mentionsHintFeishu:`输入用户 open_id 后按回车；{all} 提醒所有人（飞书不支持手机号）。`,mentionsPlaceholder:`用户 ID、手机号或 {all}`,addMention:`添加`,removeMention:`移除 {mention}`,mentionsList:`提醒 {list}`,locale:`消息语言`,digestHour:`每日摘要发送时间`,hourOption:`{hour}:00`,create:`新建`,save:`保存修改`,cancel:`取消`,nameNeeded:`请填写名称。`,nameTooLong:`名称最多 200 个字符。`,noEvents:`请至少选择一个事件。`,urlProblems:{empty:`请填写机器人地址。`,tooLong:`地址最多 2048 个字符。`,invalid:`请填写 http:// 或 https:// 开头的完整地址。`,host:`这个类型的地址应以 {example} 开头（https）。`,path:`地址的路径不对，请从机器人设置里完整复制，形如 {example}`,key:`地址缺少机器人的 {key} 参数，请从机器人设置里完整复制。`},secretProblems:{wecom:`企业微信机器人不使用签名密钥，请留空。`,spaces:`密钥首尾不能有空格。`,tooLong:`密钥最多 256 个字符。`,webhookLength:`Webhook 必须签名：请填写 16 到 128 个字符的密钥。`,dingtalk:`钉钉的加签密钥以 SEC 开头。`},mentionsProblems:{webhook:`Webhook 不提醒任何人。`,tooMany:`最多提醒 50 个人。`,invalid:`每项最多 64 个字符，不能含空格或尖括号。`,feishuMobile:`飞书只能按用户 open_id 或 {all} 提醒，不支持手机号。`},created:`已新建通知渠道 {name}。发一条测试消息试试。`,saved:`已保存 {name}。`,nothingChanged:`没有修改。`,emptyTitle:`还没有通知渠道`,emptyBody:`在上面填写群机器人的地址并选择事件，新建第一个通知渠道。`,list:`共 {n} 个通知渠道`,state:`状态`,active:`启用`,inactive:`停用`,lastDelivery:`最近发送`,never:`尚未发送`,activate:`启用`,deactivate:`停用`,activated:`已启用 {name}。`,deactivated:`已停用 {name}，不再发送告警。`,edit:`编辑`,editLabel:`编辑 {name}`,sendTest:`发送测试消息`,sendTestLabel:`向 {name} 发送测试消息`,log:`发送记录`,logLabel:`{name} 的发送记录`,delete:`删除`,deleteLabel:`删除 {name}`,confirmDelete:`删除 {name} 和它的发送记录？`,deleted:`已删除 {name}。`,testSent:`测试消息已送达 {name}。`,testFailed:`测试消息没有送达 {name}。`,vendorError:`{vendor}返回错误码 {code}：{message}`,httpError:`HTTP 状态码 {status}：{message}`,noAnswer:`没有收到回应：{message}`,willRetry:`稍后会自动重试；修正地址或密钥后可再发一条测试消息。`,logOf:`{name} 的发送记录`,close:`关闭记录`,dismiss:`关闭`,status:`状态`,anyStatus:`全部状态`,refresh:`刷新`,noDeliveries:`还没有发送过消息。发一条测试消息，或等订阅的事件发生。`,noDeliveriesFiltered:`没有这个状态的消息。`,deliveryCount:`共 {n} 条消息`,time:`时间`,event:`事件`,attempts:`尝试次数`,vendorCode:`错误码`,error:`错误信息`,more:`加载更多`,folded:`（合并了 {n} 条）`}},v2={settingsChannels:{title:`Alert channels`,lead:`Send alerts about cases, topics and improvement actions to your team’s WeCom, DingTalk or Feishu group robot, or to a signed webhook. How each message went, with the vendor’s error code, is kept in its delivery log.`,kinds:{WECOM:`WeCom`,DINGTALK:`DingTalk`,FEISHU:`Feishu`,WEBHOOK:`Webhook`},eventNames:{case_created:`Case opened`,case_sla_breached:`SLA breached`,case_escalated:`Case escalated`,topic_emerging:`Emerging topic`,action_shipped:`Action shipped`,action_verdict:`Action verdict`,digest:`Daily digest`,test:`Test message`},locales:{"zh-CN":`Chinese`,en:`English`},statuses:{PENDING:`Pending`,SENT:`Sent`,FAILED:`Failed`,FOLDED:`Sent in a summary`},retrying:`Retrying`,new:`New alert channel`,editOf:`Edit {name}`,kind:`Kind`,name:`Name`,namePlaceholder:`For example: support leads`,url:`Robot URL`,urlHint:`Copy the webhook address from the group’s robot settings; it looks like {example}`,urlHintWebhook:`The https address that receives alerts; requests are signed (X-Voc-Signature).`,urlKeep:`Leave empty to keep it (now: {url})`,secret:`Signing secret`,secretHint:{DINGTALK:`When the robot’s security setting is “sign” (the secret starts with SEC); otherwise leave empty.`,FEISHU:`When the bot’s signature verification is on; otherwise leave empty.`,WEBHOOK:`16 to 128 characters; every request is signed with it.`},secretKeep:`Leave empty to keep the stored secret (it is never shown again).`,secretStored:`Secret stored`,secretNone:`Not signed`,removeSecret:`Remove the stored secret (signing off)`,events:`Events`,mentions:`Mention`,mentionsHint:`Type a user id or a mobile number and press Enter; {all} mentions everyone.`,mentionsHintFeishu:`Type a user’s open_id and press Enter; {all} mentions everyone (Feishu takes no mobile numbers).`,mentionsPlaceholder:`User id, mobile or {all}`,addMention:`Add`,removeMention:`Remove {mention}`,mentionsList:`mentions {list}`,locale:`Message language`,digestHour:`Daily digest at`,hourOption:`{hour}:00`,create:`Create`,save:`Save changes`,cancel:`Cancel`,nameNeeded:`Enter a name.`,nameTooLong:`A name has at most 200 characters.`,noEvents:`Choose at least one event.`,urlProblems:{empty:`Enter the robot’s URL.`,tooLong:`A URL has at most 2048 characters.`,invalid:`Enter a full address starting with http:// or https://.`,host:`This kind’s URL starts with {example} (https).`,path:`The URL’s path is not a robot’s: copy it whole from the robot’s settings, like {example}`,key:`The URL lacks the robot’s {key}: copy it whole from the robot’s settings.`},secretProblems:{wecom:`A WeCom robot signs nothing: leave the secret empty.`,spaces:`A secret has no spaces at either end.`,tooLong:`A secret has at most 256 characters.`,webhookLength:`A webhook is always signed: enter a secret of 16 to 128 characters.`,dingtalk:`A DingTalk signing secret starts with SEC.`},mentionsProblems:{webhook:`A webhook mentions nobody.`,tooMany:`At most 50 mentions.`,invalid:`Each one has at most 64 characters, without spaces or angle brackets.`,feishuMobile:`Feishu mentions by open_id or {all}, not by mobile number.`},created:`Created {name}. Send it a test message.`,saved:`Saved {name}.`,nothingChanged:`Nothing changed.`,emptyTitle:`No alert channels yet`,emptyBody:`Enter a group robot’s URL above and choose its events to create the first channel.`,list:`{n} alert channel | {n} alert channels`,state:`State`,active:`Active`,inactive:`Inactive`,lastDelivery:`Last message`,never:`None yet`,activate:`Activate`,deactivate:`Deactivate`,activated:`Activated {name}.`,deactivated:`Deactivated {name}: it gets no alerts.`,edit:`Edit`,editLabel:`Edit {name}`,sendTest:`Send a test message`,sendTestLabel:`Send a test message to {name}`,log:`Delivery log`,logLabel:`Delivery log of {name}`,delete:`Delete`,deleteLabel:`Delete {name}`,confirmDelete:`Delete {name} and its delivery log?`,deleted:`Deleted {name}.`,testSent:`The test message reached {name}.`,testFailed:`The test message did not reach {name}.`,vendorError:`{vendor} answered error code {code}: {message}`,httpError:`HTTP status {status}: {message}`,noAnswer:`No answer: {message}`,willRetry:`It is retried later; after fixing the URL or secret, send another test message.`,logOf:`Delivery log of {name}`,close:`Close the log`,dismiss:`Dismiss`,status:`Status`,anyStatus:`Any status`,refresh:`Refresh`,noDeliveries:`Nothing sent yet. Send a test message, or wait for an event it wants.`,noDeliveriesFiltered:`No messages with this status.`,deliveryCount:`{n} message | {n} messages`,time:`Time`,event:`Event`,attempts:`Attempts`,vendorCode:`Error code`,error:`Error`,more:`Load more`,folded:`({n} folded in)`}},y2={responsesPage:{title:`反馈`,count:`共 {n} 条回答`,includesSystem:`“全部问卷”包括系统回访问卷的 {n} 条回答；概览的指标只统计本组织自己的问卷，不含它们。`,export:`导出 CSV`,exporting:`正在导出…`,exportFailed:`导出失败：{reason}`,invalidFilter:`筛选条件无效：{reason}`,filters:{label:`筛选回答`,any:`全部`,search:`搜索评论`,searchPlaceholder:`关键词，如：配送 慢`,searchSubmit:`搜索`,channel:`渠道`,npsCategory:`NPS 类别`,score:`评分范围`,minScore:`最低分`,maxScore:`最高分`,scoreInvalid:`评分需为 {min}–{max} 的整数，且最低分不高于最高分。`,hasComment:`评论`,withComment:`有评论`,withoutComment:`无评论`,topic:`主题`,topicFromLink:`链接中的主题`,sentiment:`情感`,attributes:`按细分属性筛选`,attribute:`细分属性`,chooseAttribute:`选择属性`,noAttributes:`暂无属性`,attributeValue:`取值`,addAttribute:`添加筛选`,attributeMissing:`请选择属性并填写取值。`,tooManyAttributes:`最多同时按 {n} 个属性筛选。`,removeAttribute:`移除筛选 {name} = {value}`,clear:`清除筛选`},channels:{WIDGET:`网页小部件`,LINK:`问卷链接`,EMAIL:`邮件`,API:`API`,IMPORT:`导入`},categories:{PROMOTER:`推荐者`,PASSIVE:`中立者`,DETRACTOR:`贬损者`},sentiments:{POSITIVE:`正面`,NEUTRAL:`中性`,NEGATIVE:`负面`},caseStatuses:{NEW:`新建`,ASSIGNED:`已分配`,IN_PROGRESS:`处理中`,WAITING_CUSTOMER:`等待客户回复`,RESOLVED:`已解决`,CLOSED:`已关闭`,CANCELLED:`已取消`},table:{caption:`回答列表，最新的在前`,submitted:`提交时间`,survey:`问卷`,score:`评分`,comment:`评论`,topic:`主题`,sentiment:`情感`,channel:`渠道`,open:`查看回答详情`,noComment:`（无评论）`,partial:`未完成`},pager:{label:`分页`,previous:`上一页`,next:`下一页`,page:`第 {n} 页`},empty:{noneTitle:`还没有回答`,noneBody:`客户提交的每一条回答都会出现在这里，附带评论的分析结果。开始收集反馈：`,step1:`在“问卷”页创建一份 NPS 问卷并发布。`,step2:`把网页小部件嵌入你的产品，或把问卷链接发给客户；也可以通过 API（submitResponse）提交或导入历史数据。`,step3:`回答提交后几秒内就会在这里出现。想先看看效果，可以运行 make run 加载演示数据。`,toSurveys:`前往问卷页`,noMatchTitle:`没有符合条件的回答`,noMatchBody:`换一个更长的时间范围，或放宽筛选条件。`,pastEnd:`这一页之后没有更多回答了。`},notFound:{title:`找不到这些回答`,body:`链接中的问卷或主题不存在，或者不属于你的组织。`,back:`查看全部回答`},detail:{title:`回答详情`,close:`关闭详情`,notFoundTitle:`找不到这条回答`,notFoundBody:`它不存在，或者不属于你的组织。`,survey:`问卷`,submitted:`提交时间`,channel:`渠道`,locale:`语言`,page:`所在页面`,completeness:`完整性`,completed:`完整回答`,partial:`部分回答（只提交了评分）`,answers:`回答内容`,score:`评分`,comment:`评论`,noComment:`没有填写评论`,analysis:`文本分析`,nothingToAnalyse:`这条回答没有评论，没有可分析的文字。`,notAnalysed:`评论还没有分析完成（通常在提交后几秒内完成）。`,sentiment:`情感`,sentimentScale:`（−1 负面 … 1 正面）`,topic:`主题`,noTopic:`未归入任何主题`,topicProbability:`归属概率 {p}`,keywords:`关键词`,tokens:`分词`,respondent:`回答者`,anonymous:`匿名回答：没有回答者信息。`,externalId:`外部 ID`,identity:`身份`,verified:`已验证（身份令牌签名有效）`,unverified:`未验证（由页面自行传入）`,attributes:`细分属性`,noAttributes:`没有细分属性。`,case:`跟进工单`,noCase:`没有为这条回答创建跟进工单。`,caseStatus:`状态`,assignee:`处理人`,unassigned:`未分配`,caseOpened:`创建时间`}}},b2={responsesPage:{title:`Responses`,count:`{n} response | {n} responses`,includesSystem:`“All surveys” includes the {n} answer to the system re-survey; the overview’s figures are of your own surveys and leave it out. | “All surveys” includes the {n} answers to the system re-survey; the overview’s figures are of your own surveys and leave them out.`,export:`Export CSV`,exporting:`Exporting…`,exportFailed:`The export failed: {reason}`,invalidFilter:`The filter is not valid: {reason}`,filters:{label:`Filter responses`,any:`Any`,search:`Search comments`,searchPlaceholder:`Words, e.g. slow delivery`,searchSubmit:`Search`,channel:`Channel`,npsCategory:`NPS category`,score:`Score range`,minScore:`Lowest score`,maxScore:`Highest score`,scoreInvalid:`Scores are whole numbers from {min} to {max}, the lowest no higher than the highest.`,hasComment:`Comment`,withComment:`With a comment`,withoutComment:`Without a comment`,topic:`Topic`,topicFromLink:`Topic from the link`,sentiment:`Sentiment`,attributes:`Filter by segment attribute`,attribute:`Segment attribute`,chooseAttribute:`Choose an attribute`,noAttributes:`No attributes yet`,attributeValue:`Value`,addAttribute:`Add filter`,attributeMissing:`Choose an attribute and enter a value.`,tooManyAttributes:`At most {n} attribute filters at once.`,removeAttribute:`Remove the filter {name} = {value}`,clear:`Clear filters`},channels:{WIDGET:`Web widget`,LINK:`Survey link`,EMAIL:`E-mail`,API:`API`,IMPORT:`Import`},categories:{PROMOTER:`Promoter`,PASSIVE:`Passive`,DETRACTOR:`Detractor`},sentiments:{POSITIVE:`Positive`,NEUTRAL:`Neutral`,NEGATIVE:`Negative`},caseStatuses:{NEW:`New`,ASSIGNED:`Assigned`,IN_PROGRESS:`In progress`,WAITING_CUSTOMER:`Waiting for the customer`,RESOLVED:`Resolved`,CLOSED:`Closed`,CANCELLED:`Cancelled`},table:{caption:`Responses, newest first`,submitted:`Submitted`,survey:`Survey`,score:`Score`,comment:`Comment`,topic:`Topic`,sentiment:`Sentiment`,channel:`Channel`,open:`Show the response`,noComment:`(no comment)`,partial:`Partial`},pager:{label:`Pages`,previous:`Previous page`,next:`Next page`,page:`Page {n}`},empty:{noneTitle:`No responses yet`,noneBody:`Every answer your customers submit shows here, with the analysis of its comment. To start collecting feedback:`,step1:`Create an NPS survey on the Surveys page and publish it.`,step2:`Embed the web widget in your product, or send customers the survey link; answers can also come through the API (submitResponse) or an import of past data.`,step3:`Answers show here seconds after they are submitted. To try it first, run make run to load the demo data.`,toSurveys:`Go to Surveys`,noMatchTitle:`No responses match`,noMatchBody:`Choose a longer period, or loosen the filters.`,pastEnd:`There are no more responses after this page.`},notFound:{title:`These responses cannot be found`,body:`The survey or topic in the link does not exist, or belongs to another organisation.`,back:`Show all responses`},detail:{title:`Response`,close:`Close the response`,notFoundTitle:`This response cannot be found`,notFoundBody:`It does not exist, or belongs to another organisation.`,survey:`Survey`,submitted:`Submitted`,channel:`Channel`,locale:`Language`,page:`Page`,completeness:`Completeness`,completed:`Complete`,partial:`Partial (only the score was submitted)`,answers:`Answers`,score:`Score`,comment:`Comment`,noComment:`No comment given`,analysis:`Text analysis`,nothingToAnalyse:`This response has no comment, so there is no text to analyse.`,notAnalysed:`The comment has not been analysed yet (that usually takes a few seconds).`,sentiment:`Sentiment`,sentimentScale:`(−1 negative … 1 positive)`,topic:`Topic`,noTopic:`In no topic`,topicProbability:`probability {p}`,keywords:`Keywords`,tokens:`Tokens`,respondent:`Respondent`,anonymous:`Anonymous: no respondent information.`,externalId:`External ID`,identity:`Identity`,verified:`Verified (a valid signed identity token)`,unverified:`Not verified (as the page passed it)`,attributes:`Segment attributes`,noAttributes:`No segment attributes.`,case:`Follow-up case`,noCase:`No follow-up case was opened for this response.`,caseStatus:`Status`,assignee:`Assignee`,unassigned:`Unassigned`,caseOpened:`Opened`}}},x2={settingsLoop:{adminOnlyTitle:`只有管理员可以打开这里`,adminOnlyBody:`这一页的设置只对管理员开放。需要修改时，请联系团队的管理员。`,fieldError:`{message}`,save:`保存`,savedAt:`已保存。`,actions:`操作`,yes:`确定`,cancel:`取消`,more:`加载更多`,teams:{title:`团队与坐席`,intro:`团队接收客户回访工单：按路由规则分给团队，团队内轮流分给在岗、且未到上限的坐席。`,emptyTitle:`还没有团队`,emptyBody:`在下面新建一个团队并设为默认团队，再把坐席加进来，差评就会自动分配给他们。`,emptyNoAgents:`先在“用户”里添加角色为坐席的同事，再新建团队并把他们加进来。`,default:`默认团队`,leadIs:`组长：{name}`,fallbackIs:`兜底负责人：{name}`,nobody:`未设置`,noMembers:`这个团队还没有坐席。在下面添加。`,agent:`坐席`,available:`在岗`,yesAvailable:`在岗`,away:`不在岗`,cap:`未结工单上限`,capOf:`{name} 的未结工单上限`,capSaved:`{name} 的上限改为 {n}。已分配的工单不变。`,lastAssigned:`上次分配`,never:`从未`,addAgent:`添加坐席`,chooseAgent:`选择坐席`,noCandidates:`没有可添加的坐席`,add:`添加`,pickAgent:`请选择一位坐席。`,capRange:`上限是 1 到 1000 之间的整数。`,memberAdded:`已把 {name} 加入 {team}。`,nowAvailable:`{name} 现在在岗，会接到新工单。`,nowAway:`{name} 现在不在岗，不再接新工单。`,newTeam:`新建团队`,name:`团队名称`,leadLabel:`组长`,fallback:`兜底负责人`,makeDefault:`设为默认团队`,create:`新建团队`,nameNeeded:`请填写团队名称。`,created:`已新建团队 {name}。`,routing:`路由规则`,routingHint:`按回答者的分群属性（如 plan、region）把工单分给团队，从上到下依次匹配；都不匹配时交给默认团队。`,noRules:`还没有路由规则，所有工单都交给默认团队。`,attribute:`属性`,value:`取值`,team:`团队`,chooseTeam:`选择团队`,addRule:`添加规则`,attributeNeeded:`请填写属性名，例如 plan。`,valueNeeded:`请填写取值，例如 enterprise。`,teamNeeded:`请选择团队。`,ruleAdded:`已添加规则：{attribute} = {value}。`,deleteRule:`删除`,deleteRuleOf:`删除（{attribute} = {value}）`,confirmDelete:`删除这条规则？`,ruleDeleted:`已删除规则：{attribute} = {value}。`,editTeam:`编辑团队`,editTeamOf:`编辑团队 {name}`,save:`保存`,saved:`已保存团队 {name}。`,deleteTeam:`删除团队`,confirmDeleteTeam:`删除团队“{name}”？`,deleted:`已删除团队 {name}。`,inUse:`这个团队还在使用：默认团队、还有未结工单或有路由规则指向它的团队不能删除。请先设另一个默认团队、转走未结工单并删除它的路由规则。`,remove:`移出`,removeOf:`把 {name} 移出团队`,confirmRemove:`把 {name} 移出团队？已分配给 TA 的工单不变。`,memberRemoved:`已把 {name} 移出 {team}。已分配给 TA 的工单仍由 TA 处理。`},automation:{title:`自动化规则`,lead:`规定哪些回答会自动开出回访工单：分数或情绪低于阈值的回答。可以给整个组织设一条，也可以给某份问卷单独设。`,scope:`适用范围`,orgWide:`整个组织`,unknownSurvey:`（已删除的问卷）`,ruleOf:`问卷“{name}”的规则`,orgRule:`组织的默认规则`,inherits:`这份问卷还没有自己的规则，正在沿用组织的规则。保存后它会有自己的规则。`,builtIn:`这是系统内置的默认值，保存后成为组织自己的规则。`,own:`这份问卷有自己的规则。`,orgHint:`没有单独规则的问卷都使用这条规则。`,enabled:`自动开工单`,fields:{npsMax:`NPS 不高于`,csatMax:`CSAT 不高于`,cesMin:`CES 不低于`,sentimentMax:`情绪不高于`,reopenDays:`重新打开期（天）`},hints:{npsMax:`0–10；留空则不按 NPS 开单。`,csatMax:`1–5；留空则不按 CSAT 开单。`,cesMin:`1–7；留空则不按 CES 开单。`,sentimentMax:`-1 到 1；留空则不按情绪开单。`,reopenDays:`0–365；同一客户在此期间再次不满时重新打开原工单。`},range:`请填写 {min} 到 {max} 之间的数。`,saveOwn:`保存为这份问卷的规则`,slaLink:`时限设置`,overrides:`有单独规则的问卷`,noOverrides:`没有问卷单独设置规则，都使用组织的规则。`,on:`开启`,off:`关闭`},sla:{title:`SLA 时限`,lead:`每张工单从开单起计时：首次联系客户和解决问题各有时限。剩余不到四分之一时显示为琥珀色，超时显示为红色。`,orgTargets:`组织的时限`,targetsOf:`问卷“{name}”的时限`,inherits:`这份问卷还没有自己的规则，正在沿用组织的时限。保存后它会有自己的规则。`,firstContactHours:`首次联系时限（小时）`,firstContact:`首次联系时限`,resolve:`解决时限`,resolveHours:`解决时限（小时）`,firstContactHoursHint:`开单后多少小时内联系客户。`,resolveHoursHint:`开单后多少小时内解决。`,clockRules:`等待客户回复时计时暂停；超时后按级别通知组长和管理员。`,hours:`{h} 小时`,days:`{d} 天`,daysHours:`{d} 天 {h} 小时`,problems:{positive:`请填写 1 到 8760 之间的整数小时。`,beforeFirst:`解决时限不能短于首次联系时限。`},all:`所有时限`,default:`内置默认`},webhooks:{title:`Webhook`,lead:`有事件发生时，VoC Loop 把事件以签名的 JSON POST 到你的地址；失败会按退避重试，可在投递记录里查看和重新投递。`,new:`新建 Webhook`,url:`接收地址`,events:`事件`,eventNames:{response_created:`收到回答`,case_created:`开出工单`,case_updated:`工单变化`,case_sla_breached:`工单超时`,case_account_warning:`客户预警开出工单`,action_status_changed:`改进行动状态变化`,action_shipped:`改进行动上线`,topic_emerging:`出现新主题`},create:`新建`,badUrl:`请填写 http:// 或 https:// 开头的完整地址。`,noEvents:`请至少选择一个事件。`,secretTitle:`签名密钥（只显示这一次）`,secretBody:`发往 {url} 的请求都用这个密钥签名。请现在复制保存；离开本页后无法再次查看，只能轮换。`,copy:`复制密钥`,copied:`已复制到剪贴板。`,secretDone:`我已保存`,emptyTitle:`还没有 Webhook`,emptyBody:`在上面填写接收地址并选择事件，新建第一个 Webhook。`,list:`共 {n} 个 Webhook`,state:`状态`,active:`启用`,inactive:`停用`,created:`创建时间`,log:`投递记录`,activate:`启用`,deactivate:`停用`,rotate:`轮换密钥`,editEvents:`修改事件`,editEventsOf:`修改事件（{url}）`,eventsSaved:`已更新 {url} 的事件。`,delete:`删除`,confirm:{delete:`删除这个 Webhook 和它的投递记录？`,rotate:`生成新密钥？之后的投递改用新密钥签名。`},activated:`已启用 {url}。`,deactivated:`已停用 {url}。`,deleted:`已删除 {url}。`,logOf:`{url} 的投递记录`,status:`状态`,anyStatus:`全部状态`,statuses:{PENDING:`待投递`,SUCCEEDED:`成功`,FAILED:`失败`},refresh:`刷新`,noDeliveries:`还没有投递。发生订阅的事件后，这里会显示每次投递。`,noDeliveriesFiltered:`没有这个状态的投递。`,deliveryCount:`共 {n} 次投递`,event:`事件`,attempts:`尝试次数`,code:`状态码`,lastError:`最近错误`,createdAt:`产生时间`,deliveredAt:`送达`,nextAttempt:`下次尝试 {at}`,redeliver:`重新投递`,redelivering:`已安排重新投递。`},vocabulary:{title:`词库`,lead:`产品词保证分词时不被拆开（如 会员卡、闪退）；停用词在关键词和主题里被忽略。修改对之后的分析和主题归纳生效。`,productTerms:`产品词`,stopWords:`停用词`,productTermsHint:`每行一个，每个最多 {max} 个字。`,stopWordsHint:`每行一个，每个最多 {max} 个字。`,count:`{n} 个`,tooLong:`“{word}”太长：每个词最多 {max} 个字。`,saved:`已保存：{terms} 个产品词，{stop} 个停用词。`}}},S2={settingsLoop:{adminOnlyTitle:`Only admins can open this page`,adminOnlyBody:`These settings are for admins. Ask an admin of your team when something needs to change.`,fieldError:`{message}`,save:`Save`,savedAt:`Saved.`,actions:`Actions`,yes:`Confirm`,cancel:`Cancel`,more:`Load more`,teams:{title:`Teams and agents`,intro:`Teams take the follow-up cases: routing rules pick the team, and within it cases go round-robin to available agents under their cap.`,emptyTitle:`No teams yet`,emptyBody:`Create a team below, make it the default, and add your agents: detractors’ cases will then be assigned to them.`,emptyNoAgents:`First add colleagues with the agent role under Users, then create a team and add them.`,default:`Default team`,leadIs:`Lead: {name}`,fallbackIs:`Fallback owner: {name}`,nobody:`None`,noMembers:`This team has no agents yet. Add one below.`,agent:`Agent`,available:`Available`,yesAvailable:`Available`,away:`Away`,cap:`Cap of open cases`,capOf:`Cap of open cases of {name}`,capSaved:`{name}’s cap is now {n}. Cases already assigned stay.`,lastAssigned:`Last assigned`,never:`Never`,addAgent:`Add an agent`,chooseAgent:`Choose an agent`,noCandidates:`No agent left to add`,add:`Add`,pickAgent:`Choose an agent.`,capRange:`The cap is a whole number from 1 to 1000.`,memberAdded:`{name} joined {team}.`,nowAvailable:`{name} is available and takes new cases.`,nowAway:`{name} is away and takes no new cases.`,newTeam:`New team`,name:`Team name`,leadLabel:`Team lead`,fallback:`Fallback owner`,makeDefault:`Make it the default team`,create:`Create team`,nameNeeded:`Give the team a name.`,created:`Team {name} created.`,routing:`Routing rules`,routingHint:`Send cases to a team by the respondent’s segment attribute (plan, region …). Rules are tried top to bottom; cases no rule matches go to the default team.`,noRules:`No routing rules yet: every case goes to the default team.`,attribute:`Attribute`,value:`Value`,team:`Team`,chooseTeam:`Choose a team`,addRule:`Add rule`,attributeNeeded:`Name the attribute, e.g. plan.`,valueNeeded:`Give the value, e.g. enterprise.`,teamNeeded:`Choose a team.`,ruleAdded:`Rule added: {attribute} = {value}.`,deleteRule:`Delete`,deleteRuleOf:`Delete ({attribute} = {value})`,confirmDelete:`Delete this rule?`,ruleDeleted:`Rule deleted: {attribute} = {value}.`,editTeam:`Edit team`,editTeamOf:`Edit team {name}`,save:`Save`,saved:`Team {name} saved.`,deleteTeam:`Delete team`,confirmDeleteTeam:`Delete the team “{name}”?`,deleted:`Team {name} deleted.`,inUse:`This team is still in use: the default team, a team with open cases or one that routing rules send cases to cannot be deleted. Make another team the default, move its open cases and delete its routing rules first.`,remove:`Remove`,removeOf:`Remove {name} from the team`,confirmRemove:`Remove {name} from the team? Cases already assigned to them stay theirs.`,memberRemoved:`{name} removed from {team}. Cases already assigned to them stay theirs.`},automation:{title:`Automation rules`,lead:`Which answers open a follow-up case on their own: scores or sentiment at or below a threshold. One rule for the organisation, and a survey may have its own.`,scope:`Applies to`,orgWide:`The whole organisation`,unknownSurvey:`(deleted survey)`,ruleOf:`Rule of the survey “{name}”`,orgRule:`The organisation’s rule`,inherits:`This survey has no rule of its own and follows the organisation’s. Saving gives it its own.`,builtIn:`These are the built-in defaults; saving makes them the organisation’s own rule.`,own:`This survey has its own rule.`,orgHint:`Every survey without its own rule follows this one.`,enabled:`Open cases automatically`,fields:{npsMax:`NPS at most`,csatMax:`CSAT at most`,cesMin:`CES at least`,sentimentMax:`Sentiment at most`,reopenDays:`Reopen window (days)`},hints:{npsMax:`0–10; empty: NPS opens no case.`,csatMax:`1–5; empty: CSAT opens no case.`,cesMin:`1–7; empty: CES opens no case.`,sentimentMax:`-1 to 1; empty: sentiment opens no case.`,reopenDays:`0–365; the same customer unhappy again within it reopens their case.`},range:`Enter a number from {min} to {max}.`,saveOwn:`Save as this survey’s rule`,slaLink:`SLA targets`,overrides:`Surveys with their own rule`,noOverrides:`No survey has its own rule; all follow the organisation’s.`,on:`On`,off:`Off`},sla:{title:`SLA policy`,lead:`Every case’s clocks start when it opens: one to the first contact, one to its resolution. Under a quarter left shows amber; past the target, red.`,orgTargets:`The organisation’s targets`,targetsOf:`Targets of the survey “{name}”`,inherits:`This survey has no rule of its own and follows the organisation’s targets. Saving gives it its own.`,firstContactHours:`First contact within (hours)`,firstContact:`First contact within`,resolve:`Resolved within`,resolveHours:`Resolved within (hours)`,firstContactHoursHint:`Hours after opening to contact the customer.`,resolveHoursHint:`Hours after opening to resolve the case.`,clockRules:`The clocks pause while waiting on the customer; a breach notifies the team lead, then the admins.`,hours:`{h} h`,days:`{d} d`,daysHours:`{d} d {h} h`,problems:{positive:`Enter whole hours from 1 to 8760.`,beforeFirst:`Resolution cannot come before the first contact.`},all:`All targets`,default:`Built-in default`},webhooks:{title:`Webhooks`,lead:`When an event happens, VoC Loop POSTs it as signed JSON to your URL; failures are retried with backoff, and the delivery log shows each one and redelivers.`,new:`New webhook`,url:`URL`,events:`Events`,eventNames:{response_created:`Response received`,case_created:`Case opened`,case_updated:`Case changed`,case_sla_breached:`Case breached its SLA`,case_account_warning:`Account warning opened a case`,action_status_changed:`Action status changed`,action_shipped:`Action shipped`,topic_emerging:`Emerging topic`},create:`Create`,badUrl:`Enter a full URL starting with http:// or https://.`,noEvents:`Choose at least one event.`,secretTitle:`Signing secret (shown this once)`,secretBody:`Requests to {url} are signed with this secret. Copy it now: it cannot be shown again, only rotated.`,copy:`Copy secret`,copied:`Copied to the clipboard.`,secretDone:`I have saved it`,emptyTitle:`No webhooks yet`,emptyBody:`Enter a URL above and choose its events to create the first one.`,list:`{n} webhook | {n} webhooks`,state:`State`,active:`Active`,inactive:`Inactive`,created:`Created`,log:`Delivery log`,activate:`Activate`,deactivate:`Deactivate`,rotate:`Rotate secret`,editEvents:`Edit events`,editEventsOf:`Edit events of {url}`,eventsSaved:`Events of {url} updated.`,delete:`Delete`,confirm:{delete:`Delete this webhook and its delivery log?`,rotate:`Make a new secret? Coming deliveries are signed with it.`},activated:`{url} activated.`,deactivated:`{url} deactivated.`,deleted:`{url} deleted.`,logOf:`Delivery log of {url}`,status:`Status`,anyStatus:`Any status`,statuses:{PENDING:`Pending`,SUCCEEDED:`Succeeded`,FAILED:`Failed`},refresh:`Refresh`,noDeliveries:`No deliveries yet. Each one shows here once a subscribed event happens.`,noDeliveriesFiltered:`No deliveries with this status.`,deliveryCount:`{n} delivery | {n} deliveries`,event:`Event`,attempts:`Attempts`,code:`Status code`,lastError:`Last error`,createdAt:`Created`,deliveredAt:`Delivered`,nextAttempt:`Next try {at}`,redeliver:`Redeliver`,redelivering:`Redelivery scheduled.`},vocabulary:{title:`Vocabulary`,lead:`Product terms are never split by the tokenizer (product names such as “membership card”); stop words are ignored in keywords and topics. Changes apply to new analyses and topic fits.`,productTerms:`Product terms`,stopWords:`Stop words`,productTermsHint:`One per line, at most {max} characters each.`,stopWordsHint:`One per line, at most {max} characters each.`,count:`{n} word | {n} words`,tooLong:`“{word}” is too long: at most {max} characters a word.`,saved:`Saved: {terms} product terms, {stop} stop words.`}}},C2={settingsShell:{title:`设置`,navLabel:`设置分区`,nav:{users:`成员与邀请`,apiKeys:`API 密钥`,identity:`身份密钥`,organization:`组织`,teams:`团队与坐席`,automation:`自动化规则`,sla:`SLA 时限`,webhooks:`Webhook`,channels:`告警通知`,vocabulary:`词库`},forbiddenTitle:`无权访问设置`,forbiddenBody:`只有管理员可以打开设置。如需修改成员、密钥或组织信息，请联系团队的管理员。`,home:`返回概览`},peopleSettings:{roles:{ADMIN:`管理员`,ANALYST:`分析师`,AGENT:`客服`,VIEWER:`只读`},roleHints:{ADMIN:`可管理一切，包括设置`,ANALYST:`管理问卷和改进行动`,AGENT:`处理跟进工单`,VIEWER:`只能查看`},cancel:`取消`,copy:`复制`,copied:`已复制到剪贴板。`,copyFailed:`无法自动复制，请选中文本后手动复制。`,dismiss:`我已保存，关闭`,more:`加载更多`,never:`从未`,errors:{VALIDATION_name:`请填写名称（不超过 200 个字符）。`,VALIDATION_email:`请填写有效的邮箱地址。`,DUPLICATE_email:`已有成员使用这个邮箱。`,DUPLICATE_name:`已有其他组织使用这个名称。`,VALIDATION_timezone:`请选择列表中的时区。`,LAST_ADMIN:`组织至少要保留一位启用中的管理员：请先把其他人设为管理员。`,SELF:`不能停用你自己。`,DEACTIVATED:`该成员已停用，请先重新启用。`,NOT_FOUND:`找不到该对象，可能已被删除。请刷新页面。`},users:{title:`成员与邀请`,intro:`邀请同事加入组织，调整角色，或停用离开团队的成员。`,invite:`邀请成员`,name:`姓名`,email:`邮箱`,role:`角色`,send:`生成邀请链接`,sending:`正在生成…`,linkTitle:`{name} 的邀请链接`,linkOnce:`链接只显示这一次，{until} 前有效，只能使用一次。请复制后发给对方；对方打开后设置密码即可登录。`,linkLabel:`邀请链接（一次性）`,count:`共 {n} 位成员`,columns:{name:`姓名`,email:`邮箱`,role:`角色`,status:`状态`,actions:`操作`},you:`（你）`,statuses:{INVITED:`已邀请`,ACTIVE:`启用`,DEACTIVATED:`已停用`},signedIn:`当前已登录`,roleOf:`{name} 的角色`,changeRole:`改为 {role}？`,changeRoleHint:`降低角色会让对方在所有设备上退出登录。`,confirmRole:`确认修改`,roleChanged:`{name} 现在是{role}。`,roleChangedEnded:`{name} 现在是{role}，已结束 {n} 个登录会话。`,deactivate:`停用`,deactivateConfirm:`停用 {name}？对方将无法登录，所有会话和 API 密钥立即失效；其处理过的工单和记录会保留。`,deactivateYes:`确认停用`,deactivated:`已停用 {name}（{sessions}，{keys}）。`,endedSessions:`没有要结束的会话 | 结束 1 个会话 | 结束 {n} 个会话`,revokedKeys:`没有要吊销的密钥 | 吊销 1 个密钥 | 吊销 {n} 个密钥`,reactivate:`重新启用`,reactivated:`{name} 已重新启用，可以用原密码登录。`,revokeSessions:`强制下线`,sessionsRevoked:`{name} 已在所有设备上退出（结束 {n} 个会话）。`,emptyTitle:`还没有其他成员`,emptyBody:`用上面的表单邀请第一位同事。`},apiKeys:{title:`API 密钥`,intro:`供你的系统调用 VoC Loop GraphQL API：请求时在 Authorization 头中写 Bearer 加一个空格，再加密钥。`,create:`新建密钥`,name:`名称`,namePlaceholder:`例如：数据仓库同步`,role:`角色`,submit:`创建密钥`,submitting:`正在创建…`,keyTitle:`新密钥“{name}”`,keyOnce:`密钥只显示这一次，之后只能看到前缀。请现在复制并保存到安全的地方。`,keyLabel:`API 密钥（只显示一次）`,count:`共 {n} 个密钥`,columns:{name:`名称`,prefix:`前缀`,role:`角色`,user:`代表成员`,lastUsed:`最近使用`,status:`状态`,actions:`操作`},active:`有效`,revoked:`已吊销`,revoke:`吊销`,revokeConfirm:`吊销“{name}”？使用它的请求会立即被拒绝（401），此操作不能撤销。`,revokeYes:`确认吊销`,revokedSaid:`“{name}”已吊销。`,noUser:`—`,emptyTitle:`还没有 API 密钥`,emptyBody:`用上面的表单新建一个，供你的系统或脚本调用 API。`},identity:{title:`身份密钥`,intro:`你的产品用这个密钥（HS256）给受访者身份 JWT 签名，问卷组件据此确认“这位受访者就是你的用户”。请只在服务器端保存，不要放进前端代码。`,hidden:`密钥已隐藏。`,reveal:`显示密钥`,revealing:`正在读取…`,hide:`隐藏`,label:`身份密钥`,rotate:`轮换密钥`,rotateConfirm:`轮换后旧密钥立即失效：用旧密钥签名的身份令牌将无法验证，直到你的产品改用新密钥。确定轮换吗？`,rotateYes:`确认轮换`,rotated:`已生成新密钥。请更新你的产品服务器上的配置。`},organization:{title:`组织`,intro:`组织名称显示在控制台顶部，也是命令行 --org 参数使用的名称。时区决定报表按哪一天、哪一周统计。`,name:`组织名称`,timezone:`时区`,timezoneHint:`IANA 时区名称，例如 Asia/Shanghai。`,save:`保存`,saving:`正在保存…`,saved:`已保存。`,unchanged:`没有需要保存的修改。`}}},w2={settingsShell:{title:`Settings`,navLabel:`Settings sections`,nav:{users:`Users and invitations`,apiKeys:`API keys`,identity:`Identity secret`,organization:`Organisation`,teams:`Teams and agents`,automation:`Automation rules`,sla:`SLA policy`,webhooks:`Webhooks`,channels:`Alert channels`,vocabulary:`Vocabulary`},forbiddenTitle:`Settings are not available to you`,forbiddenBody:`Only admins can open the settings. Ask your team admin to change people, keys or the organisation.`,home:`Back to the overview`},peopleSettings:{roles:{ADMIN:`Admin`,ANALYST:`Analyst`,AGENT:`Agent`,VIEWER:`Viewer`},roleHints:{ADMIN:`manages everything, settings included`,ANALYST:`manages surveys and improvement actions`,AGENT:`works follow-up cases`,VIEWER:`reads only`},cancel:`Cancel`,copy:`Copy`,copied:`Copied to the clipboard.`,copyFailed:`Could not copy automatically: select the text and copy it yourself.`,dismiss:`I have saved it, close`,more:`Load more`,never:`never`,errors:{VALIDATION_name:`Enter a name (at most 200 characters).`,VALIDATION_email:`Enter a valid e-mail address.`,DUPLICATE_email:`Someone in your organisation already has this e-mail address.`,DUPLICATE_name:`Another organisation already has this name.`,VALIDATION_timezone:`Choose a time zone from the list.`,LAST_ADMIN:`The organisation needs at least one active admin: make someone else admin first.`,SELF:`You cannot deactivate yourself.`,DEACTIVATED:`This user is deactivated: reactivate them first.`,NOT_FOUND:`This no longer exists. Reload the page.`},users:{title:`Users and invitations`,intro:`Invite colleagues to your organisation, change their roles, or deactivate people who left the team.`,invite:`Invite someone`,name:`Name`,email:`E-mail`,role:`Role`,send:`Create invitation link`,sending:`Creating…`,linkTitle:`Invitation link for {name}`,linkOnce:`The link is shown only this once; it works once, until {until}. Copy it and send it to them: they open it, set a password and are signed in.`,linkLabel:`Invitation link (one-time)`,count:`{n} user | {n} users`,columns:{name:`Name`,email:`E-mail`,role:`Role`,status:`Status`,actions:`Actions`},you:` (you)`,statuses:{INVITED:`Invited`,ACTIVE:`Active`,DEACTIVATED:`Deactivated`},signedIn:`Signed in now`,roleOf:`Role of {name}`,changeRole:`Make them {role}?`,changeRoleHint:`A lower role signs them out on every device.`,confirmRole:`Change role`,roleChanged:`{name} is now {role}.`,roleChangedEnded:`{name} is now {role}; 1 session ended. | {name} is now {role}; {n} sessions ended.`,deactivate:`Deactivate`,deactivateConfirm:`Deactivate {name}? They can no longer sign in, and their sessions and API keys end now; the cases and records they worked on stay.`,deactivateYes:`Deactivate`,deactivated:`{name} is deactivated ({sessions}, {keys}).`,endedSessions:`no sessions to end | 1 session ended | {n} sessions ended`,revokedKeys:`no API keys to revoke | 1 API key revoked | {n} API keys revoked`,reactivate:`Reactivate`,reactivated:`{name} is active again and can sign in with their password.`,revokeSessions:`Sign out everywhere`,sessionsRevoked:`{name} is signed out everywhere (1 session ended). | {name} is signed out everywhere ({n} sessions ended).`,emptyTitle:`No one else here yet`,emptyBody:`Invite your first colleague with the form above.`},apiKeys:{title:`API keys`,intro:`For your systems calling the VoC Loop GraphQL API: send the Authorization header as Bearer, a space, then the key.`,create:`New key`,name:`Name`,namePlaceholder:`e.g. data warehouse sync`,role:`Role`,submit:`Create key`,submitting:`Creating…`,keyTitle:`New key “{name}”`,keyOnce:`The key is shown only this once; afterwards only its prefix. Copy it now and keep it somewhere safe.`,keyLabel:`API key (shown once)`,count:`{n} key | {n} keys`,columns:{name:`Name`,prefix:`Prefix`,role:`Role`,user:`Acts as`,lastUsed:`Last used`,status:`Status`,actions:`Actions`},active:`Active`,revoked:`Revoked`,revoke:`Revoke`,revokeConfirm:`Revoke “{name}”? Requests with it are refused at once (401); this cannot be undone.`,revokeYes:`Revoke`,revokedSaid:`“{name}” is revoked.`,noUser:`—`,emptyTitle:`No API keys yet`,emptyBody:`Create one with the form above for your systems or scripts to call the API.`},identity:{title:`Identity secret`,intro:`Your product signs respondent identity JWTs (HS256) with this secret, so that the survey widget knows a respondent is your user. Keep it on your servers only, never in front-end code.`,hidden:`The secret is hidden.`,reveal:`Reveal secret`,revealing:`Reading…`,hide:`Hide`,label:`Identity secret`,rotate:`Rotate secret`,rotateConfirm:`The old secret stops working at once: identity tokens signed with it fail until your product signs with the new one. Rotate?`,rotateYes:`Rotate`,rotated:`A new secret is in place. Update your product servers’ configuration.`},organization:{title:`Organisation`,intro:`The name shows at the top of the console and is what the CLI’s --org takes. The time zone decides which day, week and month the figures count an answer in.`,name:`Organisation name`,timezone:`Time zone`,timezoneHint:`An IANA time zone name, e.g. Asia/Shanghai.`,save:`Save`,saving:`Saving…`,saved:`Saved.`,unchanged:`Nothing to save.`}}},T2={surveysPage:{title:`问卷`,newTitle:`新建问卷`,create:`新建问卷`,filters:`筛选问卷`,status:`状态`,anyStatus:`全部状态`,includeSystem:`包括系统问卷（结案回访）`,statuses:{DRAFT:`草稿`,ACTIVE:`收集中`,PAUSED:`已暂停`,ARCHIVED:`已归档`},kinds:{NPS:`NPS 净推荐值`,CSAT:`CSAT 满意度`,CES:`CES 费力度`,FORM:`意见表单`},kindShort:{NPS:`NPS`,CSAT:`CSAT`,CES:`CES`,FORM:`表单`},system:`系统`,systemHint:`系统问卷由 VoC Loop 自动运行（例如结案后的回访），这里只能查看。`,count:`共 {n} 份问卷`,columns:{name:`名称`,kind:`类型`,status:`状态`,responses:`回答数`,displays:`展示次数`,rate:`回答率`,created:`创建时间`},more:`加载更多`,emptyTitle:`还没有问卷`,emptyBody:`新建一份 NPS 问卷，在右侧预览确认效果后发布，再把嵌入代码放进你的产品页面，或把问卷链接和二维码发给客户。`,emptyBodyReadOnly:`还没有问卷。请团队的管理员或分析师创建并发布问卷。`,emptyFilteredTitle:`没有符合条件的问卷`,emptyFilteredBody:`换一个状态，或勾选“包括系统问卷”。`,clearFilters:`清除筛选`,back:`返回问卷列表`,readOnly:`你的角色只能查看问卷；管理员和分析师可以编辑和发布。`,archivedNote:`这份问卷已归档，不能再修改或重新发布。`,cannotCreate:`你的角色不能新建问卷。请联系团队的管理员或分析师。`,sections:{basics:`基本信息`,questions:`问题`,distribution:`投放设置`,journey:`客户旅程`,share:`分享与嵌入`,preview:`实时预览`,figures:`数据`},name:`问卷名称`,namePlaceholder:`例如：下单后 NPS`,kind:`问卷类型`,locale:`问卷语言`,locales:{"zh-CN":`简体中文`,en:`English`},fixedAfterCreate:`创建后不能修改。`,mainQuestion:`主问题`,scale:`评分 {min}–{max}：{minLabel} … {maxLabel}`,formScale:`表单问卷没有评分，回答者直接填写文字。`,followUps:`按分数追问`,followUpsHint:`回答者打分后，根据分数段显示不同的追问。`,band:`分数段`,bandFrom:`最低分`,bandTo:`最高分`,followUpText:`追问（{from}–{to} 分）`,addFollowUp:`添加分数段`,removeFollowUp:`删除分数段 {from}–{to}`,extraQuestions:`附加问题`,extraHint:`打分和追问之后显示，可选。`,noExtra:`没有附加问题。`,addQuestion:`添加问题`,question:`问题 {n}`,questionText:`问题内容`,questionType:`题型`,questionId:`问题 ID`,questionIdHint:`导出和接口里用来标识答案，只能用字母、数字、_ 和 -。`,required:`必答`,types:{single_choice:`单选`,multiple_choice:`多选`,rating:`评分`,text:`文字`},options:`选项`,option:`选项 {n}`,addOption:`添加选项`,removeOption:`删除选项 {n}`,ratingMin:`最低分`,ratingMax:`最高分`,moveUp:`上移问题 {n}`,moveDown:`下移问题 {n}`,removeQuestion:`删除问题 {n}`,thankYou:`感谢语`,samplePercent:`抽样比例（%）`,sampleHint:`符合条件的访客中有多少比例会看到问卷。`,recontactDays:`再次打扰间隔（天）`,recontactHint:`同一位回答者回答后，多少天内不再显示。`,displayLimit:`最多展示次数`,displayLimitHint:`同一位访客最多看到几次（未回答时）。`,touchpoint:`旅程触点`,touchpointHint:`这份问卷在客户旅程的哪个环节提问：onboarding（开通上手）、usage（日常使用）、support（客服支持）、renewal（续约），或填写你们自己的叫法。概览可按触点对比 NPS。留空表示不设置。`,touchpoints:{onboarding:`开通上手`,usage:`日常使用`,support:`客服支持`,renewal:`续约`},allowedOrigins:`允许嵌入的网站`,allowedOriginsHint:`每行一个来源，例如 https://shop.example.com；留空表示任何网站都可以嵌入。`,save:`保存`,saving:`正在保存…`,saveAndPublish:`保存并发布`,publish:`发布`,resume:`恢复收集`,pause:`暂停`,archive:`归档`,archiveConfirm:`归档后问卷不再收集回答，也不能再修改或重新发布。确定归档吗？`,archiveYes:`确定归档`,cancel:`取消`,unsaved:`有未保存的修改`,saved:`已保存。`,published:`已发布，问卷开始收集回答。`,paused:`已暂停，问卷暂时不收集回答。`,archived:`已归档。`,created:`问卷已创建（草稿）。`,errorSummary:`请修改以下 {n} 处后再保存：`,previewHint:`预览使用真实的问卷小部件和当前（未保存的）内容；不会记录展示，也不会保存回答。`,previewLayout:`预览样式`,layouts:{popover:`网页弹窗`,page:`问卷链接页面`},restart:`重新开始预览`,previewFrame:`问卷预览`,hostedLink:`问卷链接`,hostedHint:`用于邮件、短信和微信。只有收集中的问卷可以填写。`,qr:`问卷链接二维码`,qrHint:`保存图片后可在微信中分享，扫码即打开问卷。`,downloadQr:`下载二维码`,embed:`嵌入代码`,embedHint:`把这行代码放进你网站页面的 HTML 中，问卷会以弹窗形式出现。`,copy:`复制`,copyLink:`复制链接`,copyEmbed:`复制嵌入代码`,copied:`已复制到剪贴板。`,copyFailed:`无法自动复制，请手动选中复制。`,notActive:`问卷尚未发布或已暂停：链接和嵌入代码暂时不会显示问卷。`,responses:`回答数`,displays:`展示次数`,rate:`回答率`,fieldErrors:{name:`请填写问卷名称（最多 200 个字符）。`,kind:`请选择问卷类型。`,locale:`问卷语言只能是简体中文或 English。`,question:`请填写主问题（最多 1000 个字符）。`,followUps:`按分数追问有误。表单问卷不能按分数追问。`,followUpBand:`分数段须在 {low}–{high} 分之内，最低分不高于最高分，且各分数段不能重叠。`,followUpText:`请填写追问内容（最多 1000 个字符）。`,questions:`附加问题有误（最多 50 个）。`,questionRange:`评分题须满足 0 ≤ 最低分 < 最高分 ≤ 10。`,questionId:`问题 ID 只能用字母、数字、_ 和 -（最多 64 个字符），且不能重复，也不能用 score 或 comment。`,questionType:`请选择题型。`,questionText:`请填写问题内容（最多 1000 个字符）。`,options:`选择题需要 2 到 30 个选项。`,option:`选项有误。`,optionId:`选项 ID 不能重复，只能用字母、数字、_ 和 -。`,optionLabel:`请填写选项内容（最多 1000 个字符）。`,thankYou:`请填写感谢语（最多 1000 个字符）。`,allowedOrigins:`每行一个来源，格式如 https://shop.example.com（不含路径）。`,samplePercent:`抽样比例须在 0 到 100 之间。`,recontactDays:`再次打扰间隔须在 0 到 3650 天之间。`,displayLimit:`最多展示次数须在 1 到 1000 之间。`,logicReference:`规则引用的题目、目标或隐藏字段不存在（可能已改名或删除）。`,logicType:`这个条件与所读题目的类型不符（例如选择题不能比大小，值须是该题的选项或分数）。`,logicOrder:`条件只能读取前面的题目，跳转只能跳到后面的题目。`,logicRule:`规则不完整：请选择动作、条件和值。`,hiddenField:`隐藏字段的键须以字母开头（字母、数字、_，最多 64 个字符），不能重复，也不能与问题 ID 相同。`},previewHidden:`预览用的{label}`,logic:{title:`逻辑`,none:`没有规则：总是显示此题。`,add:`添加规则`,when:`当`,actions:{SHOW:`仅在以下条件时显示此题`,SKIP_TO:`跳过此题，跳到`,END:`在此结束问卷`},ops:{EQUALS:`等于`,ONE_OF:`是其中之一`,GT:`大于`,LT:`小于`,ANSWERED:`已回答`,NOT_ANSWERED:`未回答`},sources:{score:`评分`,comment:`评论`,hidden:`隐藏字段：{label}`,question:`问题 {n}：{text}`},action:`规则 {n} 的动作`,target:`规则 {n} 跳到的问题`,source:`规则 {n} 的条件所读的问题`,op:`规则 {n} 的条件`,value:`规则 {n} 的值`,values:`规则 {n} 的值（用逗号分隔）`,valuesHint:`多个值用逗号分隔`,pickTarget:`选择问题`,pickValue:`选择值`,remove:`删除规则 {n}`},hiddenFields:{title:`隐藏字段`,hint:`由问卷链接的参数（如 ?orderId=A-1001）或 VocWidget.init 的 hidden 选项填入，随回答一起保存，可用于逻辑条件和分群。`,key:`键，如 orderId`,label:`名称，如 订单号`,keyN:`隐藏字段 {n} 的键`,labelN:`隐藏字段 {n} 的名称`,add:`添加隐藏字段`,remove:`删除隐藏字段 {n}`},errors:{INVALID_TRANSITION:`问卷当前的状态不允许这样操作。`,NOT_FOUND:`找不到这份问卷，它可能已被删除。`}}},E2={surveysPage:{title:`Surveys`,newTitle:`New survey`,create:`New survey`,filters:`Filter surveys`,status:`Status`,anyStatus:`Any status`,includeSystem:`Include system surveys (case re-surveys)`,statuses:{DRAFT:`Draft`,ACTIVE:`Collecting`,PAUSED:`Paused`,ARCHIVED:`Archived`},kinds:{NPS:`NPS (Net Promoter Score)`,CSAT:`CSAT (satisfaction)`,CES:`CES (effort)`,FORM:`Feedback form`},kindShort:{NPS:`NPS`,CSAT:`CSAT`,CES:`CES`,FORM:`Form`},system:`System`,systemHint:`System surveys are run by VoC Loop itself (such as the re-survey of a resolved case); they are read-only here.`,count:`{n} survey | {n} surveys`,columns:{name:`Name`,kind:`Type`,status:`Status`,responses:`Responses`,displays:`Displays`,rate:`Response rate`,created:`Created`},more:`Load more`,emptyTitle:`No surveys yet`,emptyBody:`Create an NPS survey, check it in the live preview, publish it, then put the embed code in your product or send customers its link and QR code.`,emptyBodyReadOnly:`No surveys yet. Ask an admin or analyst of your team to create and publish one.`,emptyFilteredTitle:`No surveys match`,emptyFilteredBody:`Choose another status, or include system surveys.`,clearFilters:`Clear filters`,back:`Back to surveys`,readOnly:`Your role can view surveys only; admins and analysts can edit and publish them.`,archivedNote:`This survey is archived: it can no longer be changed or published again.`,cannotCreate:`Your role cannot create surveys. Ask an admin or analyst of your team.`,sections:{basics:`Basics`,questions:`Questions`,distribution:`Distribution`,journey:`Customer journey`,share:`Share and embed`,preview:`Live preview`,figures:`Figures`},name:`Survey name`,namePlaceholder:`e.g. Post-checkout NPS`,kind:`Survey type`,locale:`Survey language`,locales:{"zh-CN":`Simplified Chinese`,en:`English`},fixedAfterCreate:`Cannot be changed after creation.`,mainQuestion:`Main question`,scale:`Score {min}–{max}: {minLabel} … {maxLabel}`,formScale:`A form has no score: respondents write their answer.`,followUps:`Follow-ups by score`,followUpsHint:`After the score, respondents see the follow-up of their score band.`,band:`Score band`,bandFrom:`From`,bandTo:`To`,followUpText:`Follow-up ({from}–{to})`,addFollowUp:`Add a score band`,removeFollowUp:`Remove score band {from}–{to}`,extraQuestions:`Further questions`,extraHint:`Shown after the score and follow-up; optional.`,noExtra:`No further questions.`,addQuestion:`Add a question`,question:`Question {n}`,questionText:`Question`,questionType:`Type`,questionId:`Question ID`,questionIdHint:`Identifies the answer in exports and the API: letters, digits, _ and - only.`,required:`Required`,types:{single_choice:`Single choice`,multiple_choice:`Multiple choice`,rating:`Rating`,text:`Text`},options:`Options`,option:`Option {n}`,addOption:`Add an option`,removeOption:`Remove option {n}`,ratingMin:`Lowest`,ratingMax:`Highest`,moveUp:`Move question {n} up`,moveDown:`Move question {n} down`,removeQuestion:`Remove question {n}`,thankYou:`Thank-you message`,samplePercent:`Sample rate (%)`,sampleHint:`The share of eligible visitors who see the survey.`,recontactDays:`Recontact after (days)`,recontactHint:`Days before someone who answered sees it again.`,displayLimit:`Display limit`,displayLimitHint:`How often one visitor sees it at most (without answering).`,touchpoint:`Journey touchpoint`,touchpointHint:`Where in the customer journey this survey asks: onboarding, usage, support, renewal, or your own word. The overview compares NPS by touchpoint. Leave empty for none.`,touchpoints:{onboarding:`Onboarding`,usage:`Usage`,support:`Support`,renewal:`Renewal`},allowedOrigins:`Sites allowed to embed it`,allowedOriginsHint:`One origin a line, e.g. https://shop.example.com; empty: any site.`,save:`Save`,saving:`Saving…`,saveAndPublish:`Save and publish`,publish:`Publish`,resume:`Resume`,pause:`Pause`,archive:`Archive`,archiveConfirm:`An archived survey takes no more answers and can no longer be changed or published again. Archive it?`,archiveYes:`Archive`,cancel:`Cancel`,unsaved:`Unsaved changes`,saved:`Saved.`,published:`Published: the survey is collecting answers.`,paused:`Paused: the survey takes no answers for now.`,archived:`Archived.`,created:`Survey created (draft).`,errorSummary:`Fix these {n} fields before saving:`,previewHint:`The preview runs the real survey widget with the current (unsaved) content; it records no display and stores no answer.`,previewLayout:`Preview as`,layouts:{popover:`Pop-up on a page`,page:`Survey link page`},restart:`Restart preview`,previewFrame:`Survey preview`,hostedLink:`Survey link`,hostedHint:`For e-mail, SMS and WeChat. Only a collecting survey can be answered.`,qr:`QR code of the survey link`,qrHint:`Save the image to share it in WeChat: scanning it opens the survey.`,downloadQr:`Download QR code`,embed:`Embed code`,embedHint:`Put this line in the HTML of your site’s pages: the survey pops up there.`,copy:`Copy`,copyLink:`Copy link`,copyEmbed:`Copy embed code`,copied:`Copied to the clipboard.`,copyFailed:`Could not copy: select the text and copy it.`,notActive:`The survey is not published or is paused: its link and embed code show nothing for now.`,responses:`Responses`,displays:`Displays`,rate:`Response rate`,fieldErrors:{name:`Enter the survey’s name (at most 200 characters).`,kind:`Choose the survey type.`,locale:`The survey language is Simplified Chinese or English.`,question:`Enter the main question (at most 1000 characters).`,followUps:`The follow-ups are not right. A form cannot have follow-ups by score.`,followUpBand:`A score band lies within {low}–{high}, starts no higher than it ends, and overlaps no other band.`,followUpText:`Enter the follow-up (at most 1000 characters).`,questions:`The further questions are not right (at most 50).`,questionRange:`A rating needs 0 ≤ lowest < highest ≤ 10.`,questionId:`A question ID has letters, digits, _ and - only (at most 64), is unique, and is not score or comment.`,questionType:`Choose the question type.`,questionText:`Enter the question (at most 1000 characters).`,options:`A choice question needs 2 to 30 options.`,option:`This option is not right.`,optionId:`Option IDs are unique, with letters, digits, _ and - only.`,optionLabel:`Enter the option (at most 1000 characters).`,thankYou:`Enter the thank-you message (at most 1000 characters).`,allowedOrigins:`One origin a line, like https://shop.example.com (no path).`,samplePercent:`The sample rate is between 0 and 100.`,recontactDays:`Recontact after 0 to 3650 days.`,displayLimit:`The display limit is between 1 and 1000.`,logicReference:`The rule names a question, target or hidden field the survey does not have (renamed or removed?).`,logicType:`This condition does not fit what it reads (a choice has no order; a value must be one of its options or scores).`,logicOrder:`A condition reads only earlier questions, and a skip goes only to a later question.`,logicRule:`The rule is incomplete: choose an action, a condition and a value.`,hiddenField:`A hidden field’s key starts with a letter (letters, digits, _; at most 64), is unique and is not a question id.`},previewHidden:`{label} for the preview`,logic:{title:`Logic`,none:`No rules: this question is always shown.`,add:`Add a rule`,when:`when`,actions:{SHOW:`Show this question only`,SKIP_TO:`Skip this question to`,END:`End the survey here`},ops:{EQUALS:`equals`,ONE_OF:`is one of`,GT:`is greater than`,LT:`is less than`,ANSWERED:`is answered`,NOT_ANSWERED:`is not answered`},sources:{score:`Score`,comment:`Comment`,hidden:`Hidden field: {label}`,question:`Question {n}: {text}`},action:`Action of rule {n}`,target:`Question rule {n} skips to`,source:`What rule {n} reads`,op:`Condition of rule {n}`,value:`Value of rule {n}`,values:`Values of rule {n} (comma-separated)`,valuesHint:`Separate values with commas`,pickTarget:`Choose a question`,pickValue:`Choose a value`,remove:`Remove rule {n}`},hiddenFields:{title:`Hidden fields`,hint:`Filled in by the survey link’s query (e.g. ?orderId=A-1001) or VocWidget.init’s hidden option; stored with the answer, for logic conditions and segments.`,key:`Key, e.g. orderId`,label:`Label, e.g. Order number`,keyN:`Key of hidden field {n}`,labelN:`Label of hidden field {n}`,add:`Add a hidden field`,remove:`Remove hidden field {n}`},errors:{INVALID_TRANSITION:`The survey’s status does not allow this.`,NOT_FOUND:`This survey could not be found; it may have been removed.`}}},D2={topicsPage:{title:`主题`,intro:`从客户的文字评论中自动归纳出的主题：谁被提得最多、拉低了 NPS、正在升温。`,busy:`正在加载主题…`,table:{caption:`主题列表`,select:`选择`,selectAll:`选择全部主题`,selectTopic:`选择「{label}」`,label:`主题`,size:`评论数（占比）`,trend:`趋势`,nps:`NPS`,npsImpact:`NPS 影响`,sentiment:`负面情感`,sortBy:`按{column}排序`,comments:`{n} 条`,emerging:`新兴`,trendSummary:`每段评论数：{counts}`,noTrend:`无数据`,sentimentMix:`正面 {positive}，中性 {neutral}，负面 {negative}`,noSentiment:`无评分`,periodEmpty:`这个时间范围内没有归入主题的评论，换一个更长的时间范围试试。`},selection:{hint:`勾选主题后可以重命名（选 1 个）、合并（选 2 个及以上）或创建改进行动。`,selected:`已选 {n} 个主题`,rename:`重命名`,merge:`合并`,createAction:`创建改进行动`,clear:`取消选择`},driver:{title:`NPS 驱动因素`,hint:`横轴为评论占比，纵轴为 NPS 影响（整体 NPS 减去去掉该主题后的 NPS）。右下方的主题被频繁提及并拉低 NPS，最值得优先处理。`,share:`评论占比`,impact:`NPS 影响`,tooltip:`{label}
占比 {share}，NPS 影响 {impact}，{size} 条评论`,noData:`这个时间范围内的主题还没有带 NPS 评分的回答，暂时画不出驱动因素图。`},model:{title:`主题模型`,active:`当前版本 v{version}`,fittedAt:`归纳于 {date}`,summary:`{topics} 个主题，基于 {comments} 条评论`,scopeOrg:`适用于全部问卷`,scopeSurvey:`此问卷单独归纳`,history:`全部版本（{n}）`,version:`版本`,fitted:`归纳时间`,topics:`主题数`,comments:`评论数`,status:`状态`,inUse:`使用中`,retired:`已停用`,none:`还没有归纳过主题。`},refit:{button:`重新归纳主题`,confirmTitle:`重新归纳主题？`,confirmBody:`将用{scope}的全部文字评论重新归纳主题，通常需要几十秒到几分钟。延续下来的主题沿用原有的编号、名称和关联的改进行动；没有延续下来的主题会被停用，并指向接收它评论的主题。`,anchored:`归纳从现有主题出发：评论只在更贴合别的主题时才会移动，新出现的内容会成为新主题。`,freshNote:`将不沿用现有主题重新划分，主题划分可能整体变化。`,fresh:`重新划分全部主题（不沿用现有主题）`,scopeOrg:`所有问卷`,scopeSurvey:`这份问卷`,start:`开始归纳`,running:`正在重新归纳主题：{stage}，{percent}`,progress:`归纳进度`,succeeded:`主题已重新归纳，列表已更新。`,failed:`重新归纳失败：{error}`,failedUnknown:`重新归纳失败。`,dismiss:`关闭`,stages:{queued:`排队中`,loading:`读取评论`,analysing:`分析新评论`,fitting:`归纳主题`,sentiment:`调整情感模型`,saving:`保存模型`,activating:`启用新版本`,rescoring:`重新计算情感`,done:`完成`,failed:`失败`}},rename:{title:`重命名主题`,name:`新名称`,hint:`当前名称：{label}。新名称在重新归纳后仍会保留。`,required:`请输入 1–200 个字符的名称。`,save:`保存`,done:`已重命名为「{label}」。`},merge:{title:`合并主题`,body:`这些主题将合并为一个：其余主题的评论归入保留的主题，它们的链接也会指向它。合并无法撤销。`,keep:`保留哪个主题的名称和编号`,confirm:`合并`,done:`已合并为「{label}」。`},action:{title:`创建改进行动`,topics:`关联主题`,name:`标题`,description:`说明（可选）`,priority:`优先级`,priorityOption:`{n}`,priorityHint:`1 最高，5 最低`,required:`请输入标题。`,create:`创建`,done:`已创建改进行动「{title}」，可在主题详情页查看。`},dialog:{cancel:`取消`,close:`关闭`,saving:`正在保存…`},empty:{title:`还没有主题`,body:`主题是从反馈的文字评论中自动归纳出来的。收集到至少 30 条带文字评论的反馈后，点击「重新归纳主题」，完成后主题就会出现在这里。`,viewer:`主题是从反馈的文字评论中自动归纳出来的。收集到至少 30 条带文字评论的反馈后，请管理员或分析师重新归纳主题。`},accountFilter:{band:`健康等级`,plan:`套餐`,anyBand:`全部健康等级`,anyPlan:`全部套餐`,note:`只统计所选健康等级或套餐的账户下客户的回答（按账户当前的状态）；没有关联账户的回答不计入。`,allResponses:`在反馈页查看该主题的全部反馈（不限账户）`},detail:{back:`全部主题`,emerging:`新兴`,retired:`已停用`,generated:`系统生成的名称：{label}`,figures:`概况（{period}）`,size:`评论数`,share:`占比`,nps:`NPS`,npsImpact:`NPS 影响`,sentiment:`情感`,retiredTitle:`这个主题已停用`,retiredBody:`重新归纳时没有再找到这个主题。它的评论归入了：`,noSuccessors:`它的评论没有归入其他主题。`,merged:`已合并`,mergedTitle:`这个主题已合并`,mergedBody:`它已被合并，评论现在都在：`,keywords:`关键词`,keyword:`关键词`,weight:`权重`,noKeywords:`没有关键词。`,trend:`趋势（每周评论数）`,trendTable:`数据表`,week:`周`,count:`评论数`,partial:`* 不完整的周：只含部分天数，评论数偏少，所以画成空心点、不与趋势线相连。`,partialDots:`不完整的周`,comments:`代表性评论`,commentsHint:`最能代表这个主题的评论，保留客户的原话。`,noComments:`还没有代表性评论。`,responses:`相关反馈`,allResponses:`查看全部 {n} 条反馈`,noResponses:`还没有反馈归入这个主题。`,score:`评分 {score}`,noScore:`未评分`,noComment:`（无文字评论）`,actions:`改进行动`,noActions:`还没有关联到这个主题的改进行动。`,priority:`优先级 {n}`,owner:`负责人：{name}`,due:`截止 {date}`,statuses:{PROPOSED:`已提议`,UNDER_REVIEW:`评审中`,PLANNED:`已计划`,DECLINED:`已拒绝`,DUPLICATE:`重复`,IN_PROGRESS:`进行中`,ON_HOLD:`暂停`,SHIPPED:`已上线`,VERIFYING:`验证中`,CLOSED_EFFECTIVE:`已关闭（有效）`,CLOSED_INEFFECTIVE:`已关闭（无效）`},notFoundTitle:`找不到这个主题`,notFoundBody:`这个主题不存在，或者不属于你的组织。`},why:{toggle:`为什么叫这个名字？`,explain:`名称取自这个主题的评论里常说、而且比在其他主题里明显更常出现的短语。标着「用于名称」的短语组成了名称，其余是排在后面的候选。`,renamed:`这个主题已被重命名为「{label}」。系统生成的名称是「{generated}」，下面解释的是生成的名称。`,caption:`「{label}」的命名依据`,term:`短语`,inLabel:`用于名称`,coverage:`含有它的评论`,lift:`出现频率`,times:`是其他主题的 {n} 倍`,none:`这个主题是在按短语命名之前归纳的，没有记录命名依据。重新归纳主题后就能看到。`}}},O2={topicsPage:{title:`Topics`,intro:`Topics found automatically in your customers’ comments: what comes up most, what pulls NPS down, what is rising.`,busy:`Loading topics…`,table:{caption:`Topics`,select:`Select`,selectAll:`Select all topics`,selectTopic:`Select “{label}”`,label:`Topic`,size:`Comments (share)`,trend:`Trend`,nps:`NPS`,npsImpact:`NPS impact`,sentiment:`Negative`,sortBy:`Sort by {column}`,comments:`{n}`,emerging:`Emerging`,trendSummary:`Comments per bucket: {counts}`,noTrend:`No data`,sentimentMix:`positive {positive}, neutral {neutral}, negative {negative}`,noSentiment:`not scored`,periodEmpty:`No comment in this period is in a topic. Try a longer period.`},selection:{hint:`Select topics to rename one, merge two or more, or create an improvement action.`,selected:`{n} selected`,rename:`Rename`,merge:`Merge`,createAction:`Create action`,clear:`Clear selection`},driver:{title:`NPS drivers`,hint:`Across: share of comments. Up: NPS impact (overall NPS minus NPS without the topic). Topics at the bottom right come up often and pull NPS down: start there.`,share:`Share of comments`,impact:`NPS impact`,tooltip:`{label}
share {share}, NPS impact {impact}, {size} comments`,noData:`No topic in this period has answers with an NPS score yet, so there is no driver chart.`},model:{title:`Topic model`,active:`Version {version} in use`,fittedAt:`fitted {date}`,summary:`{topics} topics from {comments} comments`,scopeOrg:`for all surveys`,scopeSurvey:`fitted on this survey alone`,history:`All versions ({n})`,version:`Version`,fitted:`Fitted`,topics:`Topics`,comments:`Comments`,status:`Status`,inUse:`in use`,retired:`retired`,none:`No topics have been fitted yet.`},refit:{button:`Refit topics`,confirmTitle:`Refit the topics?`,confirmBody:`Finds topics again in all comments of {scope}; this takes from tens of seconds to a few minutes. Topics that carry on keep their ids, names and linked actions; the others are retired and point to the topics that took their comments.`,anchored:`The refit starts from the current topics: a comment moves only when another topic fits it better, and a new theme becomes a new topic.`,freshNote:`The topics are redrawn without starting from the current ones; every topic may change.`,fresh:`Redraw all topics (do not start from the current ones)`,scopeOrg:`all surveys`,scopeSurvey:`this survey`,start:`Refit`,running:`Refitting topics: {stage}, {percent}`,progress:`Refit progress`,succeeded:`Topics refitted; the list is up to date.`,failed:`The refit failed: {error}`,failedUnknown:`The refit failed.`,dismiss:`Dismiss`,stages:{queued:`queued`,loading:`reading comments`,analysing:`analysing new comments`,fitting:`finding topics`,sentiment:`adapting sentiment`,saving:`saving the model`,activating:`switching to the new version`,rescoring:`rescoring sentiment`,done:`done`,failed:`failed`}},rename:{title:`Rename topic`,name:`New name`,hint:`Now: {label}. The new name stays through refits.`,required:`Enter a name of 1–200 characters.`,save:`Save`,done:`Renamed to “{label}”.`},merge:{title:`Merge topics`,body:`These topics become one: the others’ comments move to the one kept, and links to them lead to it. A merge cannot be undone.`,keep:`Which topic keeps its name and id`,confirm:`Merge`,done:`Merged into “{label}”.`},action:{title:`Create improvement action`,topics:`Linked topics`,name:`Title`,description:`Description (optional)`,priority:`Priority`,priorityOption:`{n}`,priorityHint:`1 highest, 5 lowest`,required:`Enter a title.`,create:`Create`,done:`Created the action “{title}”; topic pages list it.`},dialog:{cancel:`Cancel`,close:`Close`,saving:`Saving…`},empty:{title:`No topics yet`,body:`Topics are found automatically in your answers’ comments. Once at least 30 answers have a comment, choose “Refit topics”; the topics appear here when it is done.`,viewer:`Topics are found automatically in your answers’ comments. Once at least 30 answers have a comment, ask an admin or analyst to refit the topics.`},accountFilter:{band:`Health`,plan:`Plan`,anyBand:`Any health band`,anyPlan:`Any plan`,note:`Only the answers of customers whose account is in the chosen health band or on the chosen plan (as the account is now) count; answers without an account do not.`,allResponses:`See all of the topic’s responses on the responses page (any account)`},detail:{back:`All topics`,emerging:`Emerging`,retired:`Retired`,generated:`Generated name: {label}`,figures:`At a glance ({period})`,size:`Comments`,share:`Share`,nps:`NPS`,npsImpact:`NPS impact`,sentiment:`Sentiment`,retiredTitle:`This topic is retired`,retiredBody:`A refit did not find this topic again. Its comments went to:`,noSuccessors:`Its comments went to no other topic.`,merged:`Merged`,mergedTitle:`This topic was merged`,mergedBody:`It was merged; its comments are now in`,keywords:`Keywords`,keyword:`Keyword`,weight:`Weight`,noKeywords:`No keywords.`,trend:`Trend (comments per week)`,trendTable:`Data table`,week:`Week`,count:`Comments`,partial:`* Partial week: only part of its days, so fewer comments; drawn as a hollow dot apart from the line.`,partialDots:`Partial week`,comments:`Representative comments`,commentsHint:`The comments most typical of the topic, in the customers’ own words.`,noComments:`No representative comments yet.`,responses:`Responses`,allResponses:`See all {n} responses`,noResponses:`No response is in this topic yet.`,score:`Score {score}`,noScore:`No score`,noComment:`(no comment)`,actions:`Improvement actions`,noActions:`No improvement action is linked to this topic yet.`,priority:`Priority {n}`,owner:`Owner: {name}`,due:`due {date}`,statuses:{PROPOSED:`Proposed`,UNDER_REVIEW:`Under review`,PLANNED:`Planned`,DECLINED:`Declined`,DUPLICATE:`Duplicate`,IN_PROGRESS:`In progress`,ON_HOLD:`On hold`,SHIPPED:`Shipped`,VERIFYING:`Verifying`,CLOSED_EFFECTIVE:`Closed (effective)`,CLOSED_INEFFECTIVE:`Closed (ineffective)`},notFoundTitle:`Topic not found`,notFoundBody:`This topic does not exist, or it belongs to another organisation.`},why:{toggle:`Why this name?`,explain:`The name is made of phrases that many of the topic’s comments contain and that come up far more often here than in other topics. The phrases marked make up the name; the others are the next best candidates.`,renamed:`This topic was renamed “{label}”. The generated name was “{generated}”: the phrases below explain that one.`,caption:`Why the topic is named “{label}”`,term:`Phrase`,inLabel:`In the name`,coverage:`Comments containing it`,lift:`Compared with other topics`,times:`{n}× as often`,none:`This topic was fitted before names were made from phrases, so there is nothing to explain it. Refit the topics to see why.`}}},k2={...D2,...y2,...T2,...p2,...d2,...C2,...x2,...h2,..._2,...s2},A2={...O2,...b2,...E2,...m2,...f2,...w2,...S2,...g2,...v2,...c2,app:{name:`VoC Loop`,tagline:`Voice of customer`},nav:{label:`Main navigation`,overview:`Overview`,topics:`Topics`,responses:`Responses`,surveys:`Surveys`,cases:`Cases`,actions:`Actions`,loop:`Loop`,accounts:`Customer health`,settings:`Settings`,graphiql:`GraphiQL (API explorer)`,skip:`Skip to content`,soon:`coming soon`},user:{menu:`User menu`,language:`Language`,signOut:`Sign out`,signingOut:`Signing out…`,roles:{ADMIN:`Admin`,ANALYST:`Analyst`,AGENT:`Agent`,VIEWER:`Viewer`}},login:{title:`Sign in`,intro:`Sign in with the e-mail and password you set when your admin invited you.`,email:`E-mail`,password:`Password`,submit:`Sign in`,submitting:`Signing in…`,invalid:`The e-mail or password is wrong.`,throttled:`Too many attempts. Try again in {seconds} s.`,throttledSoon:`Too many attempts. Try again later.`,expired:`The sign-in link has expired or was already used. Sign in with your e-mail and password, or ask your admin for a new invitation.`,signedOut:`You have signed out.`,sessionEnded:`Your session has ended. Please sign in again.`,noAccount:`No account yet? Ask your team admin to invite you (CLI: voc user create).`,developers:`API, GraphiQL and demo page`,required:`Enter your {field}.`},invitation:{title:`Set your password`,intro:`Choose a password to finish joining. You will sign in with your e-mail and this password.`,resetTitle:`Reset your password`,resetIntro:`Choose a new password for your account. The old one stops working and you are signed out everywhere; then sign in with your e-mail and the new password.`,resetSubmit:`Set new password and sign in`,firstIntro:`Choose a password for your account. You will sign in with your e-mail and this password.`,password:`New password`,confirm:`Repeat the password`,submit:`Set password and sign in`,submitting:`Saving…`,tooShort:`The password needs at least {n} characters.`,mismatch:`The two passwords differ.`,invalid:`This invitation link has expired or was already used. Ask your team admin to invite you again.`,missing:`The link has no invitation token. Open the whole link your admin sent you.`},errors:{network:`The server cannot be reached. Check the connection and try again.`,unavailable:`The server is unavailable for now. Try again shortly.`,forbidden:`Your role may not see this.`,csrf:`The security check failed. Reload the page and try again.`,generic:`Something went wrong: {message}`,retry:`Retry`},period:{label:`Period`,days:`Last {n} days`,range:`{from} to {to}`,custom:`Custom`,customRange:`Custom date range`,from:`From`,to:`To`,apply:`Apply`,timezone:`Time zone: {zone}`,invalid:`Choose valid start and end dates (the start no later than the end).`},attributes:{key:`Attribute`,value:`Value`},survey:{label:`Survey`,all:`All surveys`},overview:{title:`Overview`,kpis:`Key figures`,nps:`NPS`,margin:`± {m}`,marginHint:`half-width of the 95 % confidence interval`,change:`{delta} vs previous period`,noPrevious:`no previous data`,noSurveyOfKind:`No {kind} survey`,notSurveyOfKind:`This is not a {kind} survey`,csat:`CSAT`,ces:`CES`,responses:`Responses`,responseRate:`Response rate`,rateOf:`answers {answers} / displays {displays}`,rateHint:`The response rate counts the channels that record displays (widget, link, e-mail) only: their answers ÷ their displays.`,rateNote:`Response rate = answers through the widget, links and e-mail ({answers}) ÷ their displays ({displays}).`,rateNoteOthers:`Response rate = answers through the widget, links and e-mail ({answers}) ÷ their displays ({displays}). The {n} imported or API answer counts in Responses, not in the rate. | Response rate = answers through the widget, links and e-mail ({answers}) ÷ their displays ({displays}). The {n} imported and API answers count in Responses, not in the rate.`,ownSurveys:`With “All surveys”, these figures are of your organisation’s own surveys; the system re-survey is not in them.`,ownSurveysLeftOut:`With “All surveys”, these figures are of your organisation’s own surveys: the {n} answer to the system re-survey is not in them, so the Responses list counts {total} for this period. | With “All surveys”, these figures are of your organisation’s own surveys: the {n} answers to the system re-survey are not in them, so the Responses list counts {total} for this period.`,toResponses:`Open the Responses list`,notes:`About these figures`,noData:`—`,trend:`NPS trend`,trendBand:`Margin of error`,mix:`Promoters / passives / detractors`,promoters:`Promoters`,passives:`Passives`,detractors:`Detractors`,partial:` (partial period)`,partialDots:`Partial period`,partialNote:`* Partial period: only part of its days, so the trend draws it as a hollow dot apart from the line and the mix fades its bar.`,impact:`Topics that move NPS most`,impactHint:`Impact = overall NPS minus NPS without the topic; negative means the topic drags NPS down.`,emerging:`Emerging topics`,emergingBadge:`Emerging`,share:`{share} of comments`,topicNps:`topic NPS {nps}`,noTopics:`No topics yet. Topic analysis needs enough written comments: once they are in, run voc topics fit --org <organisation>, or call the fitTopics mutation.`,noImpact:`No topic in this view has scored NPS answers yet, so no impact can be computed.`,noEmerging:`No topic grew its share significantly in this period.`,segments:`NPS by segment`,segmentBy:`Segment attribute`,segmentValue:`Value`,noSegments:`Answers carry no segment attributes yet. Pass plan, city and the like in the widget's respondent.attributes to compare NPS across them here.`,noSegmentValues:`No answer in this period carries this attribute.`,byTouchpoint:`Journey touchpoint`,noTouchpoint:`Surveys without a touchpoint`,segmentSources:{respondent:`Respondent attributes`,survey:`Survey`,account:`Account`},byPlan:`Account plan`,byIndustry:`Account industry`,byBand:`Account health band`,noAccountValue:`Not set`,live:`{n} new answer | {n} new answers`,refresh:`Refresh`,emptyTitle:`No answers in this period yet`,emptyBody:`Choose a longer period, or embed the survey in your product to start collecting feedback (see the widget section of the README).`,noSurveysTitle:`No surveys yet`,noSurveysBody:`Create and publish an NPS survey, then embed the widget in your product. To look around first, run make run to load the demo data.`,chartsLoading:`Loading charts…`,table:`Data table`,bucket:`Period`,value:`Value`},notFound:{title:`Page not found`,body:`Nothing lives at this address, or you may not see it.`,home:`Back to the overview`},loading:`Loading…`},j2={...k2,app:{name:`VoC Loop`,tagline:`客户之声`},nav:{label:`主导航`,overview:`概览`,topics:`主题`,responses:`反馈`,surveys:`问卷`,cases:`工单`,actions:`改进`,loop:`闭环`,accounts:`客户健康`,settings:`设置`,graphiql:`GraphiQL 接口调试`,skip:`跳到正文`,soon:`即将推出`},user:{menu:`用户菜单`,language:`语言`,signOut:`退出登录`,signingOut:`正在退出…`,roles:{ADMIN:`管理员`,ANALYST:`分析师`,AGENT:`客服`,VIEWER:`只读成员`}},login:{title:`登录`,intro:`使用团队管理员邀请你时设置的邮箱和密码登录。`,email:`邮箱`,password:`密码`,submit:`登录`,submitting:`正在登录…`,invalid:`邮箱或密码不正确。`,throttled:`尝试次数过多，请 {seconds} 秒后再试。`,throttledSoon:`尝试次数过多，请稍后再试。`,expired:`登录链接已失效或已被使用。请用邮箱和密码登录，或请管理员重新发送邀请。`,signedOut:`你已退出登录。`,sessionEnded:`登录已过期，请重新登录。`,noAccount:`还没有账号？请团队管理员邀请你（命令行：voc user create）。`,developers:`API、GraphiQL 和演示页面`,required:`请填写{field}。`},invitation:{title:`设置密码`,intro:`设置一个密码以完成注册。之后用邮箱和这个密码登录。`,resetTitle:`重设密码`,resetIntro:`为你的账号设置一个新密码。原来的密码随即失效，已登录的设备都会退出；之后用邮箱和新密码登录。`,resetSubmit:`设置新密码并登录`,firstIntro:`为你的账号设置一个密码，之后用邮箱和这个密码登录。`,password:`新密码`,confirm:`再次输入密码`,submit:`设置密码并登录`,submitting:`正在保存…`,tooShort:`密码至少需要 {n} 个字符。`,mismatch:`两次输入的密码不一致。`,invalid:`这个邀请链接已失效或已被使用。请联系团队管理员重新邀请。`,missing:`链接中缺少邀请令牌。请打开管理员发给你的完整链接。`},errors:{network:`无法连接服务器，请检查网络后重试。`,unavailable:`服务器暂时不可用，请稍后重试。`,forbidden:`你的角色无权查看这些内容。`,csrf:`安全校验失败，请刷新页面后重试。`,generic:`出错了：{message}`,retry:`重试`},period:{label:`时间范围`,days:`近 {n} 天`,range:`{from} 至 {to}`,custom:`自定义`,customRange:`自定义日期范围`,from:`开始日期`,to:`结束日期`,apply:`应用`,timezone:`时区：{zone}`,invalid:`请选择有效的开始和结束日期（开始不晚于结束）。`},survey:{label:`问卷`,all:`全部问卷`},attributes:{key:`属性`,value:`取值`},overview:{title:`概览`,kpis:`关键指标`,nps:`NPS`,margin:`误差 ±{m}`,marginHint:`95% 置信区间的半宽`,change:`较上期 {delta}`,noPrevious:`上期无数据`,noSurveyOfKind:`没有 {kind} 问卷`,notSurveyOfKind:`此问卷不是 {kind} 问卷`,csat:`CSAT 满意度`,ces:`CES 费力度`,responses:`回答数`,responseRate:`回答率`,rateOf:`回答 {answers} / 展示 {displays}`,rateHint:`回答率只统计会记录展示的渠道（小部件、链接、邮件）：这些渠道的回答 ÷ 它们的展示次数。`,rateNote:`回答率 = 小部件、链接和邮件渠道的 {answers} 条回答 ÷ 这些渠道的 {displays} 次展示。`,rateNoteOthers:`回答率 = 小部件、链接和邮件渠道的 {answers} 条回答 ÷ 这些渠道的 {displays} 次展示；导入和 API 提交的 {n} 条回答计入回答数，不计入回答率。`,ownSurveys:`“全部问卷”的指标只统计本组织自己的问卷，不含系统回访问卷。`,ownSurveysLeftOut:`“全部问卷”的指标只统计本组织自己的问卷：系统回访问卷的 {n} 条回答未计入，因此反馈列表里这段时间共有 {total} 条回答。`,toResponses:`查看反馈列表`,notes:`指标说明`,noData:`—`,trend:`NPS 趋势`,trendBand:`误差范围`,mix:`推荐者 / 中立者 / 贬损者`,promoters:`推荐者`,passives:`中立者`,detractors:`贬损者`,partial:`（不完整周期）`,partialDots:`不完整周期`,partialNote:`* 不完整周期：只含部分天数，趋势图里画成空心点、不与趋势线相连，构成图里颜色变浅。`,impact:`对 NPS 影响最大的主题`,impactHint:`影响 = 整体 NPS 减去去掉该主题后的 NPS；负数表示拉低了 NPS。`,emerging:`新兴主题`,emergingBadge:`新兴`,share:`占比 {share}`,topicNps:`主题 NPS {nps}`,noTopics:`还没有主题。主题分析需要足够多的文字评论：收集到评论后运行 voc topics fit --org <组织名>，或调用 fitTopics 接口。`,noImpact:`这个范围内的主题还没有带 NPS 评分的回答，暂时无法计算影响。`,noEmerging:`这个时间范围内没有占比显著上升的主题。`,segments:`按细分属性看 NPS`,segmentBy:`细分属性`,segmentValue:`取值`,noSegments:`回答里还没有细分属性。在问卷小部件的 respondent.attributes 中传入 plan、city 等属性后，这里会按属性比较 NPS。`,noSegmentValues:`这个时间范围内没有带该属性的回答。`,byTouchpoint:`旅程触点`,noTouchpoint:`未设置触点的问卷`,segmentSources:{respondent:`回答者属性`,survey:`问卷`,account:`账户`},byPlan:`账户套餐`,byIndustry:`账户行业`,byBand:`账户健康等级`,noAccountValue:`未设置`,live:`{n} 条新回答`,refresh:`刷新数据`,emptyTitle:`这个时间范围内还没有回答`,emptyBody:`换一个更长的时间范围，或者把问卷嵌入产品页面开始收集反馈（参见 README 的小部件章节）。`,noSurveysTitle:`还没有问卷`,noSurveysBody:`先创建一份 NPS 问卷并发布，再把小部件嵌入你的产品。想先看看效果，可以运行 make run 加载演示数据。`,chartsLoading:`图表加载中…`,table:`数据表`,bucket:`时间`,value:`数值`},notFound:{title:`页面不存在`,body:`这个地址没有对应的页面，或者你无权查看。`,home:`返回概览`},loading:`加载中…`},M2=[`zh-CN`,`en`],N2=`voc.lang`;function P2(e){if(typeof e!=`string`)return null;let t=e.toLowerCase();return t.startsWith(`zh`)?`zh-CN`:t.startsWith(`en`)?`en`:null}function F2(){let e=P2(new URLSearchParams(window.location.search).get(`lang`));return e?(localStorage.setItem(N2,e),e):P2(localStorage.getItem(N2))??`zh-CN`}var I2=Iy({legacy:!1,locale:F2(),fallbackLocale:`zh-CN`,messages:{"zh-CN":j2,en:A2}});function L2(e){I2.global.locale.value=e,localStorage.setItem(N2,e),document.documentElement.lang=e}document.documentElement.lang=I2.global.locale.value;var R2=typeof document<`u`;function z2(e){return typeof e==`object`||`displayName`in e||`props`in e||`__vccOpts`in e}function B2(e){return e.__esModule||e[Symbol.toStringTag]===`Module`||e.default&&z2(e.default)}var X=Object.assign;function V2(e,t){let n={};for(let r in t){let i=t[r];n[r]=U2(i)?i.map(e):e(i)}return n}var H2=()=>{},U2=Array.isArray;function W2(e,t){let n={};for(let r in e)n[r]=r in t?t[r]:e[r];return n}var G2=/#/g,K2=/&/g,q2=/\//g,J2=/=/g,Y2=/\?/g,X2=/\+/g,Z2=/%5B/g,Q2=/%5D/g,$2=/%5E/g,e4=/%60/g,t4=/%7B/g,n4=/%7C/g,r4=/%7D/g,i4=/%20/g;function a4(e){return e==null?``:encodeURI(``+e).replace(n4,`|`).replace(Z2,`[`).replace(Q2,`]`)}function o4(e){return a4(e).replace(t4,`{`).replace(r4,`}`).replace($2,`^`)}function s4(e){return a4(e).replace(X2,`%2B`).replace(i4,`+`).replace(G2,`%23`).replace(K2,`%26`).replace(e4,"`").replace(t4,`{`).replace(r4,`}`).replace($2,`^`)}function c4(e){return s4(e).replace(J2,`%3D`)}function l4(e){return a4(e).replace(G2,`%23`).replace(Y2,`%3F`)}function u4(e){return l4(e).replace(q2,`%2F`)}function d4(e){if(e==null)return null;try{return decodeURIComponent(``+e)}catch{}return``+e}var f4=/\/$/,p4=e=>e.replace(f4,``);function m4(e,t,n=`/`){let r,i={},a=``,o=``,s=t.indexOf(`#`),c=t.indexOf(`?`);return c=s>=0&&c>s?-1:c,c>=0&&(r=t.slice(0,c),a=t.slice(c,s>0?s:t.length),i=e(a.slice(1))),s>=0&&(r||=t.slice(0,s),o=t.slice(s,t.length)),r=S4(r??t,n),{fullPath:r+a+o,path:r,query:i,hash:d4(o)}}function h4(e,t){let n=t.query?e(t.query):``;return t.path+(n&&`?`)+n+(t.hash||``)}function g4(e,t){return!t||!e.toLowerCase().startsWith(t.toLowerCase())?e:e.slice(t.length)||`/`}function _4(e,t,n){let r=t.matched.length-1,i=n.matched.length-1;return r>-1&&r===i&&v4(t.matched[r],n.matched[i])&&y4(t.params,n.params)&&e(t.query)===e(n.query)&&t.hash===n.hash}function v4(e,t){return(e.aliasOf||e)===(t.aliasOf||t)}function y4(e,t){if(Object.keys(e).length!==Object.keys(t).length)return!1;for(var n in e)if(!b4(e[n],t[n]))return!1;return!0}function b4(e,t){return U2(e)?x4(e,t):U2(t)?x4(t,e):e?.valueOf()===t?.valueOf()}function x4(e,t){return U2(t)?e.length===t.length&&e.every((e,n)=>e===t[n]):e.length===1&&e[0]===t}function S4(e,t){if(e.startsWith(`/`))return e;if(!e)return t;let n=t.split(`/`),r=e.split(`/`),i=r[r.length-1];(i===`..`||i===`.`)&&r.push(``);let a=n.length-1,o,s;for(o=0;o<r.length;o++)if(s=r[o],s!==`.`){if(s===`..`)a>1&&a--;else break}return n.slice(0,a).join(`/`)+`/`+r.slice(o).join(`/`)}var C4={path:`/`,name:void 0,params:{},query:{},hash:``,fullPath:`/`,matched:[],meta:{},redirectedFrom:void 0},w4=function(e){return e.pop=`pop`,e.push=`push`,e}({}),T4=function(e){return e.back=`back`,e.forward=`forward`,e.unknown=``,e}({});function E4(e){if(!e){if(R2){let t=document.querySelector(`base`);e=t&&t.getAttribute(`href`)||`/`,e=e.replace(/^\w+:\/\/[^\/]+/,``)}else e=`/`}return e[0]!==`/`&&e[0]!==`#`&&(e=`/`+e),p4(e)}var D4=/^[^#]+#/;function O4(e,t){return e.replace(D4,`#`)+t}function k4(e,t){let n=document.documentElement.getBoundingClientRect(),r=e.getBoundingClientRect();return{behavior:t.behavior,left:r.left-n.left-(t.left||0),top:r.top-n.top-(t.top||0)}}var A4=()=>({left:window.scrollX,top:window.scrollY});function j4(e){let t;if(`el`in e){let n=e.el,r=typeof n==`string`&&n.startsWith(`#`),i=typeof n==`string`?r?document.getElementById(n.slice(1)):document.querySelector(n):n;if(!i)return;t=k4(i,e)}else t=e;`scrollBehavior`in document.documentElement.style?window.scrollTo(t):window.scrollTo(t.left==null?window.scrollX:t.left,t.top==null?window.scrollY:t.top)}function M4(e,t){return(history.state?history.state.position-t:-1)+e}var N4=new Map;function P4(e,t){N4.set(e,t)}function F4(e){let t=N4.get(e);return N4.delete(e),t}function I4(e){return typeof e==`string`||e&&typeof e==`object`}function L4(e){return typeof e==`string`||typeof e==`symbol`}var Z=function(e){return e[e.MATCHER_NOT_FOUND=1]=`MATCHER_NOT_FOUND`,e[e.NAVIGATION_GUARD_REDIRECT=2]=`NAVIGATION_GUARD_REDIRECT`,e[e.NAVIGATION_ABORTED=4]=`NAVIGATION_ABORTED`,e[e.NAVIGATION_CANCELLED=8]=`NAVIGATION_CANCELLED`,e[e.NAVIGATION_DUPLICATED=16]=`NAVIGATION_DUPLICATED`,e}({}),R4=Symbol(``);Z.MATCHER_NOT_FOUND,Z.NAVIGATION_GUARD_REDIRECT,Z.NAVIGATION_ABORTED,Z.NAVIGATION_CANCELLED,Z.NAVIGATION_DUPLICATED;function z4(e,t){return X(Error(),{type:e,[R4]:!0},t)}function B4(e,t){return e instanceof Error&&R4 in e&&(t==null||!!(e.type&t))}function V4(e){let t={};if(e===``||e===`?`)return t;let n=(e[0]===`?`?e.slice(1):e).split(`&`);for(let e=0;e<n.length;++e){let r=n[e].replace(X2,` `),i=r.indexOf(`=`),a=d4(i<0?r:r.slice(0,i)),o=i<0?null:d4(r.slice(i+1));if(a in t){let e=t[a];U2(e)||(e=t[a]=[e]),e.push(o)}else t[a]=o}return t}function H4(e){let t=``;for(let n in e){let r=e[n];n=c4(n),r==null?r!==void 0&&(t+=(t.length?`&`:``)+n):(U2(r)?r.map(e=>e&&s4(e)):[r&&s4(r)]).forEach(e=>{e!==void 0&&(t+=(t.length?`&`:``)+n,e!=null&&(t+=`=`+e))})}return t}function U4(e){let t={};for(let n in e){let r=e[n];r!==void 0&&(t[n]=U2(r)?r.map(e=>e==null?null:``+e):r==null?r:``+r)}return t}var W4=Symbol(``),G4=Symbol(``),K4=Symbol(``),q4=Symbol(``),J4=Symbol(``);function Y4(){let e=[];function t(t){return e.push(t),()=>{let n=e.indexOf(t);n>-1&&e.splice(n,1)}}function n(){e=[]}return{add:t,list:()=>e.slice(),reset:n}}function X4(e,t,n,r,i,a=e=>e()){let o=r&&(r.enterCallbacks[i]=r.enterCallbacks[i]||[]);return()=>new Promise((s,c)=>{let l=e=>{e===!1?c(z4(Z.NAVIGATION_ABORTED,{from:n,to:t})):e instanceof Error?c(e):I4(e)?c(z4(Z.NAVIGATION_GUARD_REDIRECT,{from:t,to:e})):(o&&r.enterCallbacks[i]===o&&typeof e==`function`&&o.push(e),s())},u=a(()=>e.call(r&&r.instances[i],t,n,l)),d=Promise.resolve(u);e.length<3&&(d=d.then(l)),d.catch(e=>c(e))})}function Z4(e,t,n,r,i=e=>e()){let a=[];for(let o of e)for(let e in o.components){let s=o.components[e];if(t===`beforeRouteEnter`||o.instances[e]){if(z2(s)){let c=(s.__vccOpts||s)[t];c&&a.push(X4(c,n,r,o,e,i))}else{let c=s();a.push(()=>c.then(a=>{if(!a)throw Error(`Couldn't resolve component "${e}" at "${o.path}"`);let s=B2(a)?a.default:a;o.mods[e]=a,o.components[e]=s;let c=(s.__vccOpts||s)[t];return c&&X4(c,n,r,o,e,i)()}))}}}return a}function Q4(e,t){let n=[],r=[],i=[],a=Math.max(t.matched.length,e.matched.length);for(let o=0;o<a;o++){let a=t.matched[o];a&&(e.matched.find(e=>v4(e,a))?r.push(a):n.push(a));let s=e.matched[o];s&&(t.matched.find(e=>v4(e,s))||i.push(s))}return[n,r,i]}var $4=()=>location.protocol+`//`+location.host;function e3(e,t){let{pathname:n,search:r,hash:i}=t,a=e.indexOf(`#`);if(a>-1){let t=i.includes(e.slice(a))?e.slice(a).length:1,n=i.slice(t);return n[0]!==`/`&&(n=`/`+n),g4(n,``)}return g4(n,e)+r+i}function t3(e,t,n,r){let i=[],a=[],o=null,s=({state:a})=>{let s=e3(e,location),c=n.value,l=t.value,u=0;if(a){if(n.value=s,t.value=a,o&&o===c){o=null;return}u=l?a.position-l.position:0}else r(s);i.forEach(e=>{e(n.value,c,{delta:u,type:w4.pop,direction:u?u>0?T4.forward:T4.back:T4.unknown})})};function c(){o=n.value}function l(e){i.push(e);let t=()=>{let t=i.indexOf(e);t>-1&&i.splice(t,1)};return a.push(t),t}function u(){if(document.visibilityState===`hidden`){let{history:e}=window;if(!e.state)return;e.replaceState(X({},e.state,{scroll:A4()}),``)}}function d(){for(let e of a)e();a=[],window.removeEventListener(`popstate`,s),window.removeEventListener(`pagehide`,u),document.removeEventListener(`visibilitychange`,u)}return window.addEventListener(`popstate`,s),window.addEventListener(`pagehide`,u),document.addEventListener(`visibilitychange`,u),{pauseListeners:c,listen:l,destroy:d}}function n3(e,t,n,r=!1,i=!1){return{back:e,current:t,forward:n,replaced:r,position:window.history.length,scroll:i?A4():null}}function r3(e){let{history:t,location:n}=window,r={value:e3(e,n)},i={value:t.state};i.value||a(r.value,{back:null,current:r.value,forward:null,position:t.length-1,replaced:!0,scroll:null},!0);function a(r,a,o){let s=e.indexOf(`#`),c=s>-1?(n.host&&document.querySelector(`base`)?e:e.slice(s))+r:$4()+e+r;try{t[o?`replaceState`:`pushState`](a,``,c),i.value=a}catch(e){console.error(e),n[o?`replace`:`assign`](c)}}function o(e,n){a(e,X({},t.state,n3(i.value.back,e,i.value.forward,!0),n,{position:i.value.position}),!0),r.value=e}function s(e,n){let o=X({},i.value,t.state,{forward:e,scroll:A4()});a(o.current,o,!0),a(e,X({},n3(r.value,e,null),{position:o.position+1},n),!1),r.value=e}return{location:r,state:i,push:s,replace:o}}function i3(e){e=E4(e);let t=r3(e),n=t3(e,t.state,t.location,t.replace);function r(e,t=!0){t||n.pauseListeners(),history.go(e)}let i=X({location:``,base:e,go:r,createHref:O4.bind(null,e)},t,n);return Object.defineProperty(i,"location",{enumerable:!0,get:()=>t.location.value}),Object.defineProperty(i,"state",{enumerable:!0,get:()=>t.state.value}),i}var a3=function(e){return e[e.Static=0]=`Static`,e[e.Param=1]=`Param`,e[e.Group=2]=`Group`,e}({}),o3=function(e){return e[e.Static=0]=`Static`,e[e.Param=1]=`Param`,e[e.ParamRegExp=2]=`ParamRegExp`,e[e.ParamRegExpEnd=3]=`ParamRegExpEnd`,e[e.EscapeNext=4]=`EscapeNext`,e}(o3||{}),s3={type:a3.Static,value:``},c3=/[a-zA-Z0-9_]/;function l3(e){if(!e)return[[]];if(e===`/`)return[[s3]];if(!e.startsWith(`/`))throw Error(`Invalid path "${e}"`);function t(e){throw Error(`ERR (${n})/"${l}": ${e}`)}let n=o3.Static,r=n,i=[],a;function o(){a&&i.push(a),a=[]}let s=0,c,l=``,u=``;function d(){l&&=(n===o3.Static?a.push({type:a3.Static,value:l}):n===o3.Param||n===o3.ParamRegExp||n===o3.ParamRegExpEnd?(a.length>1&&(c===`*`||c===`+`)&&t(`A repeatable param (${l}) must be alone in its segment. eg: '/:ids+.`),a.push({type:a3.Param,value:l,regexp:u,repeatable:c===`*`||c===`+`,optional:c===`*`||c===`?`})):t(`Invalid state to consume buffer`),``)}function f(){l+=c}for(;s<e.length;)if(c=e[s++],c===`\\`&&n!==o3.ParamRegExp)r=n,n=o3.EscapeNext;else switch(n){case o3.Static:c===`/`?(l&&d(),o()):c===`:`?(d(),n=o3.Param):f();break;case o3.EscapeNext:f(),n=r;break;case o3.Param:c===`(`?n=o3.ParamRegExp:c3.test(c)?f():(d(),n=o3.Static,c!==`*`&&c!==`?`&&c!==`+`&&s--);break;case o3.ParamRegExp:c===`)`?u[u.length-1]==`\\`?u=u.slice(0,-1)+c:n=o3.ParamRegExpEnd:u+=c;break;case o3.ParamRegExpEnd:d(),n=o3.Static,c!==`*`&&c!==`?`&&c!==`+`&&s--,u=``;break;default:t(`Unknown state`)}return n===o3.ParamRegExp&&t(`Unfinished custom RegExp for param "${l}"`),d(),o(),i}var u3=`[^/]+?`,d3={sensitive:!1,strict:!1,start:!0,end:!0},f3=function(e){return e[e._multiplier=10]=`_multiplier`,e[e.Root=90]=`Root`,e[e.Segment=40]=`Segment`,e[e.SubSegment=30]=`SubSegment`,e[e.Static=40]=`Static`,e[e.Dynamic=20]=`Dynamic`,e[e.BonusCustomRegExp=10]=`BonusCustomRegExp`,e[e.BonusWildcard=-50]=`BonusWildcard`,e[e.BonusRepeatable=-20]=`BonusRepeatable`,e[e.BonusOptional=-8]=`BonusOptional`,e[e.BonusStrict=.7000000000000001]=`BonusStrict`,e[e.BonusCaseSensitive=.25]=`BonusCaseSensitive`,e}(f3||{}),p3=/[.+*?^${}()[\]/\\|]/g;function m3(e,t){let n=X({},d3,t),r=[],i=n.start?`^`:``,a=[],o=e.some(e=>e.some(e=>e.type===a3.Param&&/\\[1-9k]/.test(e.regexp||``)));for(let t of e){let e=t.length?[]:[f3.Root];n.strict&&!t.length&&(i+=`/`);for(let r=0;r<t.length;r++){let s=t[r],c=f3.Segment+(n.sensitive?f3.BonusCaseSensitive:0);if(s.type===a3.Static)r||(i+=`/`),i+=s.value.replace(p3,`\\$&`),c+=f3.Static;else if(s.type===a3.Param){let{value:e,repeatable:n,optional:l,regexp:u}=s;a.push({name:e,repeatable:n,optional:l});let d=u||u3;if(d!==u3){c+=f3.BonusCustomRegExp;try{`${d}`}catch(t){throw Error(`Invalid custom RegExp for param "${e}" (${d}): `+t.message)}}let f=n?`((?:${d})(?:/(?:${d}))*)`:`(${d})`,p=t[r+1],m=t[r+2];o||u||n||!m||m.type!==a3.Param||m.regexp||p.type!==a3.Static||(f=`([^/](?:(?!${p.value.replace(p3,`\\$&`)})[^/])*)`),r||(f=l&&t.length<2?`(?:/${f})`:`/`+f),l&&(f+=`?`),i+=f,c+=f3.Dynamic,l&&(c+=f3.BonusOptional),n&&(c+=f3.BonusRepeatable),d===`.*`&&(c+=f3.BonusWildcard)}e.push(c)}r.push(e)}if(n.strict&&n.end){let e=r.length-1;r[e][r[e].length-1]+=f3.BonusStrict}n.strict||(i+=`/?`),n.end?i+=`$`:n.strict&&!i.endsWith(`/`)&&(i+=`(?:/|$)`);let s=new RegExp(i,n.sensitive?``:`i`);function c(e){let t=e.match(s),n={};if(!t)return null;for(let e=1;e<t.length;e++){let r=t[e]||``,i=a[e-1];n[i.name]=r&&i.repeatable?r.split(`/`):r}return n}function l(t){let n=``,r=!1;for(let i of e){r&&n.endsWith(`/`)||(n+=`/`),r=!1;for(let e of i)if(e.type===a3.Static)n+=e.value;else if(e.type===a3.Param){let{value:a,repeatable:o,optional:s}=e,c=a in t?t[a]:``;if(U2(c)&&!o)throw Error(`Provided param "${a}" is an array but it is not repeatable (* or + modifiers)`);let l=U2(c)?c.join(`/`):c;if(!l){if(s)i.length<2&&(n.endsWith(`/`)?n=n.slice(0,-1):r=!0);else throw Error(`Missing required param "${a}"`)}n+=l}}return n||`/`}return{re:s,score:r,keys:a,parse:c,stringify:l}}function h3(e,t){let n=0;for(;n<e.length&&n<t.length;){let r=t[n]-e[n];if(r)return r;n++}return e.length<t.length?e.length===1&&e[0]===f3.Static+f3.Segment?-1:1:e.length>t.length?t.length===1&&t[0]===f3.Static+f3.Segment?1:-1:0}function g3(e,t){let n=0,r=e.score,i=t.score;for(;n<r.length&&n<i.length;){let e=h3(r[n],i[n]);if(e)return e;n++}if(Math.abs(i.length-r.length)===1){if(_3(r))return 1;if(_3(i))return-1}return i.length-r.length}function _3(e){let t=e[e.length-1];return e.length>0&&t[t.length-1]<0}var v3={strict:!1,end:!0,sensitive:!1};function y3(e,t,n){let r=X(m3(l3(e.path),n),{record:e,parent:t,children:[],alias:[]});return t&&!r.record.aliasOf==!t.record.aliasOf&&t.children.push(r),r}function b3(e,t){let n=[],r=new Map;t=W2(v3,t);function i(e){return r.get(e)}function a(e,n,r){let i=!r,s=S3(e);s.aliasOf=r&&r.record;let l=W2(t,e),u=[s];if(`alias`in e){let t=typeof e.alias==`string`?[e.alias]:e.alias;for(let e of t)u.push(S3(X({},s,{components:r?r.record.components:s.components,path:e,aliasOf:r?r.record:s})))}let d,f;for(let t of u){let{path:u}=t;if(n&&u[0]!==`/`){let e=n.record.path,r=e[e.length-1]===`/`?``:`/`;t.path=n.record.path+(u&&r+u)}if(d=y3(t,n,l),r?r.alias.push(d):(f||=d,f!==d&&f.alias.push(d),i&&e.name&&!w3(d)&&o(e.name)),O3(d)&&c(d),s.children){let e=s.children;for(let t=0;t<e.length;t++)a(e[t],d,r&&r.children[t])}r||=d}return f?()=>{o(f)}:H2}function o(e){if(L4(e)){let t=r.get(e);t&&(r.delete(e),n.splice(n.indexOf(t),1),t.children.forEach(o),t.alias.forEach(o))}else{let t=n.indexOf(e);t>-1&&(n.splice(t,1),e.record.name&&r.delete(e.record.name),e.children.forEach(o),e.alias.forEach(o))}}function s(){return n}function c(e){let t=E3(e,n);n.splice(t,0,e),e.record.name&&!w3(e)&&r.set(e.record.name,e)}function l(e,t){let i,a={},o,s;if(`name`in e&&e.name){if(i=r.get(e.name),!i)throw z4(Z.MATCHER_NOT_FOUND,{location:e});s=i.record.name,a=X(x3(t.params,i.keys.filter(e=>!e.optional).concat(i.parent?i.parent.keys.filter(e=>e.optional):[]).map(e=>e.name)),e.params&&x3(e.params,i.keys.map(e=>e.name))),o=i.stringify(a)}else if(e.path!=null)o=e.path,i=n.find(e=>e.re.test(o)),i&&(a=i.parse(o),s=i.record.name);else{if(i=t.name?r.get(t.name):n.find(e=>e.re.test(t.path)),!i)throw z4(Z.MATCHER_NOT_FOUND,{location:e,currentLocation:t});s=i.record.name,a=X({},t.params,e.params),o=i.stringify(a)}let c=[],l=i;for(;l;)c.unshift(l.record),l=l.parent;return{name:s,path:o,params:a,matched:c,meta:T3(c)}}e.forEach(e=>a(e));function u(){n.length=0,r.clear()}return{addRoute:a,resolve:l,removeRoute:o,clearRoutes:u,getRoutes:s,getRecordMatcher:i}}function x3(e,t){let n={};for(let r of t)r in e&&(n[r]=e[r]);return n}function S3(e){let t={path:e.path,redirect:e.redirect,name:e.name,meta:e.meta||{},aliasOf:e.aliasOf,beforeEnter:e.beforeEnter,props:C3(e),children:e.children||[],instances:{},leaveGuards:new Set,updateGuards:new Set,enterCallbacks:{},components:`components`in e?e.components||null:e.component&&{default:e.component}};return Object.defineProperty(t,"mods",{value:{}}),t}function C3(e){let t={},n=e.props||!1;if(`component`in e)t.default=n;else for(let r in e.components)t[r]=typeof n==`object`?n[r]:n;return t}function w3(e){for(;e;){if(e.record.aliasOf)return!0;e=e.parent}return!1}function T3(e){return e.reduce((e,t)=>X(e,t.meta),{})}function E3(e,t){let n=0,r=t.length;for(;n!==r;){let i=n+r>>1;g3(e,t[i])<0?r=i:n=i+1}let i=D3(e);return i&&(r=t.lastIndexOf(i,r-1)),r}function D3(e){let t=e;for(;t=t.parent;)if(O3(t)&&g3(e,t)===0)return t}function O3({record:e}){return!!(e.name||e.components&&Object.keys(e.components).length||e.redirect)}function k3(e){let t=sr(K4),n=sr(q4),r=R(()=>{let n=St(e.to);return t.resolve(n)}),i=R(()=>{let{matched:e}=r.value,{length:t}=e,i=e[t-1],a=n.matched;if(!i||!a.length)return-1;let o=a.findIndex(v4.bind(null,i));if(o>-1)return o;let s=P3(e[t-2]);return t>1&&P3(i)===s&&a[a.length-1].path!==s?a.findIndex(v4.bind(null,e[t-2])):o}),a=R(()=>i.value>-1&&N3(n.params,r.value.params)),o=R(()=>i.value>-1&&i.value===n.matched.length-1&&y4(n.params,r.value.params));function s(n={}){if(M3(n)){let n=t[St(e.replace)?`replace`:`push`](St(e.to)).catch(H2);return e.viewTransition&&typeof document<`u`&&`startViewTransition`in document&&document.startViewTransition(()=>n),n}return Promise.resolve()}return{route:r,href:R(()=>r.value.href),isActive:a,isExactActive:o,navigate:s}}function A3(e){return e.length===1?e[0]:e}var j3=Gr({name:`RouterLink`,compatConfig:{MODE:3},props:{to:{type:[String,Object],required:!0},replace:Boolean,activeClass:String,exactActiveClass:String,custom:Boolean,ariaCurrentValue:{type:String,default:`page`},viewTransition:Boolean},useLink:k3,setup(e,{slots:t}){let n=ot(k3(e)),{options:r}=sr(K4),i=R(()=>({[F3(e.activeClass,r.linkActiveClass,`router-link-active`)]:n.isActive,[F3(e.exactActiveClass,r.linkExactActiveClass,`router-link-exact-active`)]:n.isExactActive}));return()=>{let r=t.default&&A3(t.default(n));return e.custom?r:Uo(`a`,{"aria-current":n.isExactActive?e.ariaCurrentValue:null,href:n.href,onClick:n.navigate,class:i.value},r)}}});function M3(e){if(!(e.metaKey||e.altKey||e.ctrlKey||e.shiftKey)&&!e.defaultPrevented&&(e.button===void 0||e.button===0)){if(e.currentTarget&&e.currentTarget.getAttribute){let t=e.currentTarget.getAttribute(`target`);if(/\b_blank\b/i.test(t))return}return e.preventDefault&&e.preventDefault(),!0}}function N3(e,t){for(let n in t){let r=t[n],i=e[n];if(typeof r==`string`){if(r!==i)return!1}else if(!U2(i)||i.length!==r.length||r.some((e,t)=>e.valueOf()!==i[t].valueOf()))return!1}return!0}function P3(e){return e?e.aliasOf?e.aliasOf.path:e.path:``}var F3=(e,t,n)=>e??t??n,I3=Gr({name:`RouterView`,inheritAttrs:!1,props:{name:{type:String,default:`default`},route:Object},compatConfig:{MODE:3},setup(e,{attrs:t,slots:n}){let r=sr(J4),i=R(()=>e.route||r.value),a=sr(G4,0),o=R(()=>{let e=St(a),{matched:t}=i.value,n;for(;(n=t[e])&&!n.components;)e++;return e}),s=R(()=>i.value.matched[o.value]);or(G4,R(()=>o.value+1)),or(W4,s),or(J4,i);let c=vt();return fr(()=>[c.value,s.value,e.name],([e,t,n],[r,i,a])=>{t&&(t.instances[n]=e,i&&i!==t&&e&&e===r&&(t.leaveGuards.size||(t.leaveGuards=i.leaveGuards),t.updateGuards.size||(t.updateGuards=i.updateGuards))),!e||!t||i&&v4(t,i)&&r||(t.enterCallbacks[n]||[]).forEach(t=>t(e))},{flush:`post`}),()=>{let r=i.value,a=e.name,o=s.value,l=o&&o.components[a];if(!l)return L3(n.default,{Component:l,route:r});let u=o.props[a],d=Uo(l,X({},u?u===!0?r.params:typeof u==`function`?u(r):u:null,t,{onVnodeUnmounted:e=>{e.component.isUnmounted&&(o.instances[a]=null)},ref:c}));return L3(n.default,{Component:d,route:r})||d}}});function L3(e,t){if(!e)return null;let n=e(t);return n.length===1?n[0]:n}var R3=I3;function z3(e){let t=b3(e.routes,e),n=e.parseQuery||V4,r=e.stringifyQuery||H4,i=e.history,a=Y4(),o=Y4(),s=Y4(),c=yt(C4),l=C4;R2&&e.scrollBehavior&&`scrollRestoration`in history&&(history.scrollRestoration=`manual`);let u=V2.bind(null,e=>``+e),d=V2.bind(null,u4),f=V2.bind(null,d4);function p(e,n){let r,i;return L4(e)?(r=t.getRecordMatcher(e),i=n):i=e,t.addRoute(i,r)}function m(e){let n=t.getRecordMatcher(e);n&&t.removeRoute(n)}function h(){return t.getRoutes().map(e=>e.record)}function g(e){return!!t.getRecordMatcher(e)}function _(e,a){if(a=X({},a||c.value),typeof e==`string`){let r=m4(n,e,a.path),o=t.resolve({path:r.path},a),s=i.createHref(r.fullPath);return X(r,o,{params:f(o.params),hash:d4(r.hash),redirectedFrom:void 0,href:s})}let o;if(e.path!=null)o=X({},e,{path:m4(n,e.path,a.path).path});else{let t=X({},e.params);for(let e in t)t[e]??delete t[e];o=X({},e,{params:d(t)}),a.params=d(a.params)}let s=t.resolve(o,a),l=e.hash||``;s.params=u(f(s.params));let p=h4(r,X({},e,{hash:o4(l),path:s.path})),m=i.createHref(p);return X({fullPath:p,hash:l,query:r===H4?U4(e.query):e.query||{}},s,{redirectedFrom:void 0,href:m})}function v(e){return typeof e==`string`?m4(n,e,c.value.path):X({},e)}function y(e,t){if(l!==e)return z4(Z.NAVIGATION_CANCELLED,{from:t,to:e})}function b(e){return C(e)}function x(e){return b(X(v(e),{replace:!0}))}function S(e,t){let n=e.matched[e.matched.length-1];if(n&&n.redirect){let{redirect:r}=n,i=typeof r==`function`?r(e,t):r;return typeof i==`string`&&(i=i.includes(`?`)||i.includes(`#`)?i=v(i):{path:i},i.params={}),X({query:e.query,hash:e.hash,params:i.path==null?e.params:{}},i)}}function C(e,t){let n=l=_(e),i=c.value,a=e.state,o=e.force,s=e.replace===!0,u=S(n,i);if(u)return C(X(v(u),{state:typeof u==`object`?X({},a,u.state):a,force:o,replace:s}),t||n);let d=n;d.redirectedFrom=t;let f;return!o&&_4(r,i,n)&&(f=z4(Z.NAVIGATION_DUPLICATED,{to:d,from:i}),ce(i,i,!0,!1)),(f?Promise.resolve(f):E(d,i)).catch(e=>B4(e)?B4(e,Z.NAVIGATION_GUARD_REDIRECT)?e:se(e):ae(e,d,i)).then(e=>{if(e){if(B4(e,Z.NAVIGATION_GUARD_REDIRECT))return C(X({replace:s},v(e.to),{state:typeof e.to==`object`?X({},a,e.to.state):a,force:o}),t||d)}else e=D(d,i,!0,s,a);return ee(d,i,e),e})}function w(e,t){let n=y(e,t);return n?Promise.reject(n):Promise.resolve()}function T(e){let t=de.values().next().value;return t&&typeof t.runWithContext==`function`?t.runWithContext(e):e()}function E(e,t){let n,[r,i,s]=Q4(e,t);n=Z4(r.reverse(),`beforeRouteLeave`,e,t);for(let i of r)i.leaveGuards.forEach(r=>{n.push(X4(r,e,t))});let c=w.bind(null,e,t);return n.push(c),fe(n).then(()=>{n=[];for(let r of a.list())n.push(X4(r,e,t));return n.push(c),fe(n)}).then(()=>{n=Z4(i,`beforeRouteUpdate`,e,t);for(let r of i)r.updateGuards.forEach(r=>{n.push(X4(r,e,t))});return n.push(c),fe(n)}).then(()=>{n=[];for(let r of s)if(r.beforeEnter){if(U2(r.beforeEnter))for(let i of r.beforeEnter)n.push(X4(i,e,t));else n.push(X4(r.beforeEnter,e,t))}return n.push(c),fe(n)}).then(()=>(e.matched.forEach(e=>e.enterCallbacks={}),n=Z4(s,`beforeRouteEnter`,e,t,T),n.push(c),fe(n))).then(()=>{n=[];for(let r of o.list())n.push(X4(r,e,t));return n.push(c),fe(n)}).catch(e=>B4(e,Z.NAVIGATION_CANCELLED)?e:Promise.reject(e))}function ee(e,t,n){s.list().forEach(r=>T(()=>r(e,t,n)))}function D(e,t,n,r,a){let o=y(e,t);if(o)return o;let s=t===C4,l=R2?history.state:{};n&&(r||s?i.replace(e.fullPath,X({scroll:s&&l&&l.scroll},a)):i.push(e.fullPath,a)),c.value=e,ce(e,t,n,s),se()}let te;function ne(){te||=i.listen((e,t,n)=>{if(!k.listening)return;let r=_(e),a=S(r,k.currentRoute.value);if(a){C(X(a,{replace:!0,force:!0}),r).catch(H2);return}l=r;let o=c.value;R2&&P4(M4(o.fullPath,n.delta),A4()),E(r,o).catch(e=>B4(e,Z.NAVIGATION_ABORTED|Z.NAVIGATION_CANCELLED)?e:B4(e,Z.NAVIGATION_GUARD_REDIRECT)?(C(X(v(e.to),{force:!0}),r).then(e=>{B4(e,Z.NAVIGATION_ABORTED|Z.NAVIGATION_DUPLICATED)&&!n.delta&&n.type===w4.pop&&i.go(-1,!1)}).catch(H2),Promise.reject()):(n.delta&&i.go(-n.delta,!1),ae(e,r,o))).then(e=>{e||=D(r,o,!1),e&&(n.delta&&!B4(e,Z.NAVIGATION_CANCELLED)?i.go(-n.delta,!1):n.type===w4.pop&&B4(e,Z.NAVIGATION_ABORTED|Z.NAVIGATION_DUPLICATED)&&i.go(-1,!1)),ee(r,o,e)}).catch(H2)})}let O=Y4(),re=Y4(),ie;function ae(e,t,n){se(e);let r=re.list();return r.length?r.forEach(r=>r(e,t,n)):console.error(e),Promise.reject(e)}function oe(){return ie&&c.value!==C4?Promise.resolve():new Promise((e,t)=>{O.add([e,t])})}function se(e){return ie||(ie=!e,ne(),O.list().forEach(([t,n])=>e?n(e):t()),O.reset()),e}function ce(t,n,r,i){let{scrollBehavior:a}=e;if(!R2||!a)return Promise.resolve();let o=!r&&F4(M4(t.fullPath,0))||(i||!r)&&history.state&&history.state.scroll||null;return Un().then(()=>a(t,n,o)).then(e=>e&&j4(e)).catch(e=>ae(e,t,n))}let le=e=>i.go(e),ue,de=new Set,k={currentRoute:c,listening:!0,addRoute:p,removeRoute:m,clearRoutes:t.clearRoutes,hasRoute:g,getRoutes:h,resolve:_,options:e,push:b,replace:x,go:le,back:()=>le(-1),forward:()=>le(1),beforeEach:a.add,beforeResolve:o.add,afterEach:s.add,onError:re.add,isReady:oe,install(e){e.component(`RouterLink`,j3),e.component(`RouterView`,R3),e.config.globalProperties.$router=k,Object.defineProperty(e.config.globalProperties,"$route",{enumerable:!0,get:()=>St(c)}),R2&&!ue&&c.value===C4&&(ue=!0,b(i.location).catch(e=>{}));let t={};for(let e in C4)Object.defineProperty(t,e,{get:()=>c.value[e],enumerable:!0});e.provide(K4,k),e.provide(q4,st(t)),e.provide(J4,c);let n=e.unmount;de.add(e),e.unmount=function(){de.delete(e),de.size<1&&(l=C4,te&&te(),te=null,c.value=C4,ue=!1,ie=!1),n()}}};function fe(e){return e.reduce((e,t)=>e.then(()=>T(t)),Promise.resolve())}return k}function B3(){return sr(K4)}function V3(e){return sr(q4)}async function H3(e,t={}){let n;try{n=await fetch(e,{credentials:`same-origin`,...t})}catch(e){throw r2(e)}if(!n.ok)throw await n2(n);return n}function U3(e,t){return H3(e,{method:`POST`,headers:{"content-type":`application/json`,...Qy()},body:t===void 0?void 0:JSON.stringify(t)})}async function W3(){let e=await(await H3(`/auth/session`,{headers:{accept:`application/json`}})).json();return e.user.role=e.user.role.toUpperCase(),e}async function G3(e,t){await U3(`/auth/login`,{email:e,password:t})}async function K3(){await U3(`/auth/logout`)}async function q3(e,t){await U3(`/auth/invitation`,{token:e,password:t})}var J3=(function(){let e=typeof document<`u`&&document.createElement(`link`).relList;return e&&e.supports&&e.supports(`modulepreload`)?`modulepreload`:`preload`})(),Y3=function(e){return`/app/`+e},X3={},Z3={},Q3=function(e){return e.pathname.endsWith(`.css`)},$3=function(e,t,n){if(t in e)return e[t];let r=n();if(!r){e[t]=void 0;return}let i=r.then(()=>{e[t]=void 0},n=>{throw delete e[t],n});return e[t]=i,i},Q=function(e,t,n){let r=Promise.resolve();if(t&&t.length>0){let e,i=document.querySelector(`meta[property=csp-nonce]`),a=i?.nonce||i?.getAttribute(`nonce`);function o(e){return Promise.all(e.map(e=>Promise.resolve(e).then(e=>({status:`fulfilled`,value:e}),e=>({status:`rejected`,reason:e}))))}function s(e){return import.meta.resolve?new URL(import.meta.resolve(e)):new URL(e,import.meta.url)}r=o(t.map(t=>{t=Y3(t,n);let r=s(t),i=Q3(r);return $3(X3,r.href,()=>{if(e===void 0){e={all:new Set,styles:new Set};let t=document.getElementsByTagName(`link`);for(let n=t.length-1;n>=0;n--){let r=t[n];e.all.add(r.href),r.rel===`stylesheet`&&e.styles.add(r.href)}}let t=i?e.styles:e.all,n=i?Z3[r.href]:void 0;if(!n&&t.has(r.href))return;let o=document.createElement(`link`);if(o.rel=i?`stylesheet`:J3,i||(o.as=`script`),o.crossOrigin=``,o.href=r.href,a&&o.setAttribute(`nonce`,a),n&&delete Z3[r.href],n?.isConnected?n.replaceWith(o):document.head.appendChild(o),i)return new Promise((e,t)=>{let n=i=>{o.removeEventListener(`load`,n),o.removeEventListener(`error`,n),i.type===`error`?(Z3[r.href]=o,t(Error(`Unable to preload CSS for ${r}`))):e(i)};o.addEventListener(`load`,n),o.addEventListener(`error`,n)})})}).filter(e=>e!==void 0))}function i(e){let t=new Event(`vite:preloadError`,{cancelable:!0});if(t.payload=e,window.dispatchEvent(t),!t.defaultPrevented)throw e}return r.then(t=>{for(let e of t||[])e.status===`rejected`&&i(e.reason);return e().catch(i)})},e6=null;function t6(){let{protocol:e,host:t}=window.location;return`${e===`https:`?`wss`:`ws`}://${t}/graphql`}async function n6(){return e6??=Q(async()=>{let{createClient:e}=await import(`./dist-i3JjxNFJ.js`);return{createClient:e}},[]).then(({createClient:e})=>e({url:t6(),lazy:!0,retryAttempts:5,connectionParams:()=>({csrfToken:Zy()})})),e6}function r6(e,t,n){let r=null,i=!1;return n6().then(a=>{i||(r=a.subscribe({query:e.toString(),variables:t},{next:e=>e.data&&n.next(e.data),error:e=>n.error?.(e),complete:()=>{}}))}),()=>{i=!0,r?.()}}async function i6(){if(e6){let e=e6;e6=null,await(await e).dispose()}}var $=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new $(`
    fragment AccountRow on Account {
  id
  externalId
  name
  attributes
  renewalAt
  stage
  owner {
    id
    name
  }
  health {
    score
    band
    computedAt
    change30d
  }
}
    `,{fragmentName:`AccountRow`}),new $(`
    fragment AccountResponseRow on Response {
  id
  score
  comment
  submittedAt
  survey {
    id
    name
  }
  case {
    id
  }
}
    `,{fragmentName:`AccountResponseRow`}),new $(`
    fragment AccountCaseRow on Case {
  id
  status
  createdAt
  breached
  reason
  response {
    id
    score
    comment
  }
}
    `,{fragmentName:`AccountCaseRow`}),new $(`
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
    fragment ChannelDeliveryRow on NotificationDelivery {
  id
  event
  status
  count
  title
  attempts
  httpStatus
  errorCode
  errorMessage
  createdAt
  deliveredAt
  nextAttemptAt
}
    `,{fragmentName:`ChannelDeliveryRow`}),new $(`
    fragment ChannelRow on NotificationChannel {
  id
  kind
  name
  url
  events
  mentions
  locale
  digestHour
  active
  signed
  createdAt
  lastDelivery {
    ...ChannelDeliveryRow
  }
}
    fragment ChannelDeliveryRow on NotificationDelivery {
  id
  event
  status
  count
  title
  attempts
  httpStatus
  errorCode
  errorMessage
  createdAt
  deliveredAt
  nextAttemptAt
}`,{fragmentName:`ChannelRow`}),new $(`
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
  signedIn
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
    rateResponses
    rateDisplays
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
    rateResponses
    rateDisplays
  }
}
    `,{fragmentName:`SurveyDetail`});var a6=new $(`
    query AccountsPage($filter: AccountFilter, $first: Int, $after: String, $orderBy: AccountOrder!) {
  accounts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...AccountRow
      }
    }
  }
  healthy: accounts(filter: {band: HEALTHY}, first: 1) {
    totalCount
  }
  watch: accounts(filter: {band: WATCH}, first: 1) {
    totalCount
  }
  atRisk: accounts(filter: {band: AT_RISK}, first: 1) {
    totalCount
    mrr
  }
  critical: accounts(filter: {band: CRITICAL}, first: 1) {
    totalCount
    mrr
  }
  all: accounts(first: 1) {
    totalCount
  }
}
    fragment AccountRow on Account {
  id
  externalId
  name
  attributes
  renewalAt
  stage
  owner {
    id
    name
  }
  health {
    score
    band
    computedAt
    change30d
  }
}`),o6=new $(`
    query AccountPage($id: ID!) {
  node(id: $id) {
    ... on Account {
      id
      externalId
      name
      attributes
      renewalAt
      stage
      updatedAt
      owner {
        id
        name
      }
      health {
        score
        band
        computedAt
        components {
          key
          label
          weight
          value
          points
          missing
          evidence
        }
        trend {
          day
          score
          band
        }
      }
    }
  }
}
    `),s6=new $(`
    query OverviewBands {
  healthy: accounts(filter: {band: HEALTHY}, first: 1) {
    totalCount
  }
  watch: accounts(filter: {band: WATCH}, first: 1) {
    totalCount
  }
  atRisk: accounts(filter: {band: AT_RISK}, first: 1) {
    totalCount
  }
  critical: accounts(filter: {band: CRITICAL}, first: 1) {
    totalCount
  }
}
    `),c6=new $(`
    query AccountActivity($id: ID!, $first: Int) {
  node(id: $id) {
    ... on Account {
      id
      respondents(first: 50) {
        totalCount
        edges {
          node {
            id
            externalId
            verified
          }
        }
      }
      responses(first: $first) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...AccountResponseRow
          }
        }
      }
      cases(first: $first) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...AccountCaseRow
          }
        }
      }
    }
  }
}
    fragment AccountResponseRow on Response {
  id
  score
  comment
  submittedAt
  survey {
    id
    name
  }
  case {
    id
  }
}
fragment AccountCaseRow on Case {
  id
  status
  createdAt
  breached
  reason
  response {
    id
    score
    comment
  }
}`),l6=new $(`
    query AccountResponsesMore($id: ID!, $first: Int, $after: String) {
  node(id: $id) {
    ... on Account {
      id
      responses(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...AccountResponseRow
          }
        }
      }
    }
  }
}
    fragment AccountResponseRow on Response {
  id
  score
  comment
  submittedAt
  survey {
    id
    name
  }
  case {
    id
  }
}`),u6=new $(`
    query AccountCasesMore($id: ID!, $first: Int, $after: String) {
  node(id: $id) {
    ... on Account {
      id
      cases(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...AccountCaseRow
          }
        }
      }
    }
  }
}
    fragment AccountCaseRow on Case {
  id
  status
  createdAt
  breached
  reason
  response {
    id
    score
    comment
  }
}`),d6=new $(`
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
    `),f6=new $(`
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
    `),p6=new $(`
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
}`),m6=new $(`
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
    `),h6=new $(`
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
    `),g6=new $(`
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
    `),_6=new $(`
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
    `),v6=new $(`
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
    `),y6=new $(`
    query LoopOverview {
  loopMetrics {
    ...LoopFigures
    caseLoad {
      byTeam {
        team {
          id
        }
        openCases
        breachedCases
      }
      byAssignee {
        assignee {
          id
        }
        openCases
        breachedCases
        openAccountWarnings
      }
    }
  }
  teams {
    id
    name
    fallbackOwner {
      id
    }
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
}`),b6=new $(`
    query LoopTrend($weeks: Int!) {
  loopTrend(weeks: $weeks) {
    start
    detractorsContactedWithin24h
    medianHoursToFirstContact
  }
}
    `),x6=new $(`
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
    `),S6=new $(`
    query CasesList($filter: CaseFilter, $first: Int, $after: String, $order: CaseOrder! = NEWEST) {
  cases(filter: $filter, first: $first, after: $after, orderBy: $order) {
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
}`),C6=new $(`
    query CasesOptions {
  teams {
    id
    name
    lead {
      id
    }
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
    `),w6=new $(`
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
}`),T6=new $(`
    mutation AssignCase($id: ID!, $assigneeId: ID!, $withinCap: Boolean! = false) {
  assignCase(id: $id, assigneeId: $assigneeId, withinCap: $withinCap) {
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
}`),E6=new $(`
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
}`),D6=new $(`
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
}`),O6=new $(`
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
}`),k6=new $(`
    query SettingsChannels {
  notificationChannels {
    ...ChannelRow
  }
}
    fragment ChannelDeliveryRow on NotificationDelivery {
  id
  event
  status
  count
  title
  attempts
  httpStatus
  errorCode
  errorMessage
  createdAt
  deliveredAt
  nextAttemptAt
}
fragment ChannelRow on NotificationChannel {
  id
  kind
  name
  url
  events
  mentions
  locale
  digestHour
  active
  signed
  createdAt
  lastDelivery {
    ...ChannelDeliveryRow
  }
}`),A6=new $(`
    query ChannelDeliveries($id: ID!, $first: Int, $after: String, $status: NotificationDeliveryStatus) {
  node(id: $id) {
    ... on NotificationChannel {
      id
      deliveries(first: $first, after: $after, status: $status) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ChannelDeliveryRow
          }
        }
      }
    }
  }
}
    fragment ChannelDeliveryRow on NotificationDelivery {
  id
  event
  status
  count
  title
  attempts
  httpStatus
  errorCode
  errorMessage
  createdAt
  deliveredAt
  nextAttemptAt
}`),j6=new $(`
    mutation CreateChannel($input: CreateNotificationChannelInput!) {
  createNotificationChannel(input: $input) {
    channel {
      ...ChannelRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment ChannelDeliveryRow on NotificationDelivery {
  id
  event
  status
  count
  title
  attempts
  httpStatus
  errorCode
  errorMessage
  createdAt
  deliveredAt
  nextAttemptAt
}
fragment ChannelRow on NotificationChannel {
  id
  kind
  name
  url
  events
  mentions
  locale
  digestHour
  active
  signed
  createdAt
  lastDelivery {
    ...ChannelDeliveryRow
  }
}
fragment SettingsUserError on UserError {
  code
  field
  message
}`),M6=new $(`
    mutation UpdateChannel($id: ID!, $input: UpdateNotificationChannelInput!) {
  updateNotificationChannel(id: $id, input: $input) {
    channel {
      ...ChannelRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment ChannelDeliveryRow on NotificationDelivery {
  id
  event
  status
  count
  title
  attempts
  httpStatus
  errorCode
  errorMessage
  createdAt
  deliveredAt
  nextAttemptAt
}
fragment ChannelRow on NotificationChannel {
  id
  kind
  name
  url
  events
  mentions
  locale
  digestHour
  active
  signed
  createdAt
  lastDelivery {
    ...ChannelDeliveryRow
  }
}
fragment SettingsUserError on UserError {
  code
  field
  message
}`),N6=new $(`
    mutation DeleteChannel($id: ID!) {
  deleteNotificationChannel(id: $id) {
    channel {
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
}`),P6=new $(`
    mutation SendTestNotification($id: ID!) {
  sendTestNotification(id: $id) {
    channel {
      ...ChannelRow
    }
    delivery {
      ...ChannelDeliveryRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment ChannelDeliveryRow on NotificationDelivery {
  id
  event
  status
  count
  title
  attempts
  httpStatus
  errorCode
  errorMessage
  createdAt
  deliveredAt
  nextAttemptAt
}
fragment ChannelRow on NotificationChannel {
  id
  kind
  name
  url
  events
  mentions
  locale
  digestHour
  active
  signed
  createdAt
  lastDelivery {
    ...ChannelDeliveryRow
  }
}
fragment SettingsUserError on UserError {
  code
  field
  message
}`),F6=new $(`
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
    `),I6=new $(`
    query OverviewFigures($surveyId: ID, $from: DateTime!, $to: DateTime!, $previousFrom: DateTime!, $interval: Interval!) {
  current: metrics(surveyId: $surveyId, from: $from, to: $to, interval: $interval) {
    responses
    responseRate
    rateResponses
    rateDisplays
    systemResponses
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
  accounts(first: 1) {
    totalCount
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
    `),L6=new $(`
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
    `),R6=new $(`
    query OverviewAccountSegments($surveyId: ID, $from: DateTime!, $to: DateTime!, $by: AccountDimension!) {
  metrics(surveyId: $surveyId, from: $from, to: $to) {
    accountSegments(by: $by, first: 12) {
      value
      responses
      nps {
        score
        marginOfError
      }
    }
  }
}
    `),z6=new $(`
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
    `),B6=new $(`
    subscription LiveResponses($surveyId: ID) {
  responseSubmitted(surveyId: $surveyId) {
    id
    submittedAt
  }
}
    `),V6=new $(`
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
}`),H6=new $(`
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
}`),U6=new $(`
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
}`),W6=new $(`
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
    `),G6=new $(`
    query ResponsesAny {
  responses(first: 1) {
    totalCount
  }
}
    `),K6=new $(`
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
    systemResponses
  }
}
    `),q6=new $(`
    query ResponsesAttributeValues($surveyId: ID, $from: DateTime!, $to: DateTime!, $attribute: String!) {
  metrics(surveyId: $surveyId, from: $from, to: $to) {
    segments(attribute: $attribute, first: 30) {
      value
      responses
    }
  }
}
    `),J6=new $(`
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
    `),Y6=new $(`
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
  signedIn
}`),X6=new $(`
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
  signedIn
}`),Z6=new $(`
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
  signedIn
}`),Q6=new $(`
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
  signedIn
}`),$6=new $(`
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
  signedIn
}`),eb=new $(`
    mutation SettingsRevokeUserSessions($userId: ID!) {
  revokeUserSessions(userId: $userId) {
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
  signedIn
}`),tb=new $(`
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
}`),nb=new $(`
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
}`),rb=new $(`
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
}`),ib=new $(`
    query SettingsIdentitySecret {
  viewer {
    organization {
      id
      identitySecret
    }
  }
}
    `),ab=new $(`
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
    `),ob=new $(`
    query SettingsOrganization {
  viewer {
    organization {
      id
      name
      timezone
    }
  }
}
    `),sb=new $(`
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
    `),cb=new $(`
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
}`),lb=new $(`
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
}`),ub=new $(`
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
}`),db=new $(`
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
}`),fb=new $(`
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
}`),pb=new $(`
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
}`),mb=new $(`
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
}`),hb=new $(`
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
}`),gb=new $(`
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
}`),_b=new $(`
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
}`),vb=new $(`
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
}`),yb=new $(`
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
}`),bb=new $(`
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
}`),xb=new $(`
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
}`),Sb=new $(`
    query SettingsVocabulary {
  vocabulary {
    stopWords
    productTerms
  }
}
    `),Cb=new $(`
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
}`),wb=new $(`
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
}`),Tb=new $(`
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
}`),Eb=new $(`
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
}`),Db=new $(`
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
}`),Ob=new $(`
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
}`),kb=new $(`
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
    rateResponses
    rateDisplays
  }
}`),Ab=new $(`
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
    rateResponses
    rateDisplays
  }
}`),jb=new $(`
    query DefaultSurveyDefinition($kind: SurveyKind!, $locale: String!) {
  defaultSurveyDefinition(kind: $kind, locale: $locale)
}
    `),Mb=new $(`
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
    rateResponses
    rateDisplays
  }
}`),Nb=new $(`
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
    rateResponses
    rateDisplays
  }
}`),Pb=new $(`
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
    rateResponses
    rateDisplays
  }
}`),Fb=new $(`
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
    rateResponses
    rateDisplays
  }
}`),Ib=new $(`
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
    rateResponses
    rateDisplays
  }
}`),Lb=new $(`
    query TopicsList($surveyId: ID, $from: DateTime!, $to: DateTime!, $interval: Interval!, $filter: ResponseFilter) {
  topics(surveyId: $surveyId, from: $from, to: $to, first: 100, filter: $filter) {
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
    `),Rb=new $(`
    query TopicsAccountPlans($surveyId: ID, $from: DateTime!, $to: DateTime!) {
  accounts(first: 1) {
    totalCount
  }
  metrics(surveyId: $surveyId, from: $from, to: $to) {
    accountSegments(by: PLAN, first: 50) {
      value
    }
  }
}
    `),zb=new $(`
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
    `),Bb=new $(`
    query TopicDetail($id: ID!, $surveyId: ID, $from: DateTime, $to: DateTime, $filter: ResponseFilter) {
  node: topic(id: $id, surveyId: $surveyId, from: $from, to: $to, filter: $filter) {
    __typename
    ... on Topic {
      id
      label
      generatedLabel
      keywords {
        word
        weight
      }
      labelTerms {
        term
        coverage
        lift
        inLabel
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
    `),Vb=new $(`
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
    `),Hb=new $(`
    query ActiveTopicFit($surveyId: ID) {
  activeTopicFit(surveyId: $surveyId) {
    id
    status
    progress
    stage
    error
  }
}
    `),Ub=new $(`
    query AnalysisJobProgress($id: ID!) {
  analysisJob(id: $id) {
    id
    status
    progress
    stage
    error
  }
}
    `),Wb=new $(`
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
    `),Gb=new $(`
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
    `),Kb=new $(`
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
    `),qb=new $(`
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
    `),Jb=ot({session:null,checked:!1,timezone:`Asia/Shanghai`,surveys:[],started:!1});async function Yb(e=!1){if(Jb.checked&&!e)return Jb.session;try{Jb.session=await W3()}catch(e){if(!e2(e,`UNAUTHENTICATED`))throw e;Jb.session=null}return Jb.checked=!0,Jb.session}async function Xb(){if(Jb.started)return;let e=await o2(F6,{});Jb.timezone=e.viewer.organization.timezone,Jb.surveys=e.surveys.edges.map(e=>e.node),Jb.started=!0}function Zb(){return Jb.session?.user.role??null}function Qb(){Jb.session=null,Jb.checked=!0,Jb.started=!1,Jb.surveys=[],i6()}async function $b(){try{await K3()}finally{Qb()}}var e8=z3({history:i3(`/app/`),routes:[{path:`/login`,name:`login`,component:()=>Q(()=>import(`./LoginView-B4EE9Qc2.js`),__vite__mapDeps([0,1,2,3,4,5,6])),meta:{public:!0}},{path:`/invitation`,name:`invitation`,component:()=>Q(()=>import(`./InvitationView-t-1iVrA8.js`),__vite__mapDeps([7,1,2,3,4,5,6])),meta:{public:!0}},{path:`/`,component:()=>Q(()=>import(`./ShellLayout-B97Ufgxh.js`),__vite__mapDeps([8,3,4,9,10])),children:[{path:``,name:`overview`,component:()=>Q(()=>import(`./OverviewView-DZcsA9Oz.js`),__vite__mapDeps([11,1,2,3,4,12,13,14,15,9,16,17,18,19,20,6,21,22,23,24,25,26,27,28]))},{path:`topics`,name:`topics`,component:()=>Q(()=>import(`./TopicsView-CXFCbaQj.js`),__vite__mapDeps([29,1,2,3,4,12,13,14,16,17,18,19,9,20,6,21,22,23,30,15,25,27,26,31,32,24,33]))},{path:`topics/:id`,name:`topic`,component:()=>Q(()=>import(`./TopicView-BrVH4zjg.js`),__vite__mapDeps([34,1,2,3,4,18,19,12,13,22,9,23,16,17,20,6,21,14,30,15,25,27,26,31,32,35]))},{path:`responses`,name:`responses`,component:()=>Q(()=>import(`./ResponsesView-DHHfN7YM.js`),__vite__mapDeps([36,1,2,3,4,12,13,32,15,37,9,38,39,16,17,18,19,20,6,21,22,23,27,24,40]))},{path:`surveys`,name:`surveys`,component:()=>Q(()=>import(`./SurveysView-BTuaWD4Y.js`),__vite__mapDeps([41,1,2,3,4,12,13,42,43,15,32,6]))},{path:`surveys/:id`,name:`survey`,component:()=>Q(()=>import(`./SurveyView-2TmRDtlw.js`),__vite__mapDeps([44,1,2,3,4,12,13,42,43,32,6,15]))},{path:`cases`,name:`cases`,component:()=>Q(()=>import(`./CasesView-C2-ehN2a.js`),__vite__mapDeps([45,1,2,3,4,12,13,22,9,23,46,32,15,39,47,6,27,24,48,49]))},{path:`cases/:id`,name:`case`,component:()=>Q(()=>import(`./CaseView-f85lygJv.js`),__vite__mapDeps([50,1,2,3,4,12,13,25,15,37,9,38,46,32,47,6,27,24,48,39,51]))},{path:`actions`,name:`actions`,component:()=>Q(()=>import(`./ActionsView-KQZFB3-R.js`),__vite__mapDeps([52,1,2,3,4,18,19,12,13,53,27,6,32,24,9,54]))},{path:`actions/:id`,name:`action`,component:()=>Q(()=>import(`./ActionView-CVJGK6gs.js`),__vite__mapDeps([55,1,2,3,4,18,19,17,9,20,12,13,32,14,15,53,27,6,56]))},{path:`accounts`,name:`accounts`,component:()=>Q(()=>import(`./AccountsView-D17E8RFo.js`),__vite__mapDeps([57,1,2,3,4,12,13,25,15,32,9,58]))},{path:`accounts/:id`,name:`account`,component:()=>Q(()=>import(`./AccountView-D61Kj5W7.js`),__vite__mapDeps([59,1,2,3,4,46,32,15,12,13,9,14,25,60]))},{path:`loop`,name:`loop`,component:()=>Q(()=>import(`./LoopView-DxoY6nwl.js`),__vite__mapDeps([61,1,2,3,4,12,13,14,15,24,6,9,62]))},{path:`settings`,component:()=>Q(()=>import(`./SettingsLayout-2t1DRjCq.js`),__vite__mapDeps([63,64,9,65])),children:[{path:``,name:`settings`,redirect:{name:`settings-users`}},{path:`users`,name:`settings-users`,component:()=>Q(()=>import(`./UsersView-Cs5wIfnH.js`),__vite__mapDeps([66,1,2,3,4,12,13,32,64,67]))},{path:`api-keys`,name:`settings-api-keys`,component:()=>Q(()=>import(`./ApiKeysView-C-5tgLfm.js`),__vite__mapDeps([68,1,2,3,4,12,13,32,64,67]))},{path:`identity`,name:`settings-identity`,component:()=>Q(()=>import(`./IdentityView-ChoxMARx.js`),__vite__mapDeps([69,1,2,3,4,64,9,70,67]))},{path:`organization`,name:`settings-organization`,component:()=>Q(()=>import(`./OrganizationView-D0FGx0IR.js`),__vite__mapDeps([71,1,2,3,4,12,13,64,9,72,67]))},{path:`teams`,name:`settings-teams`,component:()=>Q(()=>import(`./TeamsView-C-cTZArN.js`),__vite__mapDeps([73,1,2,3,4,12,13,74,75,9,32,76]))},{path:`automation`,name:`settings-automation`,component:()=>Q(()=>import(`./AutomationView-B_Uqa1ry.js`),__vite__mapDeps([77,1,2,3,4,12,13,74,75,78]))},{path:`sla`,name:`settings-sla`,component:()=>Q(()=>import(`./SlaView-CJ9kUtmP.js`),__vite__mapDeps([79,1,2,3,4,12,13,74,75,78]))},{path:`webhooks`,name:`settings-webhooks`,component:()=>Q(()=>import(`./WebhooksView-DHFb62i4.js`),__vite__mapDeps([80,1,2,3,4,12,13,74,75,32]))},{path:`channels`,name:`settings-channels`,component:()=>Q(()=>import(`./ChannelsView-BBg0vX9N.js`),__vite__mapDeps([81,1,2,3,4,12,13,74,75,9,32,82]))},{path:`vocabulary`,name:`settings-vocabulary`,component:()=>Q(()=>import(`./VocabularyView-BNLd1ZMh.js`),__vite__mapDeps([83,1,2,3,4,12,13,74,75]))}]},{path:`:rest(.*)*`,name:`not-found`,component:()=>Q(()=>import(`./NotFoundView-CaJtcvqs.js`),[])}]}]});function t8(e,t){let n={};return e.fullPath!==`/`&&e.name!==`login`&&(n.next=e.fullPath),t&&(n.reason=t),{name:`login`,query:n}}e8.beforeEach(async e=>e.meta.public||await Yb().catch(()=>null)?!0:t8(e)),a2(()=>{let e=e8.currentRoute.value;e.meta.public||(Qb(),e8.replace(t8(e,`ended`)))}),Zc(Yy).use(I2).use(e8).mount(`#app`);export{Fb as $,Kp as $n,qa as $r,B3 as $t,lb as A,rr as Ai,Pg as An,kl as Ar,Sb as At,_6 as B,Dt as Bi,gg as Bn,el as Br,E6 as Bt,w6 as C,Di as Ci,f_ as Cn,hu as Cr,$6 as Ct,j6 as D,ea as Di,S_ as Dn,Il as Dr,cb as Dt,A6 as E,Kr as Ei,qg as En,lu as Er,ab as Et,Tb as F,w as Fi,og as Fn,bl as Fr,Vb as Ft,Kb as G,Lh as Gn,Rc as Gr,Cb as Gt,B6 as H,Gh as Hn,Is as Hr,M6 as Ht,Db as I,T as Ii,lg as In,ll as Ir,Bb as It,R6 as J,Eh as Jn,ec as Jr,r6 as Jt,h6 as K,Fh as Kn,zc as Kr,vb as Kt,bb as L,ot as Li,cg as Ln,cl as Lr,zb as Lt,_b as M,Sn as Mi,Sg as Mn,wl as Mr,Ab as Mt,jb as N,_n as Ni,fg as Nn,Cl as Nr,V6 as Nt,H6 as O,fr as Oi,C_ as On,jl as Or,sb as Ot,N6 as P,kn as Pi,mg as Pn,xl as Pr,kb as Pt,L6 as Q,am as Qn,Dr as Qr,V3 as Qt,g6 as R,vt as Ri,ug as Rn,al as Rr,Rb as Rt,U6 as S,Ei as Si,d_ as Sn,_u as Sr,ob as St,C6 as T,Ci as Ti,Jg as Tn,pu as Tr,eb as Tt,y6 as U,Uh as Un,Xc as Ur,Nb as Ut,O6 as V,St as Vi,Wh as Vn,tl as Vr,x6 as Vt,b6 as W,zh as Wn,Ic as Wr,Eb as Wt,I6 as X,xh as Xn,Ja as Xr,q3 as Xt,s6 as Y,wh as Yn,Kc as Yr,Q as Yt,z6 as Z,cm as Zn,Ka as Zr,G3 as Zt,fb as _,di as _i,t_ as _n,Tu as _r,k6 as _t,$b as a,mo as ai,e2 as an,ef as ar,G6 as at,Ib as b,Qa as bi,zg as bn,bu as br,ib as bt,o6 as c,Gr as ci,Ly as cn,Wd as cr,W6 as ct,p6 as d,sr as di,Zg as dn,Td as dr,mb as dt,R as ei,M2 as en,Up as er,Pb as et,f6 as f,ao as fi,p_ as fn,vd as fr,db as ft,D6 as g,mi as gi,e_ as gn,Fu as gr,Z6 as gt,Hb as h,Un as hi,Yg as hn,Bu as hr,pb as ht,Jb as i,ro as ii,n2 as in,nf as ir,J6 as it,qb as j,ir as ji,Cg as jn,Tl as jr,hb as jt,Mb as k,ur as ki,E_ as kn,Al as kr,Y6 as kt,l6 as l,Eo as li,Xg as ln,Ud as lr,yb as lt,d6 as m,yo as mi,$g as mn,fd as mr,tb as mt,Xb as n,io as ni,o2 as nn,Tp as nr,Ob as nt,c6 as o,L as oi,r2 as on,$d as or,q6 as ot,m6 as p,Pi as pi,Bg as pn,gd as pr,wb as pt,v6 as q,Oh as qn,Fc as qr,gb as qt,Zb as r,ho as ri,$y as rn,Cf as rr,Gb as rt,u6 as s,ti as si,Qy as sn,Qd as sr,K6 as st,Yb as t,lo as ti,L2 as tn,Hp as tr,xb as tt,a6 as u,Uo as ui,Ug as un,Hd as ur,P6 as ut,ub as v,hi as vi,k_ as vn,Cu as vr,nb as vt,S6 as w,xi as wi,x_ as wn,mu as wr,rb as wt,T6 as x,or as xi,Qg as xn,vu as xr,X6 as xt,Ub as y,pi as yi,n_ as yn,xu as yr,Q6 as yt,Wb as z,yt as zi,pg as zn,nl as zr,Lb as zt};