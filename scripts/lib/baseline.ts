/**
 * The benchmark's baseline: what a newsroom would build without bantin, on
 * the same generated articles. Plain Eleventy (Markdown + Nunjucks: article
 * pages, a paginated index, tag pages), then the Pagefind CLI on its output.
 * The raw text goes in as Markdown, the first line as the title: no
 * extraction, the work bantin adds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GeneratedArticle } from './generate.ts';

const LAYOUT = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><header><a href="/">Bản tin</a></header><main>{{ content | safe }}</main></body></html>
`;
const POST = `---
layout: base.njk
---
<article><h1>{{ title }}</h1>{{ content | safe }}<p>{% for t in tags %}{% if t != 'posts' %}<a href="/tags/{{ t | slugify }}/">{{ t }}</a> {% endif %}{% endfor %}</p></article>
`;
const INDEX = `---
layout: base.njk
title: Tin mới
pagination:
  data: collections.posts
  size: 20
  reverse: true
permalink: "{% if pagination.pageNumber == 0 %}/{% else %}/page/{{ pagination.pageNumber + 1 }}/{% endif %}"
---
<ul>{% for p in pagination.items %}<li><a href="{{ p.url }}">{{ p.data.title }}</a></li>{% endfor %}</ul>
{% if pagination.href.next %}<a href="{{ pagination.href.next }}">Trang sau</a>{% endif %}
`;
const TAGS = `---
layout: base.njk
pagination:
  data: collections
  size: 1
  alias: tag
  filter: [all, posts]
permalink: "/tags/{{ tag | slugify }}/"
eleventyComputed:
  title: "{{ tag }}"
---
<ul>{% for p in collections[tag] %}<li><a href="{{ p.url }}">{{ p.data.title }}</a></li>{% endfor %}</ul>
`;

const SECTIONS = ['Tin tức', 'An ninh trật tự', 'Xây dựng Đảng', 'Hoạt động'];

/** Writes the baseline project: src/ in, _site/ out. */
export function writeBaselineProject(dir: string, articles: GeneratedArticle[]): void {
  const src = path.join(dir, 'src');
  mkdirSync(path.join(src, '_includes'), { recursive: true });
  mkdirSync(path.join(src, 'posts'), { recursive: true });
  writeFileSync(path.join(src, '_includes', 'base.njk'), LAYOUT);
  writeFileSync(path.join(src, '_includes', 'post.njk'), POST);
  writeFileSync(path.join(src, 'index.njk'), INDEX);
  writeFileSync(path.join(src, 'tags.njk'), TAGS);
  articles.forEach((a, i) => {
    const lines = a.text.split('\n').filter((l) => l.trim());
    const front = { title: lines[0]!, tags: ['posts', SECTIONS[i % SECTIONS.length]!], layout: 'post.njk' };
    writeFileSync(path.join(src, 'posts', a.file.replace(/\.txt$/, '.md')), `---\n${JSON.stringify(front)}\n---\n${lines.slice(1).join('\n\n')}\n`);
  });
}
