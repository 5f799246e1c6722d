import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchPhotos } from '../../src/corpus/photos.ts';
import type { ArticleRecord, Figure } from '../../src/record.ts';

const record = (file: string, figures: Partial<Figure>[]) => ({ file, figures: figures.map((f) => ({ src: null, caption: '', credit: null, ...f })) }) as unknown as ArticleRecord;

test('a token matches a photo by name, whatever its case and extension', () => {
  const { byArticle } = matchPhotos([record('a.txt', [{ src: 'IMGP0713', caption: 'x' }])], [{ file: 'imgp0713.jpeg' }]);
  assert.deepEqual(byArticle.get('a.txt'), ['imgp0713.jpeg']);
});

test('a photo beside the article wins over one of the same name elsewhere; a name shared by two photos elsewhere matches neither (negative)', () => {
  const photos = [{ file: 'tinh/IMG_1.jpg' }, { file: 'huyen/IMG_1.jpg' }];
  assert.deepEqual(matchPhotos([record('tinh/a.txt', [{ src: 'IMG_1', caption: 'x' }])], photos).byArticle.get('tinh/a.txt'), ['tinh/IMG_1.jpg']);
  assert.deepEqual(matchPhotos([record('a.txt', [{ src: 'IMG_1', caption: 'x' }])], photos).byArticle.get('a.txt'), [null]);
});

test('a front-matter path is taken from the article folder or the articles folder', () => {
  const { byArticle } = matchPhotos([record('tin/a.txt', [{ src: 'anh/hoi-nghi.jpg', caption: 'x' }, { src: 'chung/logo.png', caption: 'y' }])], [{ file: 'tin/anh/hoi-nghi.jpg' }, { file: 'chung/logo.png' }]);
  assert.deepEqual(byArticle.get('tin/a.txt'), ['tin/anh/hoi-nghi.jpg', 'chung/logo.png']);
});

test('photos named after the article fill its captioned figures in order; the others are unused', () => {
  const r = record('bai-viet.txt', [{ caption: 'Một' }, { src: 'DSC_1', caption: 'Hai' }, { caption: 'Ba' }, { caption: '' }]);
  const { byArticle, unused } = matchPhotos([r], [{ file: 'bai-viet-2.jpg' }, { file: 'bai-viet-1.JPG' }, { file: 'DSC_1.png' }, { file: 'bai-viet-3.jpg' }, { file: 'la.jpg' }, { file: 'bai-viet-x.jpg' }]);
  assert.deepEqual(byArticle.get('bai-viet.txt'), ['bai-viet-1.JPG', 'DSC_1.png', 'bai-viet-2.jpg', null]);
  assert.deepEqual(unused, ['bai-viet-3.jpg', 'bai-viet-x.jpg', 'la.jpg']);
});
