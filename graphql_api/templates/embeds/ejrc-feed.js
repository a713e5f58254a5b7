// <ejrc-feed kind="{% for embed in embeds %}{{ embed.name }}{% if not forloop.last %}|{% endif %}{% endfor %}" locale="en|ja" limit="5"> for any web page.
// Dependency-free; it reads the helpdesk's GraphQL API and inherits the host page's fonts.
(() => {
  "use strict";
  const DOCUMENTS = {{ documents|safe }};
  // Each embed's heading and empty-list text by language, then by kind, from the catalogues.
  const EMBED_TEXT = {{ texts|safe }};
  const MAX_ITEMS = {{ max_items }};
  const script = document.currentScript;
  const DEFAULT_API = new URL("{{ api_path }}", script ? script.src : window.location.href).href;
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  const TEXT = {
    en: {
      loading: "Loading…",
      offline: "The EU-Japan Regional & Cluster Cooperation Helpdesk cannot be reached right now. Please try again later.",
      daysLeft: (n) => (n === 0 ? "Closes today" : `${n} day${n === 1 ? "" : "s"} left`),
      cancelled: "Cancelled",
      deadline: "Deadline",
      europe: "Europe",
      japan: "Japan",
      since: (year) => `Since ${year}`,
      // As the visitor site writes dates (cms/formats): 19 November 2026, 9:00 CET.
      day: (year, month, date) => `${date} ${MONTHS[month - 1]} ${year}`,
      at: (day, time) => `${day}, ${time}`,
    },
    ja: {
      loading: "読み込み中…",
      offline: "日EU地域・クラスター協力ヘルプデスクの情報を現在読み込めません。しばらくしてから再度お試しください。",
      daysLeft: (n) => (n === 0 ? "本日締切" : `締切まであと${n}日`),
      cancelled: "中止",
      deadline: "締切",
      europe: "欧州",
      japan: "日本",
      since: (year) => `${year}年から`,
      day: (year, month, date, weekday) => `${year}年${month}月${date}日（${"日月火水木金土"[weekday]}）`,
      at: (day, time) => `${day}${time}`,
    },
  };
  const STYLE = `
    :host { display: block; font: inherit; color: inherit; }
    h2 { font-size: 1.15em; margin: 0 0 .5em; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: .75em; }
    li { border: 1px solid currentColor; border-color: color-mix(in srgb, currentColor 25%, transparent); border-radius: .4em; padding: .6em .8em; }
    a { color: inherit; font-weight: 600; }
    .meta { display: block; font-size: .9em; opacity: .85; }
    img { max-height: 3em; width: auto; display: block; margin-bottom: .3em; }
    [role="alert"] { border-left: 4px solid #c75b00; padding: .5em .8em; }
  `;

  // A stylesheet built from script, not a <style> element: a partner page's style-src governs
  // <style> but not constructed sheets, so its policy needs no 'unsafe-inline' for the embed.
  const SHEET = "adoptedStyleSheets" in Document.prototype ? new CSSStyleSheet() : null;
  if (SHEET) SHEET.replaceSync(STYLE);

  function element(tag, attributes = {}, text = "") {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text) node.textContent = text;
    return node;
  }

  function day(dateTime, text) {
    // The date in that zone: dateTime carries the zone's offset.
    const [year, month, date] = dateTime.slice(0, 10).split("-").map(Number);
    return text.day(year, month, date, new Date(Date.UTC(year, month - 1, date)).getUTCDay());
  }

  // As the visitor site (pages/timezones.py): the reader's zone first, Japan time in Japanese;
  // its date, and the other side's date only when it is another day there.
  function when(list, locale, text) {
    const zones = locale === "ja" ? [...list].reverse() : list;
    const lead = zones[0].dateTime.slice(0, 10);
    return zones
      .map((t, index) => {
        const time = `${t.clock} ${t.abbreviation}`;
        const sameDay = index > 0 && t.dateTime.slice(0, 10) === lead;
        return sameDay ? time : text.at(day(t.dateTime, text), time);
      })
      .join(" / ");
  }

  // The line under an item's title, by kind: (item, locale, text) => string.
  const DESCRIBE = {};
{% for embed in embeds %}{% include embed.describe_template %}{% endfor %}

  class EjrcFeed extends HTMLElement {
    static get observedAttributes() {
      return ["kind", "locale", "limit", "api"];
    }

    constructor() {
      super();
      this.scheduled = false;
      this.shown = "";
    }

    connectedCallback() {
      this.schedule();
    }

    attributeChangedCallback(_name, before, after) {
      if (before !== after) this.schedule();
    }

    // The parser and page scripts set the attributes one by one around connecting the element
    // (on upgrade: one callback per attribute, then connectedCallback). A microtask later they
    // are all there: one request for them, none while disconnected, and none again until the
    // settings really change.
    schedule() {
      if (this.scheduled) return;
      this.scheduled = true;
      queueMicrotask(() => {
        this.scheduled = false;
        if (!this.isConnected) return;
        const settings = this.settings();
        const key = JSON.stringify(settings);
        if (key === this.shown) return;
        this.shown = key;
        this.load(settings);
      });
    }

    settings() {
      const kind = DOCUMENTS[this.getAttribute("kind")] ? this.getAttribute("kind") : "news";
      const locale = (this.getAttribute("locale") || "en").toLowerCase() === "ja" ? "ja" : "en";
      const asked = Number.parseInt(this.getAttribute("limit") || "5", 10);
      const limit = Number.isFinite(asked) ? Math.min(Math.max(asked, 1), MAX_ITEMS) : 5;
      return { kind, locale, limit, api: this.getAttribute("api") || DEFAULT_API };
    }

    root() {
      if (this.shadowRoot) return this.shadowRoot;
      const root = this.attachShadow({ mode: "open" });
      if (SHEET) root.adoptedStyleSheets = [SHEET];
      return root;
    }

    // A later load replaces the section, so an earlier answer arriving late fills a detached one.
    async load({ kind, locale, limit, api }) {
      const text = TEXT[locale];
      const texts = EMBED_TEXT[locale][kind];
      const section = element("section", { lang: locale, "aria-busy": "true" });
      section.append(element("h2", {}, texts.heading), element("p", {}, text.loading));
      // Browsers without constructed stylesheets get a <style>, which a strict host policy refuses.
      this.root().replaceChildren(...(SHEET ? [] : [element("style", {}, STYLE)]), section);
      const url = new URL(api);
      url.searchParams.set("query", DOCUMENTS[kind]);
      url.searchParams.set("variables", JSON.stringify({ locale: locale.toUpperCase(), limit }));
      let items;
      try {
        const response = await fetch(url, { headers: { Accept: "application/json" } });
        const body = await response.json();
        if (!response.ok || body.errors) throw new Error(`${response.status}`);
        items = body.data.items.items;
      } catch {
        section.lastChild.replaceWith(element("p", { role: "alert" }, text.offline));
        section.setAttribute("aria-busy", "false");
        return;
      }
      const list = element("ul");
      for (const item of items) {
        const entry = element("li");
        if (item.logo) entry.append(element("img", { src: item.logo.url, alt: item.logo.alt }));
        entry.append(element("a", { href: item.fullUrl }, item.title));
        entry.append(element("span", { class: "meta" }, DESCRIBE[kind](item, locale, text)));
        list.append(entry);
      }
      section.lastChild.replaceWith(items.length ? list : element("p", {}, texts.empty));
      section.setAttribute("aria-busy", "false");
    }
  }

  if (!customElements.get("ejrc-feed")) customElements.define("ejrc-feed", EjrcFeed);
})();
